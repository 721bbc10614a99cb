#include <catch2/catch.hpp>

#include <QFile>

#include "core/csv/CsvExporter.h"
#include "core/csv/ExportPreset.h"
#include "core/csv/HeaderMapping.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

struct Fixture : SeminarFixture
{
    // Everyone exported here needs a receiver.
    void add(const Attendee& attendee, Registration::Status status = Registration::Status::Registered)
    {
        Registration registration;
        registration.status = status;
        registration.receiverNeeded = true;
        registerAttendee(attendee, registration);
    }
    QString path(const QString& name) const { return file.folder() + QLatin1Char('/') + name; }
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The venue preset carries no e-mail or phone and starts with a BOM", "[csv][export]")
{
    Fixture fixture;
    Attendee yamada = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                                   QStringLiteral("たろう"));
    yamada.organisation = QStringLiteral("北九州市, 環境局");
    yamada.email = QStringLiteral("taro@example.jp");
    yamada.phone = QStringLiteral("+81-93-000-0000");
    fixture.add(yamada);
    fixture.add(makeAttendee(QStringLiteral("Cancelled"), QStringLiteral("Person")), Registration::Status::Cancelled);

    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Venue);
    const QString out = fixture.path(QStringLiteral("venue.csv"));
    Result<qint64> rows = CsvExporter(fixture.file.database(), fixture.seminarId, options).write(out);
    REQUIRE(rows);
    CHECK(*rows == 1);
    const QByteArray bytes = contents(out);
    CHECK(bytes
          == QByteArray("\xEF\xBB\xBF")
              + QStringLiteral("Name,Name in Latin script,Organisation,Category,Receiver needed\r\n"
                               "山田 太郎,,\"北九州市, 環境局\",participant,yes\r\n")
                    .toUtf8());
    CHECK_FALSE(bytes.contains("example.jp"));
    CHECK_FALSE(bytes.contains("+81"));
}

TEST_CASE("Export in Shift_JIS with Japanese headers maps 〜 and − and keeps ①", "[csv][export]")
{
    Fixture fixture;
    Attendee attendee = makeAttendee(QStringLiteral("髙橋"), QStringLiteral("﨑子"));
    attendee.organisation = QStringLiteral("㈱テスト①");
    attendee.notes = QStringLiteral("10時〜12時 −5");
    fixture.add(attendee);
    CsvExportOptions options;
    options.columns = {CsvColumn::Field::FamilyName, CsvColumn::Field::GivenName, CsvColumn::Field::Organisation,
                       CsvColumn::Field::Notes};
    options.encoding = CsvEncoding::Kind::ShiftJis;
    options.headerLanguage = CsvColumn::HeaderLanguage::Japanese;
    options.delimiter = QLatin1Char('\t');
    const QString out = fixture.path(QStringLiteral("sjis.csv"));
    REQUIRE(CsvExporter(fixture.file.database(), fixture.seminarId, options).write(out));
    QStringDecoder decoder = CsvEncoding::decoder(CsvEncoding::Kind::ShiftJis);
    const QString text = decoder.decode(contents(out));
    CHECK_FALSE(decoder.hasError());
    CHECK(text == QStringLiteral("姓\t名\t所属\t備考\r\n髙橋\t﨑子\t㈱テスト①\t10時～12時 －5\r\n"));
}

TEST_CASE("An unencodable character stops the export, naming row, column and character", "[csv][export]")
{
    Fixture fixture;
    fixture.add(makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ")));
    Attendee park = makeAttendee(QStringLiteral("박"), QStringLiteral("서연"), QStringLiteral("ぱく"));
    fixture.add(park);
    const QString out = fixture.path(QStringLiteral("old.csv"));
    {
        QFile old(out);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the old file\r\n");
    }
    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Reception);
    options.encoding = CsvEncoding::Kind::ShiftJis;
    const Result<qint64> written = CsvExporter(fixture.file.database(), fixture.seminarId, options).write(out);
    REQUIRE_FALSE(written);
    INFO(written.error().toStdString());
    CHECK(written.error().contains(QStringLiteral("Row 1,"))); // ぱく sorts before やまだ
    CHECK(written.error().contains(QStringLiteral("“Family name”")));
    CHECK(written.error().contains(QStringLiteral("“박” (U+BC15)")));
    CHECK(contents(out) == QByteArray("the old file\r\n"));
}

TEST_CASE("The formula guard is on unless turned off, and the preview shows it", "[csv][export]")
{
    Fixture fixture;
    Attendee attendee = makeAttendee(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Eve"));
    attendee.phone = QStringLiteral("+81-93-681-1563");
    fixture.add(attendee);
    CsvExportOptions options;
    options.columns = {CsvColumn::Field::FamilyName, CsvColumn::Field::Phone};
    options.encoding = CsvEncoding::Kind::Utf8;
    const CsvExporter guarded(fixture.file.database(), fixture.seminarId, options);
    REQUIRE(guarded.write(fixture.path(QStringLiteral("g.csv"))));
    CHECK(contents(fixture.path(QStringLiteral("g.csv")))
          == QByteArray("Family name,Phone\r\n'=cmd|' /C calc'!A0,'+81-93-681-1563\r\n"));
    Result<QList<QStringList>> preview = guarded.preview(5);
    REQUIRE(preview);
    REQUIRE(preview->size() == 2);
    CHECK(preview->at(1) == QStringList {QStringLiteral("'=cmd|' /C calc'!A0"), QStringLiteral("'+81-93-681-1563")});

    options.formulaGuard = false;
    REQUIRE(
        CsvExporter(fixture.file.database(), fixture.seminarId, options).write(fixture.path(QStringLiteral("u.csv"))));
    CHECK(contents(fixture.path(QStringLiteral("u.csv")))
          == QByteArray("Family name,Phone\r\n=cmd|' /C calc'!A0,+81-93-681-1563\r\n"));
}

TEST_CASE("An export of an unknown seminar writes nothing", "[csv][export]")
{
    Fixture fixture;
    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
    const QString out = fixture.path(QStringLiteral("none.csv"));
    CHECK_FALSE(CsvExporter(fixture.file.database(), 999, options).write(out));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("The name on the badge is a column of the export and reads back", "[csv][export]")
{
    Fixture fixture;
    Attendee bob = makeAttendee(QStringLiteral("Whitfield"), QStringLiteral("Robert"));
    bob.badgeName = QStringLiteral("Bob");
    fixture.add(bob);
    CsvExportOptions options;
    options.columns = {CsvColumn::Field::FamilyName, CsvColumn::Field::BadgeName};
    for (const auto& [language, header] :
         {std::pair(CsvColumn::HeaderLanguage::English, "Family name,Name on the badge"),
          std::pair(CsvColumn::HeaderLanguage::Japanese, "姓,名札表示名")}) {
        options.headerLanguage = language;
        const QString out = fixture.path(QStringLiteral("badge.csv"));
        REQUIRE(CsvExporter(fixture.file.database(), fixture.seminarId, options).write(out));
        CHECK(contents(out) == QByteArray("\xEF\xBB\xBF") + QByteArray(header) + "\r\nWhitfield,Bob\r\n");
        CHECK(HeaderMapping::recognise(QString::fromUtf8(header).split(QLatin1Char(',')).last())
              == HeaderMapping::Target::BadgeName);
    }
    CHECK(CsvColumn::find(QStringLiteral("badge_name"))->field == CsvColumn::Field::BadgeName);
    CHECK(ExportPreset::columns(ExportPreset::Kind::Full).contains(CsvColumn::Field::BadgeName));
}
