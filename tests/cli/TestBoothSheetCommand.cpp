#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "support/CatchQt.h"
#include "support/CliRun.h"
#include "support/PdfTools.h"
#include "support/SeminarFixture.h"

namespace {

QStringList boothSheet(const QString& db, qint64 seminarId, const QStringList& more)
{
    return QStringList {QStringLiteral("booth-sheet"), QStringLiteral("--db"), db, QStringLiteral("--seminar"),
                        QString::number(seminarId)}
    + more;
}

} // namespace

TEST_CASE("booth-sheet writes a page a booth of the demo seminar, in Japanese, English or both",
          "[cli][boothsheet][pdf]")
{
    QTemporaryDir folder;
    const QString db = CliRun::createDemo(folder, 0);
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("both")}) {
        const QString pdf = folder.filePath(QStringLiteral("booths-%1.pdf").arg(language));
        const CliRun run
            = CliRun::run(boothSheet(db, 1, {QStringLiteral("--language"), language, QStringLiteral("-o"), pdf}));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(pdf));
        CHECK(PdfTools::pageCount(pdf) == 2);
        CHECK((QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        const QString text = PdfTools::squeezedText(pdf);
        CHECK(text.contains(PdfTools::squeezed(QStringLiteral("日本語 → English"))));
        CHECK(text.contains(PdfTools::squeezed(QStringLiteral("English → 日本語"))));
        if (language != QLatin1String("en")) {
            CHECK(text.contains(PdfTools::squeezed(QStringLiteral("チャンネル 2：英語 → 日本語"))));
            CHECK(text.contains(PdfTools::squeezed(QStringLiteral("093-681"))) == false);
            CHECK(text.contains(PdfTools::squeezed(QStringLiteral("090-0000-0101"))));
        }
        if (language != QLatin1String("ja")) {
            CHECK(text.contains(PdfTools::squeezed(QStringLiteral("Channel 2: English → Japanese"))));
            CHECK(text.contains(PdfTools::squeezed(QStringLiteral("+81-80-0000-0202"))));
        }
    }
}

TEST_CASE("booth-sheet refuses a seminar without booths and wrong options with a clear message", "[cli][boothsheet]")
{
    SeminarFixture fixture;
    const QString db = fixture.file.path();
    const QString pdf = fixture.file.folder() + QStringLiteral("/booths.pdf");
    const CliRun empty = CliRun::run(boothSheet(db, fixture.seminarId, {QStringLiteral("-o"), pdf}));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("has no interpretation booths: add them on the Booths page first.")));
    CHECK_FALSE(QFile::exists(pdf));

    const CliRun language = CliRun::run(boothSheet(
        db, fixture.seminarId, {QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("-o"), pdf}));
    CHECK(language.exitCode == 2);
    CHECK(language.err == QStringLiteral("--language is ja, en or both, not “fr”.\n"));

    const CliRun nowhere = CliRun::run(boothSheet(db, fixture.seminarId, {}));
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains(QStringLiteral("-o FILE")));

    const CliRun noSeminar
        = CliRun::run({QStringLiteral("booth-sheet"), QStringLiteral("--db"), db, QStringLiteral("-o"), pdf});
    CHECK(noSeminar.exitCode == 2);
    CHECK(noSeminar.err.contains(QStringLiteral("say which seminar with --seminar ID")));

    const CliRun unknown = CliRun::run(boothSheet(db, fixture.seminarId + 41, {QStringLiteral("-o"), pdf}));
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(unknown.err.isEmpty());

    const CliRun copies = CliRun::run(boothSheet(
        db, fixture.seminarId, {QStringLiteral("--print"), QStringLiteral("--copies"), QStringLiteral("0")}));
    CHECK(copies.exitCode == 2);
    CHECK(copies.err.contains(QStringLiteral("--copies")));
    CHECK_FALSE(QFile::exists(pdf));
}
