#include "cli/SeminarDayCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "core/records/Seminar.h"
#include "core/settings/AppSettings.h"
#include "core/stores/SeminarStore.h"

namespace sd {

void SeminarDayCommand::addSeminarOptions(QCommandLineParser& parser, bool atADesk)
{
    addDatabaseOption(parser);
    parser.addOption(
        {QStringLiteral("seminar"), tr("The seminar (its ID, as “seminar-desk list seminars” shows)."), tr("ID")});
    if (atADesk) {
        parser.addOption({QStringLiteral("desk"),
                          tr("The desk's name in the check-in log (default: the one in Settings, or the computer's "
                             "name)."),
                          tr("NAME")});
    }
}

void SeminarDayCommand::addFormatOption(QCommandLineParser& parser, const QStringList& formats)
{
    parser.addOption({QStringLiteral("format"),
                      tr("%1 (default: %2).").arg(formats.join(QStringLiteral(", ")), formats.first()), tr("FORMAT"),
                      formats.first()});
}

QString SeminarDayCommand::readFormat(const QCommandLineParser& parser, const QStringList& formats, QTextStream& err)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (formats.contains(format))
        return format;
    err << tr("--format is %1, not “%2”.").arg(formats.join(QStringLiteral(", ")), format) << Qt::endl;
    return {};
}

bool SeminarDayCommand::readSeminarId(const QCommandLineParser& parser, qint64& id, QTextStream& err) const
{
    if (!parser.isSet(QStringLiteral("seminar"))) {
        err << tr("seminar-desk %1: say which seminar with --seminar ID.").arg(name()) << Qt::endl;
        return false;
    }
    return readId(parser, QStringLiteral("seminar"), id, err);
}

bool SeminarDayCommand::findSeminar(const Database& database, qint64 id, Seminar& seminar, QTextStream& err)
{
    auto found = SeminarStore(database).find(id);
    if (!found) {
        err << found.error() << Qt::endl;
        return false;
    }
    seminar = *found;
    return true;
}

Desk SeminarDayCommand::desk(const QCommandLineParser& parser)
{
    const QString named = parser.value(QStringLiteral("desk")).trimmed();
    return Desk::named(named.isEmpty() ? AppSettings().deskName() : named);
}

void SeminarDayCommand::addLanguageOption(QCommandLineParser& parser, const QString& what)
{
    parser.addOption(
        {QStringLiteral("language"), tr("%1: ja or en (default: the program's language).").arg(what), tr("LANGUAGE")});
}

bool SeminarDayCommand::readLanguage(const QCommandLineParser& parser, OutputLanguage& language, QTextStream& err)
{
    if (!parser.isSet(QStringLiteral("language"))) {
        language = OutputLanguage::ofProgram();
        return true;
    }
    const auto chosen = OutputLanguage::fromKey(parser.value(QStringLiteral("language")));
    if (!chosen) {
        err << tr("--language is ja or en, not “%1”.").arg(parser.value(QStringLiteral("language"))) << Qt::endl;
        return false;
    }
    language = *chosen;
    return true;
}

void SeminarDayCommand::printJsonArray(QTextStream& out, const QList<JsonRecord>& records)
{
    out << '[';
    for (int i = 0; i < records.size(); ++i)
        out << (i > 0 ? ",\n" : "\n") << records.at(i).toJson();
    out << (records.isEmpty() ? "]\n" : "\n]\n");
}

} // namespace sd
