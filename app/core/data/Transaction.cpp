#include "core/data/Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/data/Database.h"

namespace sd {

Transaction::Transaction(const Database& database, Intent intent)
    : m_database(database)
    , m_intent(intent)
    , m_depth(database.m_transactionDepth + 1)
{
    if (m_depth == 1) {
        const QStringList begin
            = intent == Intent::Write ? database.dialect().beginWrite() : QStringList {QStringLiteral("BEGIN")};
        m_begun = run(begin.constFirst());
        // A lock not taken after BEGIN ends the transaction begun without it.
        for (qsizetype i = 1; m_begun && i < begin.size(); ++i) {
            if (!run(begin.at(i))) {
                database.connection().rollback();
                m_begun = false;
            }
        }
    } else {
        m_begun = run(QStringLiteral("SAVEPOINT %1").arg(savepointName()));
    }
    if (m_begun)
        m_database.m_transactionDepth = m_depth;
}

Transaction::~Transaction()
{
    if (!m_begun || m_finished)
        return;
    if (m_depth == 1) {
        m_database.connection().rollback();
    } else {
        run(QStringLiteral("ROLLBACK TO %1").arg(savepointName()));
        run(QStringLiteral("RELEASE %1").arg(savepointName()));
    }
    m_database.m_transactionDepth = m_depth - 1;
}

QString Transaction::savepointName() const
{
    return QStringLiteral("seminar_desk_%1").arg(m_depth);
}

bool Transaction::run(const QString& sql)
{
    QSqlQuery query(m_database.connection());
    if (query.exec(sql)) {
        m_database.noteSuccess();
        return true;
    }
    const QString& problem = m_database.noteFailure();
    m_errorText = problem.isEmpty() ? query.lastError().text() : problem;
    return false;
}

Status Transaction::commit()
{
    Q_ASSERT(m_begun && !m_finished);
    m_finished = true;
    m_database.m_transactionDepth = m_depth - 1;
    // The transaction went with a lost server connection: a COMMIT on the next one would find
    // nothing to commit, and report success.
    if (m_database.m_connectionLost)
        return fail(m_database.noteFailure());
    if (m_depth > 1) {
        if (run(QStringLiteral("RELEASE %1").arg(savepointName())))
            return {};
        return fail(QCoreApplication::translate("sd::Transaction", "Could not save the changes: %1").arg(m_errorText));
    }
    QSqlDatabase db = m_database.connection();
    const QString announce = m_database.dialect().announceChange();
    const bool announced = m_intent == Intent::Read || announce.isEmpty() || run(announce);
    if (!announced || !db.commit()) {
        const QString problem = m_database.noteFailure();
        if (announced)
            m_errorText = db.lastError().text();
        db.rollback();
        if (!problem.isEmpty())
            return fail(problem);
        return fail(QCoreApplication::translate("sd::Transaction", "Could not save the changes: %1").arg(m_errorText));
    }
    if (m_database.m_clearJournalAfterCommit) {
        // Asked for by a change made inside (an erasure). What cannot be done now is tried again
        // after the next commit, and SQLite does it when the database closes.
        const Status cleared = m_database.clearJournal();
        Q_UNUSED(cleared);
    }
    return {};
}

} // namespace sd
