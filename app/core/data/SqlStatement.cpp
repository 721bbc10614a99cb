#include "core/data/SqlStatement.h"

#include <QSqlError>
#include <QStringList>

#include "core/data/Database.h"

namespace sd {

namespace {

constexpr int cachedNames = 64;

// ":p0", ":p1", ... made once: binding by name costs Qt far less than binding by position,
// which formats a name for the position on every call.
const QString& placeholderName(int index)
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < cachedNames; ++i)
            list.append(QStringLiteral(":p%1").arg(i));
        return list;
    }();
    return names.at(index);
}

// Turns each ? outside quoted text into :p0, :p1, ... in order.
QString withNamedPlaceholders(const QString& sql, int& count)
{
    QString named;
    named.reserve(sql.size() + 16);
    QChar quote;
    count = 0;
    for (QChar character : sql) {
        if (!quote.isNull()) {
            if (character == quote)
                quote = QChar();
        } else if (character == QLatin1Char('\'') || character == QLatin1Char('"')) {
            quote = character;
        } else if (character == QLatin1Char('?') && count < cachedNames) {
            named += placeholderName(count++);
            continue;
        }
        named += character;
    }
    return named;
}

} // namespace

SqlStatement::SqlStatement(const Database& database, const QString& sql)
    : m_query(database.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(withNamedPlaceholders(sql, m_placeholders));
}

Status SqlStatement::exec(const QVariantList& values)
{
    if (!m_prepared)
        return fail(errorText());
    Q_ASSERT(values.size() == m_placeholders);
    for (int i = 0; i < values.size(); ++i) {
        // A QString never filled in is still text the user left empty, not SQL NULL (an invalid
        // QVariant is how the stores say NULL).
        const QVariant& value = values.at(i);
        const bool emptyText = value.typeId() == QMetaType::QString && value.toString().isNull();
        m_query.bindValue(placeholderName(i), emptyText ? QVariant(QString(QLatin1String(""))) : value);
    }
    if (!m_query.exec())
        return fail(errorText());
    return {};
}

QString SqlStatement::errorText() const
{
    const QSqlError error = m_query.lastError();
    // The driver's text is the useful part; Qt appends "Unable to fetch row" and the like.
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool SqlStatement::failedOn(const QString& constraintText) const
{
    return m_query.lastError().databaseText().contains(constraintText);
}

} // namespace sd

namespace sd {

QString placeholderList(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

Result<qint64> insertRow(const Database& database, const QString& sql, const QVariantList& values)
{
    SqlStatement statement(database, sql);
    if (Status ran = statement.exec(values); !ran)
        return fail(ran.error());
    return statement.lastInsertId();
}

Status changeOneRow(const Database& database, const QString& sql, const QVariantList& values, const QString& notFound)
{
    SqlStatement statement(database, sql);
    if (Status ran = statement.exec(values); !ran)
        return ran;
    if (statement.rowsAffected() == 0)
        return fail(notFound);
    return {};
}

} // namespace sd
