#include "core/data/DriverStatement.h"

#include <QSqlError>

namespace sd {

DriverStatement::DriverStatement(const Database& database, const QString& sql)
    : m_statement(database, sql)
{
}

Result<qint64> DriverStatement::insert(const QVariantList& values)
{
    // The SQL ends with the dialect's RETURNING id (see BulkStatement::forInsert).
    if (Status ran = m_statement.exec(values); !ran) {
        m_error = ran.error();
        return fail(m_error);
    }
    if (!m_statement.next()) {
        m_error = m_statement.errorText();
        return fail(m_error);
    }
    m_error.clear();
    return m_statement.value(0).toLongLong();
}

Status DriverStatement::select(const QVariantList& values)
{
    if (Status ran = m_statement.exec(values); !ran) {
        m_error = ran.error();
        return ran;
    }
    m_error.clear();
    return {};
}

bool DriverStatement::next()
{
    if (m_statement.next())
        return true;
    if (m_statement.query().lastError().isValid())
        m_error = m_statement.errorText();
    return false;
}

QVariant DriverStatement::value(int column) const
{
    return m_statement.value(column);
}

bool DriverStatement::failedOn(SqlDialect::Constraint constraint, const QString& table,
                               const QStringList& columns) const
{
    return m_statement.failedOn(constraint, table, columns);
}

} // namespace sd
