// A BulkStatement for the inserts of a bulk write on PostgreSQL (see BulkWrite): each row is queued,
// and the queue goes to the server in one COPY … FROM STDIN through libpq on the connection's own
// handle, before the next statement runs on the connection (Database::writeQueuedRows()), or when it
// has grown large. Its id is known at once: ids are taken from the table's identity sequence a block
// at a time, in one step under the database's write lock. A refusal (a broken constraint) comes when the rows are
// written: it fails the statement that wrote them, or the commit, and the transaction with it.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/data/BulkStatement.h"

namespace sd {

class CopyStatement final : public BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(CopyStatement)

public:
    // SQL is ours: "INSERT INTO table (column, …) VALUES (?, …)", the table with an identity id.
    CopyStatement(const Database& database, const QString& sql);

    // Queues the row of VALUES and gives its id; refuses at once only text that PostgreSQL cannot
    // hold (a NUL character).
    Result<qint64> insert(const QVariantList& values) override;
    // Not for reading: insert() is all it does.
    Status select(const QVariantList& values) override;
    bool next() override { return false; }
    QVariant value(int) const override { return {}; }
    QString errorText() const override { return m_error; }
    // Never at insert(): refusals come when the queued rows are written.
    bool failedOn(SqlDialect::Constraint, const QString&, const QStringList&) const override { return false; }
    bool queuesRows() const override { return true; }

    const QString& table() const { return m_table; }
    // The tables whose rows the table's foreign keys refer to: their queued rows go first.
    const QStringList& referencedTables() const { return m_referencedTables; }
    bool hasQueuedRows() const { return !m_rows.isEmpty(); }
    // Whether the queue is large enough to be sent now.
    bool isFull() const { return m_rows.size() >= fullBytes; }
    // Sends the queued rows in one COPY; the queue is empty afterwards, whether it worked or not.
    Status writeQueuedRows();
    // Forgets the queue and the ids taken: they went with a lost connection.
    void forget();

    static constexpr qsizetype fullBytes = 4 << 20;

private:
    Result<qint64> nextId();
    Status appendRow(qint64 id, const QVariantList& values);

    const Database& m_database;
    QString m_table;
    QByteArray m_copySql;
    QStringList m_referencedTables;
    int m_columns = 0;
    // The ids taken from the sequence and not used yet: m_nextFreeId to m_lastFreeId.
    qint64 m_nextFreeId = 1;
    qint64 m_lastFreeId = 0;
    int m_idBlock = 16; // grows up to maxIdBlock: a small import leaves few ids unused
    QByteArray m_rows;
    QString m_error;
    QString m_unusable; // why the statement could not be made ready ("" : it is)
};

} // namespace sd
