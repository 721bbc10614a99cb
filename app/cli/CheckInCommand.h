#pragma once

#include "cli/SeminarDayCommand.h"
#include "core/Result.h"
#include "core/stores/RegistrationStore.h"

namespace sd {

class CheckInDesk;
struct CheckInAnswer;

// seminar-desk checkin --seminar ID (CODE | --name TEXT) [--undo] [--register] [--desk NAME]
// seminar-desk checkin --seminar ID --walk-in --family F [--given G] ... [--existing ID | --new]
// seminar-desk checkin --seminar ID --counts [--by-category]
class CheckInCommand : public SeminarDayCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckInCommand)

public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override;
    bool needsGui() const override { return false; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    int checkInPerson(const QCommandLineParser& parser, CheckInDesk& desk, QTextStream& out, QTextStream& err);
    int walkIn(const QCommandLineParser& parser, CheckInDesk& desk, QTextStream& out, QTextStream& err);
    // The matches of a typed name that named no one person, as the format asks.
    void printMatches(QTextStream& out, const RegistrationMatches& matches) const;
    int printCounts(const QCommandLineParser& parser, const CheckInDesk& desk, QTextStream& out, QTextStream& err);
    // Prints ANSWER; gives the exit code (0 when someone was checked in or undone).
    int answer(const Result<CheckInAnswer>& answer, QTextStream& out, QTextStream& err) const;

    QString m_format;
};

} // namespace sd
