#include "core/data/SqliteStatement.h"

#include <sqlite3.h>

#include "core/data/Database.h"

namespace sd {

SqliteStatement::SqliteStatement(const Database& database, sqlite3* handle, const QString& sql)
    : m_database(database)
    , m_handle(handle)
{
    if (!m_handle) {
        m_error = tr("The database connection is not an SQLite one.");
        return;
    }
    if (sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                             &m_statement, nullptr)
        != SQLITE_OK)
        m_error = failureText();
}

SqliteStatement::SqliteStatement(const Database& database, const QString& sql)
    : SqliteStatement(database, database.sqliteHandle(), sql)
{
}

QString SqliteStatement::failureText() const
{
    const QString& problem = m_database.noteFailure();
    return problem.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : problem;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Result<qint64> SqliteStatement::insert(const QVariantList& values)
{
    if (!m_statement)
        return fail(m_error);
    int status = bindAll(values, Binding::Borrowed);
    if (status == SQLITE_OK)
        status = sqlite3_step(m_statement);
    const bool done = status == SQLITE_DONE;
    m_error = done ? QString() : failureText();
    // The bound text belongs to VALUES: let go of it before they go.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!done)
        return fail(m_error);
    m_database.noteSuccess();
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

Status SqliteStatement::select(const QVariantList& values)
{
    if (!m_statement)
        return fail(m_error);
    sqlite3_reset(m_statement);
    // The rows are read after VALUES are gone.
    if (bindAll(values, Binding::Copied) != SQLITE_OK) {
        m_error = failureText();
        return fail(m_error);
    }
    m_error.clear();
    return {};
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        m_error = failureText();
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    default:
        return QString(static_cast<const QChar*>(sqlite3_column_text16(m_statement, column)),
                       sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
    }
}

bool SqliteStatement::failedOn(SqlDialect::Constraint constraint, const QString& table,
                               const QStringList& columns) const
{
    return m_database.dialect().broke(constraint, QString(), m_error, table, columns);
}

int SqliteStatement::bindAll(const QVariantList& values, Binding binding)
{
    Q_ASSERT(values.size() == sqlite3_bind_parameter_count(m_statement));
    int status = SQLITE_OK;
    for (int i = 0; i < values.size() && status == SQLITE_OK; ++i)
        status = bind(i + 1, values.at(i), binding);
    return status;
}

int SqliteStatement::bind(int position, const QVariant& value, Binding binding)
{
    const sqlite3_destructor_type lifetime = binding == Binding::Borrowed ? SQLITE_STATIC : SQLITE_TRANSIENT;
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(m_statement, position);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, position, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray& bytes = *static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob64(m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()), lifetime);
    }
    case QMetaType::QString: {
        const QString& text = *static_cast<const QString*>(value.constData());
        // utf16() of a null string is "", never a null pointer (which SQLite would store as NULL).
        return sqlite3_bind_text64(m_statement, position, reinterpret_cast<const char*>(text.utf16()),
                                   sqlite3_uint64(text.size() * sizeof(char16_t)), lifetime, SQLITE_UTF16);
    }
    default:
        return sqlite3_bind_text16(m_statement, position, value.toString().utf16(), -1, SQLITE_TRANSIENT);
    }
}

} // namespace sd
