#pragma once

#include <memory>

#include <QCoreApplication>
#include <QVariantList>

#include "core/Result.h"

namespace sd {

class Database;
class SqlStatement;

// The update of a record that several desks edit, in one form for every such table: it counts the
// record's version up, and changes nothing unless the record is still at the version its editor
// read. Two desks saving one record: the first save stands, the second is refused with both
// version numbers, never saved over the first.
class VersionedUpdate
{
    Q_DECLARE_TR_FUNCTIONS(VersionedUpdate)

public:
    // Sets ASSIGNMENTS ("name = ?, notes = ?") of one row of TABLE, found by its column KEY (names
    // written in the code).
    VersionedUpdate(const Database& database, QString table, const QString& assignments,
                    QString key = QStringLiteral("id"));
    ~VersionedUpdate();
    Q_DISABLE_COPY_MOVE(VersionedUpdate)

    // VALUES are bound to the assignments; the row is the one whose key is ID, read at VERSION. GONE says that the
    // record no longer exists. A failed statement gives its error (see statement() for which).
    Status exec(QVariantList values, qint64 id, qint64 version, const QString& gone);
    const SqlStatement& statement() const { return *m_statement; }

    // The assignment with which every update of such a record counts its version up.
    static QString versionCountedUp();

private:
    QString whyUnchanged(qint64 id, qint64 version, const QString& gone) const;

    const Database& m_database;
    const QString m_table;
    const QString m_key;
    std::unique_ptr<SqlStatement> m_statement;
};

} // namespace sd
