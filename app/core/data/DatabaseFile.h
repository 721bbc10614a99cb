// What a file is, decided by reading it only, before anything is written to it: a Seminar Desk
// database, a blank file that may become one, or anything else, which is refused and left byte for
// byte as it was.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/Result.h"

namespace sd {

class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    enum class Kind {
        Missing, // nothing there yet
        Blank, // zero bytes, or an SQLite file with no tables at all: a new database may be made in it
        SeminarDesk, // our application id and our tables
    };

    // Fails, with a message naming the file, for anything else: not a file, not SQLite, another
    // program's database, a database of a newer Seminar Desk, a damaged or unreadable file.
    static Result<DatabaseFile> inspect(const QString& path);
    // The refusal of a database (named SHOWN) of data version VERSION, newer than this program's; said
    // alike of a file and of a database on a server.
    static QString newerVersion(const QString& shown, int version);

    Kind kind() const { return m_kind; }
    // A Seminar Desk database's data version (0 for the others, whatever their user_version says).
    int version() const { return m_version; }
    // No byte written yet: the text encoding and the page size are still ours to choose.
    bool isEmpty() const { return m_empty; }

private:
    DatabaseFile(Kind kind, int version, bool empty);

    Kind m_kind;
    int m_version;
    bool m_empty;
};

} // namespace sd
