#include "core/data/Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/data/Database.h"

namespace sd {

Transaction::Transaction(const Database& database, Lock lock)
    : m_database(database)
    , m_depth(database.m_transactionDepth + 1)
{
    if (m_depth == 1 && lock == Lock::Immediate) {
        // Qt's driver knows only BEGIN; it commits and rolls back whatever began.
        m_begun = run(QStringLiteral("BEGIN IMMEDIATE"));
    } else if (m_depth == 1) {
        QSqlDatabase db = m_database.connection();
        m_begun = db.transaction();
        if (!m_begun)
            m_errorText = db.lastError().text();
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
    if (query.exec(sql))
        return true;
    m_errorText = query.lastError().text();
    return false;
}

Status Transaction::commit()
{
    Q_ASSERT(m_begun && !m_finished);
    m_finished = true;
    m_database.m_transactionDepth = m_depth - 1;
    bool committed = false;
    if (m_depth == 1) {
        QSqlDatabase db = m_database.connection();
        committed = db.commit();
        if (!committed) {
            m_errorText = db.lastError().text();
            db.rollback();
        }
    } else {
        committed = run(QStringLiteral("RELEASE %1").arg(savepointName()));
    }
    if (committed)
        return {};
    return fail(QCoreApplication::translate("sd::Transaction", "Could not save the changes: %1").arg(m_errorText));
}

} // namespace sd
