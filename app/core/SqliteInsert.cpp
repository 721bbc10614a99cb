#include "SqliteInsert.h"

#include <sqlite3.h>

namespace sd {

SqliteInsert::SqliteInsert(sqlite3* handle, const QString& sql)
    : m_handle(handle)
{
    if (!m_handle) {
        m_error = tr("The database connection is not an SQLite one.");
        return;
    }
    if (sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)), SQLITE_PREPARE_PERSISTENT,
                             &m_statement, nullptr)
        != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

Result<qint64> SqliteInsert::exec(const QVariantList& values)
{
    if (!m_statement)
        return fail(m_error);
    Q_ASSERT(values.size() == sqlite3_bind_parameter_count(m_statement));
    int status = SQLITE_OK;
    for (int i = 0; i < values.size() && status == SQLITE_OK; ++i)
        status = bind(i + 1, values.at(i));
    if (status == SQLITE_OK)
        status = sqlite3_step(m_statement);
    const bool done = status == SQLITE_DONE;
    m_error = done ? QString() : QString::fromUtf8(sqlite3_errmsg(m_handle));
    // The bound text belongs to VALUES: let go of it before they go.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!done)
        return fail(m_error);
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

int SqliteInsert::bind(int position, const QVariant& value)
{
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
        return sqlite3_bind_blob64(m_statement, position, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const QString& text = *static_cast<const QString*>(value.constData());
        // utf16() of a null string is "", never a null pointer (which SQLite would store as NULL).
        return sqlite3_bind_text64(m_statement, position, reinterpret_cast<const char*>(text.utf16()),
                                   sqlite3_uint64(text.size() * sizeof(char16_t)), SQLITE_STATIC, SQLITE_UTF16);
    }
    default:
        return sqlite3_bind_text16(m_statement, position, value.toString().utf16(), -1, SQLITE_TRANSIENT);
    }
}

} // namespace sd
