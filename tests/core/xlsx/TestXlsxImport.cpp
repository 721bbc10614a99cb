#include <catch2/catch.hpp>

#include "core/csv/CsvImporter.h"
#include "core/csv/ExportPreset.h"
#include "core/records/PhoneNumber.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "core/xlsx/XlsxExporter.h"
#include "core/xlsx/XlsxReader.h"
#include "support/SeminarFixture.h"
#include "support/WorkbookTool.h"

using namespace sd;

namespace {

struct Fixture : SeminarFixture
{
    QString path(const QString& name) const { return file.folder() + QLatin1Char('/') + name; }
    QString workbook(const QString& kind)
    {
        const QString out = path(kind + QStringLiteral(".xlsx"));
        WorkbookTool::make(kind, out);
        return out;
    }
    ImportReport import(const QString& path, CsvImporter::Mode mode, const QString& sheet = {})
    {
        CsvImportOptions options;
        options.sheet = sheet;
        return CsvImporter(file.database(), seminarId, options).run(path, mode);
    }
};

QList<QPair<qint64, QStringList>> rowsOf(const QString& path, const QString& sheetName = {})
{
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    INFO(reader.error().toStdString());
    REQUIRE(reader);
    const Result<QString> sheet = (*reader)->sheet(sheetName);
    REQUIRE(sheet);
    QList<QPair<qint64, QStringList>> rows;
    const Status read = (*reader)->visitRows(*sheet, nullptr, [&rows](qint64 row, const QStringList& cells) {
        rows.append({row, cells});
        return true;
    });
    INFO(read.error().toStdString());
    REQUIRE(read);
    return rows;
}

// What an attendee and their registration are, as an import must give them back.
QStringList person(const RegisteredAttendee& registered)
{
    const Attendee& a = registered.attendee;
    return {a.familyName, a.givenName, a.familyReading, a.givenReading, a.latinName, a.organisation, a.position,
            a.country, a.email,
            // An export writes a telephone number in its language's form (090-1234-5678 in Japanese,
            // +81-90-1234-5678 in English), which the import stores as written: the same number.
            PhoneNumber::display(a.phone, QStringLiteral("en")), a.preferredLanguage, a.category, a.notes,
            Registration::statusKey(registered.registration.status),
            registered.registration.receiverNeeded ? QStringLiteral("yes") : QStringLiteral("no")};
}

QList<QStringList> people(Database& database, qint64 seminarId)
{
    QList<QStringList> all;
    for (const RegisteredAttendee& registered : *RegistrationStore(database).registeredAttendees(seminarId))
        all.append(person(registered));
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

TEST_CASE("A colleague's workbook reads cell by cell: strings, leading zeros, numbers, dates, formulas",
          "[xlsx][import]")
{
    Fixture fixture;
    const auto rows = rowsOf(fixture.workbook(QStringLiteral("staff-list")));
    REQUIRE(rows.size() == 4);
    // The first row is empty: the header is the first row with a value. Column F is empty.
    CHECK(rows[0].first == 2);
    CHECK(rows[0].second
          == QStringList {QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("所属"),
                          QStringLiteral("電話番号"), QStringLiteral("郵便番号"), QString(), QStringLiteral("番号"),
                          QStringLiteral("申込日"), QStringLiteral("通訳"), QStringLiteral("備考")});
    CHECK(rows[1].first == 3);
    CHECK(rows[1].second
          == QStringList {QStringLiteral("山田 太郎"), QStringLiteral("ヤマダ タロウ"), QStringLiteral("北九州市"),
                          QStringLiteral("093-681-1563"), QStringLiteral("0805-0071"), QString(), QStringLiteral("7"),
                          QStringLiteral("2027-01-19 13:47"), QStringLiteral("TRUE"), QStringLiteral("前日入り")});
    CHECK(rows[2].second
          == QStringList {QStringLiteral("佐藤 花子"), QStringLiteral("サトウ ハナコ"), QStringLiteral("=社名"),
                          QStringLiteral("09012345678"), QStringLiteral("805-0062"), QString(), QStringLiteral("12.5"),
                          QStringLiteral("2027-02-01"), QStringLiteral("FALSE")});
    CHECK(rows[3].second
          == QStringList {QStringLiteral("Maria Santos"), QString(), QStringLiteral("Kitakyushu City"),
                          QStringLiteral("+63-2-1234-5678"), QString(), QString(), QStringLiteral("8"), QString(),
                          QStringLiteral("TRUE"), QStringLiteral("午後から")});

    const auto second = rowsOf(fixture.workbook(QStringLiteral("staff-list")), QStringLiteral("second"));
    REQUIRE(second.size() == 2);
    CHECK(second[1].second
          == QStringList {QStringLiteral("Tanaka"), QStringLiteral("Yuki"), QStringLiteral("Kitakyushu University")});
}

TEST_CASE("A workbook imports through the CSV mapping, and --sheet picks another sheet", "[xlsx][import]")
{
    Fixture fixture;
    const QString staff = fixture.workbook(QStringLiteral("staff-list"));
    const ImportReport report = fixture.import(staff, CsvImporter::Mode::Apply);
    INFO((report.errors.isEmpty() ? QString() : report.errors.first().message).toStdString());
    REQUIRE(report.applied);
    CHECK(report.format.sheet == QStringLiteral("名簿"));
    CHECK(report.rows == 3);
    CHECK(report.attendeesAdded == 3);
    const QList<RegisteredAttendee> stored
        = *RegistrationStore(fixture.file.database()).registeredAttendees(fixture.seminarId);
    REQUIRE(stored.size() == 3);
    const auto find = [&stored](const QString& family) {
        for (const RegisteredAttendee& registered : stored) {
            if (registered.attendee.familyName == family)
                return registered;
        }
        FAIL("no " << family.toStdString());
        return RegisteredAttendee();
    };
    const RegisteredAttendee yamada = find(QStringLiteral("山田"));
    CHECK(yamada.attendee.givenName == QStringLiteral("太郎"));
    CHECK(yamada.attendee.familyReading == QStringLiteral("ヤマダ"));
    CHECK(yamada.attendee.phone == QStringLiteral("093-681-1563"));
    CHECK(yamada.attendee.notes == QStringLiteral("前日入り"));
    CHECK(yamada.registration.receiverNeeded);
    const RegisteredAttendee sato = find(QStringLiteral("佐藤"));
    CHECK(sato.attendee.organisation == QStringLiteral("=社名"));
    CHECK(sato.attendee.phone == QStringLiteral("09012345678"));
    CHECK_FALSE(sato.registration.receiverNeeded);
    const RegisteredAttendee santos = find(QStringLiteral("Santos"));
    CHECK(santos.attendee.organisation == QStringLiteral("Kitakyushu City"));
    CHECK(santos.attendee.notes == QStringLiteral("午後から"));

    const ImportReport second = fixture.import(staff, CsvImporter::Mode::Apply, QStringLiteral("Second"));
    REQUIRE(second.applied);
    CHECK(second.attendeesAdded == 1);
    CHECK(*AttendeeStore(fixture.file.database()).count() == 4);
    // The same workbook again adds nobody.
    const ImportReport again = fixture.import(staff, CsvImporter::Mode::Apply);
    REQUIRE(again.applied);
    CHECK(again.attendeesAdded == 0);
    CHECK(again.duplicates.size() == 3);

    const ImportReport unknown = fixture.import(staff, CsvImporter::Mode::DryRun, QStringLiteral("Sheet9"));
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors[0].message.contains(QStringLiteral("名簿, Second")));
}

TEST_CASE("The export's own workbook imports into an empty seminar as the same people", "[xlsx][import][export]")
{
    Fixture fixture;
    const QString staff = fixture.workbook(QStringLiteral("staff-list"));
    REQUIRE(fixture.import(staff, CsvImporter::Mode::Apply).applied);
    Attendee smith = makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna"));
    smith.email = QStringLiteral("anna@example.org");
    smith.category = QStringLiteral("speaker");
    smith.preferredLanguage = QStringLiteral("en");
    smith.country = QStringLiteral("United Kingdom");
    fixture.registerAttendee(smith, Registration::Status::Attended);
    const QList<QStringList> exported = people(fixture.file.database(), fixture.seminarId);
    REQUIRE(exported.size() == 4);

    for (const auto language : {CsvColumn::HeaderLanguage::English, CsvColumn::HeaderLanguage::Japanese}) {
        ExportOptions options;
        options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
        options.statuses = Registration::statuses();
        options.headerLanguage = language;
        const QString out = fixture.path(QStringLiteral("full.xlsx"));
        REQUIRE(XlsxExporter(fixture.file.database(), fixture.seminarId, options).write(out));

        Fixture empty;
        const ImportReport report = empty.import(out, CsvImporter::Mode::Apply);
        INFO((report.errors.isEmpty() ? QString() : report.errors.first().message).toStdString());
        REQUIRE(report.applied);
        CHECK(report.attendeesAdded == 4);
        CHECK(people(empty.file.database(), empty.seminarId) == exported);
    }
}

TEST_CASE("A workbook that cannot be read right is refused, naming sheet and cell, and nothing changes",
          "[xlsx][import]")
{
    struct Case
    {
        const char* kind;
        QStringList expected;
        qint64 line;
    };
    const QList<Case> cases {
        {"merged", {QStringLiteral("Sheet “Attendees”, cells A3:B3 are merged")}, 3},
        {"formula-without-value", {QStringLiteral("Sheet “Attendees”, cell C2"), QStringLiteral("formula")}, 2},
        {"long-cell", {QStringLiteral("Sheet “Attendees”, cell C2"), QStringLiteral("40000")}, 2},
        {"xls", {QStringLiteral("(.xls)"), QStringLiteral("save it as an Excel workbook (.xlsx)")}, 0},
        {"encrypted", {QStringLiteral("protected with a password")}, 0},
        {"not-a-workbook", {QStringLiteral("not an Excel workbook")}, 0},
    };
    for (const Case& refused : cases) {
        INFO(refused.kind);
        Fixture fixture;
        fixture.registerAttendee(makeAttendee(QStringLiteral("Tanaka"), QStringLiteral("Yuki")));
        const QString path = fixture.workbook(QString::fromLatin1(refused.kind));
        CHECK(XlsxReader::isSpreadsheetFile(path));
        if (QLatin1String(refused.kind) == QLatin1String("encrypted"))
            CHECK(WorkbookTool::isEncryptedWorkbook(path)); // what Excel saves with a password
        for (const auto mode : {CsvImporter::Mode::DryRun, CsvImporter::Mode::Apply}) {
            const ImportReport report = fixture.import(path, mode);
            CHECK_FALSE(report.applied);
            REQUIRE(report.errors.size() == 1);
            INFO(report.errors[0].message.toStdString());
            for (const QString& part : refused.expected)
                CHECK(report.errors[0].message.contains(part));
            CHECK(report.errors[0].line == refused.line);
        }
        CHECK(*AttendeeStore(fixture.file.database()).count() == 1);
        CHECK(RegistrationStore(fixture.file.database()).registeredAttendees(fixture.seminarId)->size() == 1);
    }
}

TEST_CASE("Only a CSV file has no sheets, cell names count columns past Z", "[xlsx][import]")
{
    Fixture fixture;
    const QString csv = fixture.path(QStringLiteral("list.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Family name,Given name\nTanaka,Yuki\n");
    }
    CHECK_FALSE(XlsxReader::isSpreadsheetFile(csv));
    const ImportReport report = fixture.import(csv, CsvImporter::Mode::DryRun, QStringLiteral("Sheet1"));
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].message.contains(QStringLiteral("not an Excel workbook")));
    CHECK(fixture.import(csv, CsvImporter::Mode::DryRun).errors.isEmpty());

    CHECK(XlsxReader::cellName(7, 1) == QStringLiteral("B7"));
    CHECK(XlsxReader::cellName(1, 25) == QStringLiteral("Z1"));
    CHECK(XlsxReader::cellName(12, 26) == QStringLiteral("AA12"));
    CHECK(XlsxReader::cellName(3, 16383) == QStringLiteral("XFD3"));
}
