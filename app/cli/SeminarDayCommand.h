#pragma once

#include <memory>

#include "cli/Command.h"
#include "cli/JsonRecord.h"
#include "core/checkin/Desk.h"
#include "core/print/OutputLanguage.h"

class QCommandLineParser;

namespace sd {

class Database;
struct Seminar;

// What the seminar day's commands (checkin, receivers, reception-list, attendance) share: the
// seminar they work on, the desk they work at, the formats they print.
class SeminarDayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SeminarDayCommand)

protected:
    // --db, --seminar (required) and, when AT_A_DESK, --desk.
    static void addSeminarOptions(QCommandLineParser& parser, bool atADesk);
    static void addFormatOption(QCommandLineParser& parser, const QStringList& formats);
    // The format asked for, or empty after saying on ERR that it is not one of FORMATS.
    static QString readFormat(const QCommandLineParser& parser, const QStringList& formats, QTextStream& err);
    // --seminar ID, read before the database is opened (a mistake there is the command line's).
    bool readSeminarId(const QCommandLineParser& parser, qint64& id, QTextStream& err) const;
    // The seminar ID in DATABASE; false after saying on ERR that it is not there.
    static bool findSeminar(const Database& database, qint64 id, Seminar& seminar, QTextStream& err);
    // The desk named by --desk, or in Settings.
    static Desk desk(const QCommandLineParser& parser);
    // --language ja|en for printed lists and CSV; the program's language by default.
    static void addLanguageOption(QCommandLineParser& parser, const QString& what);
    static bool readLanguage(const QCommandLineParser& parser, OutputLanguage& language, QTextStream& err);
    // RECORDS as a JSON array, one object a line.
    static void printJsonArray(QTextStream& out, const QList<JsonRecord>& records);
};

} // namespace sd
