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
    : m_database(database)
{
    m_sql = withNamedPlaceholders(sql, m_placeholders);
    prepare();
}

void SqlStatement::prepare()
{
    m_query = QSqlQuery(m_database.connection());
    m_connectionNumber = m_database.connectionNumber();
    m_query.setForwardOnly(m_database.dialect().streamsRows());
    m_prepared = m_query.prepare(m_sql);
    if (!m_prepared)
        noteFailure();
}

void SqlStatement::noteFailure()
{
    m_fileProblem = m_database.noteFailure();
}

Status SqlStatement::exec(const QVariantList& values)
{
    if (Status ready = m_database.prepareToRun(); !ready) {
        m_fileProblem = ready.error();
        return ready;
    }
    if (m_connectionNumber != m_database.connectionNumber())
        prepare();
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
    if (!m_query.exec()) {
        noteFailure();
        return fail(errorText());
    }
    m_database.noteSuccess();
    return {};
}

QString SqlStatement::errorText() const
{
    if (!m_fileProblem.isEmpty())
        return m_fileProblem;
    const QSqlError error = m_query.lastError();
    // The driver's text is the useful part; Qt appends "Unable to fetch row" and the like.
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool SqlStatement::failedOn(SqlDialect::Constraint constraint, const QString& table, const QStringList& columns) const
{
    const QSqlError error = m_query.lastError();
    return m_database.dialect().broke(constraint, error.nativeErrorCode(), error.databaseText(), table, columns);
}

} // namespace sd

namespace sd {

QString placeholderList(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

Status runStatement(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (query.exec(sql)) {
        database.noteSuccess();
        return {};
    }
    const QString& problem = database.noteFailure();
    if (!problem.isEmpty())
        return fail(problem);
    const QSqlError error = query.lastError();
    return fail(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Result<qint64> insertRow(const Database& database, const QString& sql, const QVariantList& values)
{
    const QString returningId = database.dialect().returningId();
    SqlStatement statement(database, sql + returningId);
    if (Status ran = statement.exec(values); !ran)
        return fail(ran.error());
    if (returningId.isEmpty())
        return statement.lastInsertId();
    if (!statement.next())
        return fail(statement.errorText());
    return statement.value(0).toLongLong();
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
