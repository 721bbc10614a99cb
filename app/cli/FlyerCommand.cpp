#include "cli/FlyerCommand.h"

#include <QCommandLineParser>
#include <QImageReader>
#include <QTextStream>

#include "cli/PrintOptions.h"
#include "core/data/Database.h"
#include "core/print/FlyerRenderer.h"

namespace sd {

QString FlyerCommand::summary() const
{
    return tr("Write the A4 flyer of a seminar to a PDF file, or print it.");
}

int FlyerCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("seminar"), tr("The seminar to announce."), tr("ID")});
    parser.addOption(
        {QStringLiteral("language"), tr("ja, en or both (default)."), tr("LANGUAGE"), QStringLiteral("both")});
    parser.addOption(
        {QStringLiteral("image"), tr("A picture to show on the flyer (PNG or JPEG), a map say."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("fax-form"), tr("Add a form to fill in and send by FAX at the foot of the last page.")});
    PrintOptions::add(parser);
    int exitCode = 0;
    if (!parse(parser, arguments, out, err, exitCode))
        return exitCode;
    const std::optional<PrintTarget> target = PrintOptions::read(parser, name(), err);
    if (!target)
        return 2;
    const auto language = FlyerContent::languageFromKey(parser.value(QStringLiteral("language")));
    if (!language) {
        err << tr("--language is ja, en or both, not “%1”.").arg(parser.value(QStringLiteral("language"))) << Qt::endl;
        return 2;
    }
    QImage image;
    if (parser.isSet(QStringLiteral("image"))) {
        QImageReader reader(parser.value(QStringLiteral("image")));
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull()) {
            err << tr("Could not read the image %1: %2")
                       .arg(parser.value(QStringLiteral("image")), reader.errorString())
                << Qt::endl;
            return 2;
        }
    }
    if (!parser.isSet(QStringLiteral("seminar"))) {
        err << tr("seminar-desk flyer: say which seminar with --seminar ID.") << Qt::endl;
        return 2;
    }
    qint64 seminarId = 0;
    if (!readId(parser, QStringLiteral("seminar"), seminarId, err))
        return 2;
    auto database = openDatabase(parser, err);
    if (!database)
        return 1;
    auto content = FlyerContent::load(*database, seminarId);
    if (!content) {
        err << content.error() << Qt::endl;
        return 1;
    }
    content->language = *language;
    content->image = image;
    content->faxForm = parser.isSet(QStringLiteral("fax-form"));
    auto sent = FlyerRenderer(*content).print(*target);
    if (!sent) {
        err << sent.error() << Qt::endl;
        return 1;
    }
    if (*sent)
        out << tr("Printed the flyer of “%1”.").arg(content->seminar.title()) << Qt::endl
            << (*sent)->message() << Qt::endl;
    else
        out << tr("Wrote the flyer of “%1” to %2.").arg(content->seminar.title(), target->pdfPath()) << Qt::endl;
    return 0;
}

} // namespace sd
