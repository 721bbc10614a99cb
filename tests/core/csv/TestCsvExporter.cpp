#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include "core/Progress.h"

#include "core/csv/CsvExporter.h"
#include "core/csv/ExportPreset.h"
#include "core/csv/HeaderMapping.h"
#include "core/models/RegistrationListModel.h"
#include "core/settings/Translations.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "support/RecordedProgress.h"
#include "support/SeminarFixture.h"
#include "support/TestDatabaseFile.h"

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

TEST_CASE("With Japanese headers the values are Japanese too, in English they stay as stored", "[csv][export]")
{
    Fixture fixture;
    Attendee yamada = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                                   QStringLiteral("たろう"));
    yamada.country = QStringLiteral("Japan");
    yamada.phone = QStringLiteral("+81-93-681-1563");
    Registration registered;
    registered.receiverNeeded = false;
    registered.source = QStringLiteral("manual");
    fixture.registerAttendee(yamada, registered);
    Attendee nguyen = makeAttendee(QStringLiteral("Nguyen"), QStringLiteral("Van An"));
    nguyen.country = QStringLiteral("Viet Nam");
    nguyen.phone = QStringLiteral("093-681-1564");
    nguyen.preferredLanguage = QStringLiteral("en");
    nguyen.category = QStringLiteral("speaker");
    fixture.add(nguyen, Registration::Status::Waitlisted);

    CsvExportOptions options;
    using F = CsvColumn::Field;
    options.columns = {F::DisplayName, F::Country, F::Phone,          F::PreferredLanguage,
                       F::Category,    F::Status,  F::ReceiverNeeded, F::Source};
    options.statuses = Registration::statuses();
    options.encoding = CsvEncoding::Kind::Utf8;
    options.headerLanguage = CsvColumn::HeaderLanguage::Japanese;
    const QString japanese = fixture.path(QStringLiteral("ja.csv"));
    REQUIRE(CsvExporter(fixture.file.database(), fixture.seminarId, options).write(japanese));
    CHECK(QString::fromUtf8(contents(japanese))
          == QStringLiteral("氏名,国・地域,電話番号,希望言語,区分,状態,レシーバー要否,申込経路\r\n"
                            "Van An Nguyen,ベトナム,093-681-1564,英語,登壇者,キャンセル待ち,要,手入力\r\n"
                            "山田 太郎,日本,093-681-1563,日本語,一般参加者,申込済み,不要,手入力\r\n"));

    options.headerLanguage = CsvColumn::HeaderLanguage::English;
    const QString english = fixture.path(QStringLiteral("en.csv"));
    REQUIRE(CsvExporter(fixture.file.database(), fixture.seminarId, options).write(english));
    CHECK(QString::fromUtf8(contents(english))
          == QStringLiteral("Name,Country,Phone,Preferred language,Category,Status,Receiver needed,Source\r\n"
                            "Van An Nguyen,Vietnam,'+81-93-681-1564,en,speaker,waitlisted,yes,manual\r\n"
                            "山田 太郎,Japan,'+81-93-681-1563,ja,participant,registered,no,manual\r\n"));
}

TEST_CASE("The reception list numbers its rows and leaves a column to tick", "[csv][export]")
{
    Fixture fixture;
    Attendee yamada = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                   QStringLiteral("タロウ"));
    yamada.organisation = QStringLiteral("北九州市（例）");
    const qint64 registration = fixture.registerAttendee(yamada).registrationId;
    fixture.add(makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria")));
    const QString code = RegistrationStore(fixture.file.database()).find(registration)->checkInCode;

    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Reception);
    options.encoding = CsvEncoding::Kind::Utf8;
    options.headerLanguage = CsvColumn::HeaderLanguage::Japanese;
    Result<QList<QStringList>> preview = CsvExporter(fixture.file.database(), fixture.seminarId, options).preview(5);
    REQUIRE(preview);
    REQUIRE(preview->size() == 3);
    CHECK(preview->at(0)
          == QStringList({QStringLiteral("No."), QStringLiteral("姓"), QStringLiteral("名"), QStringLiteral("セイ"),
                          QStringLiteral("メイ"), QStringLiteral("所属"), QStringLiteral("区分"),
                          QStringLiteral("レシーバー要否"), QStringLiteral("受付コード"), QStringLiteral("状態"),
                          QStringLiteral("受付")}));
    CHECK(preview->at(1).first() == QStringLiteral("1"));
    CHECK(preview->at(1).at(1) == QStringLiteral("Santos"));
    CHECK(preview->at(2)
          == QStringList({QStringLiteral("2"), QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                          QStringLiteral("タロウ"), QStringLiteral("北九州市（例）"), QStringLiteral("一般参加者"),
                          QStringLiteral("不要"), code, QStringLiteral("申込済み"), QString()}));
}

TEST_CASE("The CSV's Japanese headers are the names the Japanese program shows", "[csv][export]")
{
    Translations::install(QStringLiteral("ja"));
    QStringList differ;
    for (const CsvColumn& column : CsvColumn::all()) {
        if (column.displayName() != column.japaneseHeader)
            differ.append(column.key);
    }
    // The attendee list's columns are named as the CSV's.
    using F = CsvColumn::Field;
    using M = RegistrationListModel;
    const QList<QPair<int, F>> listColumns {
        {M::NameColumn, F::DisplayName},        {M::ReadingColumn, F::DisplayReading},
        {M::LatinNameColumn, F::LatinName},     {M::OrganisationColumn, F::Organisation},
        {M::CategoryColumn, F::Category},       {M::StatusColumn, F::Status},
        {M::ReceiverColumn, F::ReceiverNeeded}, {M::CheckInCodeColumn, F::CheckInCode},
        {M::RegisteredColumn, F::RegisteredAt}, {M::EmailColumn, F::Email},
    };
    Fixture fixture;
    const RegistrationListModel model(fixture.file.database());
    for (const auto& [section, field] : listColumns) {
        if (model.headerData(section, Qt::Horizontal).toString() != CsvColumn::of(field).japaneseHeader)
            differ.append(model.headerData(section, Qt::Horizontal).toString());
    }
    Translations::install(QString());
    CHECK(differ.join(QStringLiteral(", ")) == QString());
    CHECK(CsvColumn::of(F::Country).japaneseHeader == QStringLiteral("国・地域"));
    CHECK(CsvColumn::of(F::DisplayReading).japaneseHeader == QStringLiteral("フリガナ"));
    CHECK(CsvColumn::of(F::FamilyReading).japaneseHeader == QStringLiteral("セイ"));
    CHECK(CsvColumn::of(F::RegisteredAt).japaneseHeader == QStringLiteral("申込日時"));
    CHECK(CsvColumn::of(F::Source).japaneseHeader == QStringLiteral("申込経路"));
    CHECK(CsvColumn::of(F::AttendeeId).japaneseHeader == QStringLiteral("参加者ID"));
    CHECK(CsvColumn::of(F::ReceiverNeeded).japaneseHeader == QStringLiteral("レシーバー要否"));
    CHECK(CsvColumn::of(F::Status).englishHeader == QStringLiteral("Status"));
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

TEST_CASE("A CSV export reports every few hundred rows, and cancelled part way writes no file",
          "[csv][export][progress]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 700);
    REQUIRE(seminarId.ok());
    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
    CsvExporter exporter(file.database(), *seminarId, options);
    const QString path = QDir(file.folder()).filePath(QStringLiteral("list.csv"));

    RecordedProgress progress;
    exporter.setProgress(&progress);
    const Result<qint64> rows = exporter.write(path);
    REQUIRE(rows.ok());
    REQUIRE(*rows > 2 * Progress::rowsPerReport);
    progress.checkMonotonicTo(*rows);
    CHECK(progress.reports.size() == *rows / Progress::rowsPerReport + 2); // the start, every 256 rows, the end
    CHECK(progress.reports.at(1).text == QStringLiteral("Exporting registrations… row 257 of %1").arg(*rows));

    const QByteArray before = contents(path);
    RecordedProgress stopping(2);
    exporter.setProgress(&stopping);
    const Result<qint64> stopped = exporter.write(path);
    REQUIRE_FALSE(stopped.ok());
    CHECK(Progress::isStopped(stopped.error()));
    CHECK(contents(path) == before);
    CHECK(QDir(file.folder()).entryList({QStringLiteral("list*")}, QDir::Files)
          == QStringList {QStringLiteral("list.csv")});
    const QString other = QDir(file.folder()).filePath(QStringLiteral("other.csv"));
    REQUIRE_FALSE(exporter.write(other).ok());
    CHECK_FALSE(QFile::exists(other));
}
