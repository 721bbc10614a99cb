#include "support/PdfTools.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// Runs a poppler-utils program; a missing tool fails the test that needs it, never skips it.
QString run(const QString& program, const QStringList& arguments)
{
    INFO(program.toStdString() << " comes with poppler-utils, which packaging/install-deps.sh installs");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace PdfTools {

QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
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
    const auto match = pages.match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList fonts(const QString& pdf)
{
    // The first two lines are the table's header and rule.
    return run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
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

QImage pageImage(const QString& pdf, int page, int dpi)
{
    QTemporaryDir folder;
    const QString prefix = folder.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(dpi),
         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    return image;
}

} // namespace PdfTools
