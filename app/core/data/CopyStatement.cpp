#include "core/data/CopyStatement.h"

#include <QRegularExpression>
#include <QStringEncoder>

#include <libpq-fe.h>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"

namespace sd {

namespace {

constexpr int maxIdBlock = 8192;

// COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
bool needsEscape(QStringView text)
{
    for (QChar character : text) {
        const char16_t unit = character.unicode();
        if (unit == u'\\' || unit == u'\t' || unit == u'\n' || unit == u'\r')
            return true;
    }
    return false;
}

QString escaped(QStringView text)
{
    // The backslash first: the escapes below bring their own.
    return text.toString()
        .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\t'), QLatin1String("\\t"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
}

void appendUtf8(QByteArray& rows, QStringView text)
{
    static thread_local QStringEncoder encoder(QStringEncoder::Utf8);
    const qsizetype start = rows.size();
    rows.resize(start + encoder.requiredSpace(text.size()));
    char* end = encoder.appendToBuffer(rows.data() + start, text);
    rows.truncate(end - rows.constData());
}

} // namespace

CopyStatement::CopyStatement(const Database& database, const QString& sql)
    : m_database(database)
{
    static const QRegularExpression insert(QStringLiteral("^INSERT INTO (\\w+) \\(([^)]*)\\) VALUES"));
    const QRegularExpressionMatch match = insert.match(sql);
    Q_ASSERT(match.hasMatch());
    m_table = match.captured(1);
    const QStringList columns = match.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_columns = int(columns.size());
    m_copySql = QStringLiteral("COPY %1 (id, %2) FROM STDIN").arg(m_table, match.captured(2)).toUtf8();
    auto referenced
        = selectRows<QString>(database,
                              QStringLiteral("SELECT DISTINCT confrelid::regclass::text FROM pg_catalog.pg_constraint "
                                             "WHERE contype = 'f' AND conrelid = CAST(? AS regclass)"),
                              {m_table}, [](const SqlStatement& row) { return row.value(0).toString(); });
    if (referenced)
        m_referencedTables = *referenced;
    else
        m_unusable = referenced.error();
    m_rows.reserve(fullBytes + (64 << 10));
}

Result<qint64> CopyStatement::insert(const QVariantList& values)
{
    Q_ASSERT(values.size() == m_columns);
    if (!m_unusable.isEmpty())
        return fail(m_error = m_unusable);
    Result<qint64> id = nextId();
    if (!id)
        return id;
    if (Status appended = appendRow(*id, values); !appended)
        return fail(appended.error());
    m_error.clear();
    if (isFull()) {
        if (Status written = m_database.writeQueuedRows(); !written)
            return fail(written.error());
    }
    return id;
}

Status CopyStatement::select(const QVariantList&)
{
    Q_ASSERT_X(false, "CopyStatement::select", "a COPY statement only inserts");
    return fail(QString());
}

Result<qint64> CopyStatement::nextId()
{
    if (m_nextFreeId <= m_lastFreeId)
        return m_nextFreeId++;
    // The ids of an identity column come from its sequence, as its default would take them: a block
    // is taken by moving the sequence past it in one step (a nextval for each id cost 4 µs, a
    // fifth of an import). The step holds the database's write lock, which every write of every
    // desk holds (see SqlDialect::beginWrite()), so that no desk takes an id between its two calls.
    auto last = selectOneRow<qint64>(
        m_database,
        QStringLiteral("SELECT setval(sequence, nextval(sequence) + ? - 1) FROM (SELECT pg_get_serial_sequence(?, "
                       "'id') AS sequence FROM (%1) AS locked) AS taken")
            .arg(m_database.dialect().migrationLock()),
        {m_idBlock, m_table}, [](const SqlStatement& row) { return row.value(0).toLongLong(); }, QString());
    if (!last) {
        m_error = last.error();
        return fail(m_error);
    }
    m_nextFreeId = *last - m_idBlock + 1;
    m_lastFreeId = *last;
    m_idBlock = qMin(2 * m_idBlock, maxIdBlock);
    return m_nextFreeId++;
}

Status CopyStatement::appendRow(qint64 id, const QVariantList& values)
{
    const qsizetype rowStart = m_rows.size();
    m_rows.append(QByteArray::number(id));
    for (const QVariant& value : values) {
        m_rows.append('\t');
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            m_rows.append("\\N");
            break;
        case QMetaType::Bool:
            m_rows.append(value.toBool() ? 't' : 'f');
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            m_rows.append(QByteArray::number(value.toLongLong()));
            break;
        case QMetaType::Double:
            m_rows.append(QByteArray::number(value.toDouble(), 'g', 17));
            break;
        case QMetaType::QByteArray:
            // bytea's text form \x followed by hex digits, its backslash escaped.
            m_rows.append("\\\\x");
            m_rows.append(static_cast<const QByteArray*>(value.constData())->toHex());
            break;
        default: {
            const QString text = value.typeId() == QMetaType::QString ? *static_cast<const QString*>(value.constData())
                                                                      : value.toString();
            if (text.contains(QChar(0))) {
                m_rows.truncate(rowStart);
                m_error = tr("The text “%1” holds a NUL character (U+0000), which the database server cannot store.")
                              .arg(QString(text).replace(QChar(0), QChar(0xfffd)));
                return fail(m_error);
            }
            if (needsEscape(text))
                appendUtf8(m_rows, escaped(text));
            else
                appendUtf8(m_rows, text);
        }
        }
    }
    m_rows.append('\n');
    return {};
}

Status CopyStatement::writeQueuedRows()
{
    if (m_rows.isEmpty())
        return {};
    PGconn* server = m_database.serverHandle();
    QString failure;
    if (!server) {
        failure = tr("The database connection is not a PostgreSQL one.");
    } else {
        PGresult* started = PQexec(server, m_copySql.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        if (!copying)
            failure = m_database.serverMessage(started);
        PQclear(started);
        if (copying) {
            if (PQputCopyData(server, m_rows.constData(), int(m_rows.size())) != 1
                || PQputCopyEnd(server, nullptr) != 1)
                failure = m_database.serverMessage(nullptr);
            // The result of the COPY, then the end of results; read whatever happened above.
            while (PGresult* result = PQgetResult(server)) {
                if (failure.isEmpty() && PQresultStatus(result) != PGRES_COMMAND_OK)
                    failure = m_database.serverMessage(result);
                PQclear(result);
            }
        }
    }
    m_rows.truncate(0); // keeps its room for the next rows
    if (failure.isEmpty()) {
        m_database.noteSuccess();
        return {};
    }
    const QString& problem = m_database.noteFailure();
    m_error = problem.isEmpty() ? tr("Could not write the rows of “%1”: %2").arg(m_table, failure) : problem;
    return fail(m_error);
}

void CopyStatement::forget()
{
    m_rows.truncate(0);
    m_nextFreeId = 1;
    m_lastFreeId = 0;
}

} // namespace sd
