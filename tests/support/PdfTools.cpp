#include "support/PdfTools.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// Runs a tool that packaging/install-deps.sh installs; a missing tool fails the test that needs
// it, never skips it.
QByteArray run(const QString& program, const QStringList& arguments, const char* package)
{
    INFO(program.toStdString() << " comes with " << package << ", which packaging/install-deps.sh installs");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return process.readAllStandardOutput();
}

QByteArray poppler(const QString& program, const QStringList& arguments)
{
    return run(program, arguments, "poppler-utils");
}

} // namespace

namespace PdfTools {

QString text(const QString& pdf)
{
    return QString::fromUtf8(poppler(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

QString rawText(const QString& pdf)
{
    return QString::fromUtf8(
        poppler(QStringLiteral("pdftotext"),
                {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

QString mutoolText(const QString& pdf)
{
    return QString::fromUtf8(run(QStringLiteral("mutool"),
                                 {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                                  QStringLiteral("txt"), QStringLiteral("-o"), QStringLiteral("-"), pdf},
                                 "mupdf-tools"));
}

QList<Character> characters(const QString& pdf)
{
    const QByteArray xml = run(QStringLiteral("mutool"),
                               {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                                QStringLiteral("stext"), QStringLiteral("-o"), QStringLiteral("-"), pdf},
                               "mupdf-tools");
    QList<Character> found;
    QXmlStreamReader reader(xml);
    int page = -1;
    QString font;
    qreal size = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = reader.attributes();
        if (reader.name() == QLatin1String("page")) {
            ++page;
        } else if (reader.name() == QLatin1String("font")) {
            font = attributes.value(QLatin1String("name")).toString();
            size = attributes.value(QLatin1String("size")).toDouble();
        } else if (reader.name() == QLatin1String("char")) {
            const QStringList quad = attributes.value(QLatin1String("quad")).toString().split(QLatin1Char(' '));
            REQUIRE(quad.size() == 8);
            qreal left = quad.at(0).toDouble();
            qreal right = left;
            qreal top = quad.at(1).toDouble();
            qreal bottom = top;
            for (int i = 0; i < 8; i += 2) {
                left = qMin(left, quad.at(i).toDouble());
                right = qMax(right, quad.at(i).toDouble());
                top = qMin(top, quad.at(i + 1).toDouble());
                bottom = qMax(bottom, quad.at(i + 1).toDouble());
            }
            found.append({page, attributes.value(QLatin1String("c")).toString(),
                          QRectF(QPointF(left, top), QPointF(right, bottom)), font, size});
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return found;
}

QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString squeezedText(const QString& pdf)
{
    return squeezed(text(pdf))
        .replace(QChar(0x301C), QChar(0xFF5E))
        .replace(QChar(0x2215), QChar(0xFF0F))
        .replace(QChar(0x2012), QChar(0x2013));
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const auto match = pages.match(QString::fromUtf8(poppler(QStringLiteral("pdfinfo"), {pdf})));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pageSize(const QString& pdf, int page)
{
    static const QRegularExpression size(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    const QString info = QString::fromUtf8(
        poppler(QStringLiteral("pdfinfo"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf}));
    const auto match = size.match(info);
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

QStringList fonts(const QString& pdf)
{
    // The first two lines are the table's header and rule.
    return QString::fromUtf8(poppler(QStringLiteral("pdffonts"), {pdf}))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
        .mid(2);
}

bool allFontsEmbedded(const QString& pdf)
{
    const QStringList lines = fonts(pdf);
    if (lines.isEmpty())
        return false;
    static const QRegularExpression columns(
        QStringLiteral("\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
    for (const QString& line : lines) {
        const auto match = columns.match(line);
        if (!match.hasMatch() || match.captured(1) != QLatin1String("yes"))
            return false;
    }
    return true;
}

int imageCount(const QString& pdf)
{
    // Two lines of header, then one line an image.
    return int(QString::fromUtf8(poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}))
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size())
        - 2;
}

QList<QImage> render(const QString& pdf, int dpi)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    poppler(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf,
             folder.filePath(QStringLiteral("page"))});
    QList<QImage> pages;
    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        pages.append(QImage(folder.filePath(file)));
        REQUIRE_FALSE(pages.last().isNull());
    }
    return pages;
}

QStringList qrCodes(const QImage& image)
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("codes.png"));
    REQUIRE(image.save(path));
    const QString out = QString::fromUtf8(run(QStringLiteral("zbarimg"),
                                              {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                               QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), path},
                                              "zbar-tools"));
    QStringList codes = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

QImage pageImage(const QString& pdf, int page, int dpi)
{
    QTemporaryDir folder;
    const QString prefix = folder.filePath(QStringLiteral("page"));
    poppler(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(dpi),
             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

} // namespace PdfTools
