#pragma once

#include "cli/SeminarDayCommand.h"
#include "core/Result.h"

namespace sd {

class ReceiverDesk;
class ReceiverForecast;
struct LentReceiver;

// seminar-desk receivers --seminar ID inventory [--count N] [--serials FILE] [--channels N] [--margin PERCENT]
//                                     issue CODE [--serial S] [--deposit id|card|none]
//                                     return (CODE | --serial S | --name TEXT)
//                                     outstanding [--format table|json|csv] [-o FILE.pdf]
class ReceiversCommand : public SeminarDayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiversCommand)

public:
    QString name() const override { return QStringLiteral("receivers"); }
    QString summary() const override;
    // outstanding -o FILE.pdf paints.
    bool needsGui() const override { return true; }
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

private:
    int inventory(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out, QTextStream& err);
    // Sets what the options say of the inventory; 0, or the exit code of a failure.
    int changeInventory(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& err);
    static void printForecast(QTextStream& out, const ReceiverForecast& forecast);
    int issue(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out, QTextStream& err);
    int takeBack(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out, QTextStream& err);
    int outstanding(const QCommandLineParser& parser, const ReceiverDesk& desk, QTextStream& out, QTextStream& err);
    int printLoan(const Result<LentReceiver>& lent, const QString& done, QTextStream& out, QTextStream& err) const;

    QString m_format;
};

} // namespace sd
