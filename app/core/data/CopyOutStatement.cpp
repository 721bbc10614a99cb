#include "core/data/CopyOutStatement.h"

#include <cstring>

#include <libpq-fe.h>

#include "core/data/Database.h"

namespace sd {

namespace {

bool isInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

char escapedCharacter(char letter)
{
    switch (letter) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return letter; // a backslash, or a character that needed none
    }
}

} // namespace

CopyOutStatement::CopyOutStatement(const Database& database, const QString& sql, ReadPlan plan)
    : m_database(database)
    , m_sql(sql)
    , m_plan(plan)
{
}

CopyOutStatement::~CopyOutStatement()
{
    readRest();
}

Result<qint64> CopyOutStatement::insert(const QVariantList&)
{
    m_error = tr("A statement that reads rows cannot insert one.");
    return fail(m_error);
}

Status CopyOutStatement::select(const QVariantList& values)
{
    readRest();
    m_rows.clear();
    m_nextRow = 0;
    m_columns = 0;
    m_error.clear();
    Result<QByteArray> sql = copySql(values);
    if (!sql) {
        m_error = sql.error();
        return fail(m_error);
    }
    if (Status ready = m_database.prepareToRun(); !ready) {
        m_error = ready.error();
        return ready;
    }
    return startCopy(*sql);
}

Result<QByteArray> CopyOutStatement::copySql(const QVariantList& values) const
{
    QString sql = QStringLiteral("COPY (");
    qsizetype used = 0;
    bool quoted = false;
    for (QChar character : m_sql) {
        if (character == QLatin1Char('\''))
            quoted = !quoted;
        if (character != QLatin1Char('?') || quoted) {
            sql.append(character);
            continue;
        }
        if (used == values.size() || !isInteger(values.at(used)))
            return fail(tr("A large read takes whole numbers for its values only (value %1).").arg(used + 1));
        sql.append(QString::number(values.at(used++).toLongLong()));
    }
    Q_ASSERT(used == values.size());
    sql.append(QStringLiteral(") TO STDOUT"));
    return sql.toUtf8();
}

Status CopyOutStatement::startCopy(const QByteArray& copySql)
{
    PGconn* server = m_database.serverHandle();
    if (!server) {
        failWith(tr("The database connection is not a PostgreSQL one."));
        return fail(m_error);
    }
    // Sorts are what hold the first row back; PostgreSQL has no hint for one statement, so they are
    // turned off for this read, and so are parallel workers, which could only send the rows faster
    // than the one reader takes them, on cores the reader needs. Reset when the copy ends.
    if (m_plan == ReadPlan::InIndexOrder) {
        if (Status set = setPlanner("SET enable_sort = off; SET max_parallel_workers_per_gather = 0"); !set)
            return set;
    }
    PGresult* started = PQexec(server, copySql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
    const QString failure = copying ? QString() : m_database.serverMessage(started);
    PQclear(started);
    if (!copying) {
        static_cast<void>(resetPlanner()); // the failure to tell is the copy's
        failWith(failure);
        return fail(m_error);
    }
    m_receiving = true;
    m_database.m_copyOut = this;
    return {};
}

bool CopyOutStatement::next()
{
    m_columns = 0;
    if (m_receiving)
        return receiveRow();
    if (m_nextRow >= m_rows.size())
        return false;
    const char* start = m_rows.constData() + m_nextRow;
    const char* end = static_cast<const char*>(std::memchr(start, '\n', size_t(m_rows.size() - m_nextRow)));
    m_nextRow = end - m_rows.constData() + 1;
    readRow(start, end);
    return true;
}

bool CopyOutStatement::receiveRow()
{
    char* row = nullptr;
    const int length = PQgetCopyData(m_database.serverHandle(), &row, 0);
    if (length <= 0) {
        finishCopy(length == -2);
        return false;
    }
    readRow(row, row + length - 1); // without its newline
    PQfreemem(row);
    return true;
}

void CopyOutStatement::readRest()
{
    char* row = nullptr;
    int length = 0;
    while (m_receiving && (length = PQgetCopyData(m_database.serverHandle(), &row, 0)) > 0) {
        m_rows.append(row, length);
        PQfreemem(row);
    }
    if (m_receiving)
        finishCopy(length == -2);
}

Status CopyOutStatement::setPlanner(const char* sql)
{
    PGresult* result = PQexec(m_database.serverHandle(), sql);
    const bool set = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QString failure = set ? QString() : m_database.serverMessage(result);
    PQclear(result);
    if (set)
        return {};
    failWith(failure);
    return fail(m_error);
}

Status CopyOutStatement::resetPlanner()
{
    if (m_plan != ReadPlan::InIndexOrder)
        return {};
    // Refused after a failure inside a transaction, whose rollback then undoes the settings.
    return setPlanner("RESET enable_sort; RESET max_parallel_workers_per_gather");
}

void CopyOutStatement::finishCopy(bool failed)
{
    m_receiving = false;
    m_database.m_copyOut = nullptr;
    PGconn* server = m_database.serverHandle();
    QString failure = failed ? m_database.serverMessage(nullptr) : QString();
    while (PGresult* result = PQgetResult(server)) {
        if (failure.isEmpty() && PQresultStatus(result) != PGRES_COMMAND_OK)
            failure = m_database.serverMessage(result);
        PQclear(result);
    }
    if (Status reset = resetPlanner(); !reset && failure.isEmpty())
        return;
    if (failure.isEmpty())
        m_database.noteSuccess();
    else
        failWith(failure);
}

void CopyOutStatement::failWith(const QString& failure)
{
    const QString& problem = m_database.noteFailure();
    m_error = problem.isEmpty() ? failure : problem;
}

QVariant CopyOutStatement::value(int column) const
{
    if (column < 0 || column >= m_columns || m_nulls.at(column))
        return {};
    return m_fields.at(column);
}

void CopyOutStatement::readRow(const char* start, const char* end)
{
    for (const char* field = start;; ++m_columns) {
        if (m_columns == m_fields.size()) {
            m_fields.append(QString());
            m_nulls.append(false);
        }
        const char* tab = static_cast<const char*>(std::memchr(field, '\t', size_t(end - field)));
        const QByteArrayView text(field, (tab ? tab : end) - field);
        const bool null = text == QByteArrayView("\\N");
        m_nulls[m_columns] = null;
        if (null)
            m_fields[m_columns].clear();
        else if (std::memchr(text.data(), '\\', size_t(text.size())))
            m_fields[m_columns] = QString::fromUtf8(unescaped(text));
        else
            m_fields[m_columns] = QString::fromUtf8(text);
        if (!tab) {
            ++m_columns;
            return;
        }
        field = tab + 1;
    }
}

QByteArray CopyOutStatement::unescaped(QByteArrayView field)
{
    QByteArray text;
    text.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] != '\\' || i + 1 == field.size()) {
            text.append(field[i]);
            continue;
        }
        text.append(escapedCharacter(field[++i]));
    }
    return text;
}

} // namespace sd
