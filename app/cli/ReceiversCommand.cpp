#include "cli/ReceiversCommand.h"

#include <algorithm>
#include <limits>

#include <QCommandLineParser>
#include <QTextStream>

#include "cli/SeminarDayJson.h"
#include "cli/TextTable.h"
#include "core/checkin/ReceiverDesk.h"
#include "core/checkin/ReceiverForecast.h"
#include "core/data/Database.h"
#include "core/print/OutstandingReceivers.h"
#include "core/records/Seminar.h"
#include "core/stores/RecordEdits.h"

namespace sd {

namespace {

const QStringList actions {QStringLiteral("inventory"), QStringLiteral("issue"), QStringLiteral("return"),
                           QStringLiteral("outstanding")};

std::optional<ReceiverLoan::Deposit> depositFromCommandLine(const QString& word)
{
    if (word == QLatin1String("id"))
        return ReceiverLoan::Deposit::IdCard;
    if (word == QLatin1String("card"))
        return ReceiverLoan::Deposit::BusinessCard;
    if (word == QLatin1String("none"))
        return ReceiverLoan::Deposit::None;
    return std::nullopt;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

void printLoans(QTextStream& out, const QList<LentReceiver>& loans)
{
    TextTable table({ReceiversCommand::tr("Code"), ReceiversCommand::tr("Name"), ReceiversCommand::tr("Organisation"),
                     ReceiversCommand::tr("Receiver"), ReceiversCommand::tr("Deposit"), ReceiversCommand::tr("Issued"),
                     ReceiversCommand::tr("Returned")});
    for (const LentReceiver& lent : loans)
        table.addRow({lent.checkInCode, lent.holder.displayName(), lent.holder.organisation, lent.loan.serial,
                      ReceiverLoan::depositName(lent.loan.deposit), timeText(lent.loan.issuedAt),
                      timeText(lent.loan.returnedAt)});
    table.print(out);
}

} // namespace

QString ReceiversCommand::summary() const
{
    return tr("Interpretation receivers: the inventory, issue and return, and those not returned.");
}

int ReceiversCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("inventory, issue, return or outstanding."));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("issue and return: the check-in code on the badge."));
    addSeminarOptions(parser, true);
    parser.addOption({QStringLiteral("count"), tr("inventory: how many receivers the seminar has."), tr("N")});
    parser.addOption({QStringLiteral("serials"),
                      tr("inventory: a text file of the receivers' numbers, one a line, optionally with a channel "
                         "(R-001,1)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("channels"),
                      tr("inventory: how many channels the receivers offer besides the floor (0: not stated)."),
                      tr("N")});
    parser.addOption({QStringLiteral("margin"),
                      tr("inventory: the margin the forecast adds to the receivers the registrations need, in per "
                         "cent (10 unless set)."),
                      tr("PERCENT")});
    parser.addOption({QStringLiteral("serial"), tr("issue, return: the receiver's number."), tr("S")});
    parser.addOption({QStringLiteral("deposit"),
                      tr("issue: what is held until it comes back: id, card or none "
                         "(default)."),
                      tr("WHAT"), QStringLiteral("none")});
    parser.addOption({QStringLiteral("name"), tr("return: the holder's name instead of a code."), tr("TEXT")});
    addLanguageOption(parser, tr("outstanding: the language of the PDF and the CSV"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("outstanding: write the list as a PDF file."),
                      tr("FILE")});
    addFormatOption(parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!actions.contains(action)) {
        err << tr("seminar-desk receivers: say what to do: inventory, issue, return or outstanding.") << Qt::endl;
        return 2;
    }
    const bool takesCode = action == QLatin1String("issue") || action == QLatin1String("return");
    if (positional.size() > (takesCode ? 2 : 1)) {
        err << tr("seminar-desk receivers %1: too many arguments.").arg(action) << Qt::endl;
        return 2;
    }
    const QStringList formats = action == QLatin1String("outstanding")
        ? QStringList {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}
        : QStringList {QStringLiteral("table"), QStringLiteral("json")};
    m_format = readFormat(parser, formats, err);
    qint64 seminarId = 0;
    if (m_format.isEmpty() || !readSeminarId(parser, seminarId, err))
        return 2;
    const auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    Seminar seminar;
    if (!findSeminar(*database, seminarId, seminar, err))
        return 1;
    RecordEdits edits(*database);
    ReceiverDesk receiverDesk(*database, edits, seminarId, desk(parser));
    if (action == QLatin1String("inventory"))
        return inventory(parser, receiverDesk, out, err);
    if (action == QLatin1String("issue"))
        return issue(parser, receiverDesk, out, err);
    if (action == QLatin1String("return"))
        return takeBack(parser, receiverDesk, out, err);
    return outstanding(parser, receiverDesk, out, err);
}

int ReceiversCommand::inventory(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out,
                                QTextStream& err)
{
    if (int changed = changeInventory(parser, desk, err); changed != 0)
        return changed;
    auto inventory = desk.inventory();
    auto counts = desk.counts();
    auto forecast = ReceiverForecast::ofSeminar(desk);
    if (!inventory || !counts || !forecast) {
        err << (!inventory ? inventory.error() : !counts ? counts.error() : forecast.error()) << Qt::endl;
        return 1;
    }
    if (m_format == QLatin1String("json")) {
        out << SeminarDayJson::receivers(*inventory, *counts, *forecast).toJson() << '\n';
        return 0;
    }
    TextTable table({tr("Receivers"), tr("Issued"), tr("Returned"), tr("Out"), tr("Available"), tr("Channels")});
    table.addRow({QString::number(inventory->count), QString::number(counts->issued), QString::number(counts->returned),
                  QString::number(counts->outstanding()), QString::number(counts->available()),
                  inventory->systemChannels > 0 ? QString::number(inventory->systemChannels) : QString()});
    table.print(out);
    if (!inventory->numbered.isEmpty()) {
        out << '\n';
        TextTable numbered({tr("Number"), tr("Channel")});
        for (const Receiver& receiver : inventory->numbered)
            numbered.addRow({receiver.serial, receiver.channel > 0 ? QString::number(receiver.channel) : QString()});
        numbered.print(out);
    }
    out << '\n';
    printForecast(out, *forecast);
    return 0;
}

int ReceiversCommand::changeInventory(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& err)
{
    const QStringList options {QStringLiteral("count"), QStringLiteral("serials"), QStringLiteral("channels"),
                               QStringLiteral("margin")};
    if (std::none_of(options.cbegin(), options.cend(), [&parser](const QString& name) { return parser.isSet(name); }))
        return 0;
    // What is not given stays as it is.
    auto inventory = desk.inventory();
    if (!inventory) {
        err << inventory.error() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("serials"))) {
        auto numbered = ReceiverDesk::readReceiverList(parser.value(QStringLiteral("serials")));
        if (!numbered) {
            err << numbered.error() << Qt::endl;
            return 1;
        }
        inventory->numbered = *numbered;
        inventory->count = int(numbered->size());
    }
    const struct
    {
        const char* option;
        int* value;
        int most;
        QString example;
    } numbers[] = {
        {"count", &inventory->count, std::numeric_limits<int>::max(), tr("a number of receivers such as 40")},
        {"channels", &inventory->systemChannels, ReceiverInventory::mostSystemChannels,
         tr("a number of channels from 0 to %1").arg(ReceiverInventory::mostSystemChannels)},
        {"margin", &inventory->marginPercent, ReceiverInventory::mostMarginPercent,
         tr("a percentage from 0 to %1").arg(ReceiverInventory::mostMarginPercent)},
    };
    for (const auto& number : numbers) {
        const QString name = QString::fromLatin1(number.option);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *number.value = parser.value(name).toInt(&ok);
        if (!ok || *number.value < 0 || *number.value > number.most) {
            err << tr("--%1 needs %2, not “%3”.").arg(name, number.example, parser.value(name)) << Qt::endl;
            return 2;
        }
    }
    if (Status set = desk.setInventory(*inventory); !set) {
        err << set.error() << Qt::endl;
        return 1;
    }
    return 0;
}

void ReceiversCommand::printForecast(QTextStream& out, const ReceiverForecast& forecast)
{
    out << forecast.summary() << '\n';
    TextTable channels({tr("Channel"), tr("Language"), tr("People"), tr("Needed"), tr("For it"), tr("Short")});
    for (const ChannelForecast& channel : forecast.channels()) {
        channels.addRow({channel.hasBooth() ? QString::number(channel.channel) : tr("no booth"),
                         Seminar::languageName(channel.language), QString::number(channel.people),
                         channel.hasBooth() ? QString::number(channel.needed) : QString(),
                         channel.available ? QString::number(*channel.available) : QString(),
                         channel.shortBy() > 0 ? QString::number(channel.shortBy()) : QString()});
    }
    channels.print(out);
    for (const QString& warning : forecast.warnings())
        out << tr("Warning: %1").arg(warning) << '\n';
}

int ReceiversCommand::issue(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out, QTextStream& err)
{
    const QString code = parser.positionalArguments().value(1);
    if (code.isEmpty()) {
        err << tr("seminar-desk receivers issue: give the check-in code of the person who takes the receiver.")
            << Qt::endl;
        return 2;
    }
    const auto deposit = depositFromCommandLine(parser.value(QStringLiteral("deposit")));
    if (!deposit) {
        err << tr("--deposit is id, card or none, not “%1”.").arg(parser.value(QStringLiteral("deposit"))) << Qt::endl;
        return 2;
    }
    auto lent = desk.issueByCode(code, parser.value(QStringLiteral("serial")), *deposit);
    return printLoan(lent, lent ? tr("Receiver issued to %1.").arg(lent->holder.displayName()) : QString(), out, err);
}

int ReceiversCommand::takeBack(const QCommandLineParser& parser, ReceiverDesk& desk, QTextStream& out, QTextStream& err)
{
    const QString code = parser.positionalArguments().value(1);
    const bool bySerial = parser.isSet(QStringLiteral("serial"));
    const bool byName = parser.isSet(QStringLiteral("name"));
    if (int(!code.isEmpty()) + int(bySerial) + int(byName) != 1) {
        err << tr("seminar-desk receivers return: give a check-in code, --serial S or --name TEXT.") << Qt::endl;
        return 2;
    }
    Result<LentReceiver> returned = fail(QString());
    if (byName) {
        const QString typed = parser.value(QStringLiteral("name"));
        auto holders = desk.holdersMatching(typed);
        if (!holders) {
            err << holders.error() << Qt::endl;
            return 1;
        }
        if (holders->size() != 1) {
            err << (holders->isEmpty()
                        ? tr("No one holding a receiver matches “%1”.").arg(typed)
                        : tr("%n people holding a receiver match “%1”: give more of the name, the code or the "
                             "receiver's number.",
                             nullptr, int(holders->size()))
                              .arg(typed))
                << Qt::endl;
            printLoans(out, *holders);
            return 1;
        }
        returned = desk.takeBackFrom(holders->constFirst().holder.id);
    } else if (bySerial) {
        returned = desk.takeBackBySerial(parser.value(QStringLiteral("serial")));
    } else {
        returned = desk.takeBackByCode(code);
    }
    return printLoan(
        returned,
        returned ? tr("Receiver returned by %1: give back %2.")
                       .arg(returned->holder.displayName(), ReceiverLoan::depositName(returned->loan.deposit).toLower())
                 : QString(),
        out, err);
}

int ReceiversCommand::outstanding(const QCommandLineParser& parser, const ReceiverDesk& desk, QTextStream& out,
                                  QTextStream& err)
{
    OutputLanguage language;
    if (!readLanguage(parser, language, err))
        return 2;
    auto lent = desk.outstanding();
    if (!lent) {
        err << lent.error() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        Seminar seminar;
        if (!findSeminar(desk.database(), desk.seminarId(), seminar, err))
            return 1;
        const QString path = parser.value(QStringLiteral("output"));
        if (Status written = OutstandingReceivers::printer(seminar, *lent, language).savePdf(path); !written) {
            err << written.error() << Qt::endl;
            return 1;
        }
        err << tr("Wrote the %n receiver(s) not returned to %1.", nullptr, int(lent->size())).arg(path) << Qt::endl;
        return 0;
    }
    if (m_format == QLatin1String("csv")) {
        out << OutstandingReceivers::csv(*lent, language);
    } else if (m_format == QLatin1String("json")) {
        QList<JsonRecord> records;
        for (const LentReceiver& receiver : *lent)
            records.append(SeminarDayJson::lentReceiver(receiver));
        printJsonArray(out, records);
    } else {
        printLoans(out, *lent);
    }
    return 0;
}

int ReceiversCommand::printLoan(const Result<LentReceiver>& lent, const QString& done, QTextStream& out,
                                QTextStream& err) const
{
    if (!lent) {
        err << lent.error() << Qt::endl;
        return 1;
    }
    if (m_format == QLatin1String("json")) {
        out << SeminarDayJson::lentReceiver(*lent).toJson() << '\n';
        return 0;
    }
    out << done << '\n';
    printLoans(out, {*lent});
    return 0;
}

} // namespace sd
