#include <catch2/catch.hpp>

#include "core/csv/CsvExporter.h"
#include "core/csv/CsvImporter.h"
#include "core/csv/ExportPreset.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SEMINAR_DESK_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

struct Fixture : SeminarFixture
{
    ImportReport import(const QString& path, CsvImporter::Mode mode = CsvImporter::Mode::Apply,
                        CsvImportOptions options = {}, QList<ImportRecord>* records = nullptr)
    {
        return CsvImporter(file.database(), seminarId, std::move(options))
            .run(path, mode, [records](const ImportRecord& record) {
                if (records)
                    records->append(record);
            });
    }
    int attendees() { return *AttendeeStore(file.database()).count(); }
    int registrations() { return int(RegistrationStore(file.database()).forSeminar(seminarId)->size()); }
};

} // namespace

TEST_CASE("A Japanese web form imports: names split, readings, receivers, a duplicate merged", "[csv][import]")
{
    Fixture f;
    const ImportReport report = f.import(fixture("web-form-ja.csv"));
    INFO((report.errors.isEmpty() ? QString() : report.errors.first().message).toStdString());
    REQUIRE(report.applied);
    CHECK(report.format.encoding == CsvEncoding::Kind::Utf8Bom);
    CHECK(report.rows == 4);
    CHECK(report.attendeesAdded == 3);
    CHECK(report.registrationsAdded == 3);
    REQUIRE(report.duplicates.size() == 1);
    CHECK(report.duplicates.first().line == 6);
    CHECK(report.duplicates.first().duplicateOfLine == 2);
    CHECK(report.duplicates.first().reason == QStringLiteral("email"));
    CHECK(f.attendees() == 3);

    const auto rows = *RegistrationStore(f.file.database()).registeredAttendees(f.seminarId);
    REQUIRE(rows.size() == 3);
    QHash<QString, RegisteredAttendee> byEmail;
    for (const RegisteredAttendee& row : rows)
        byEmail.insert(row.attendee.email, row);
    const RegisteredAttendee yamada = byEmail.value(QStringLiteral("taro.yamada@example.jp"));
    CHECK(yamada.attendee.familyName == QStringLiteral("山田"));
    CHECK(yamada.attendee.givenName == QStringLiteral("太郎"));
    CHECK(yamada.attendee.familyReading == QStringLiteral("ヤマダ"));
    CHECK(yamada.attendee.position == QStringLiteral("課長"));
    CHECK_FALSE(yamada.registration.receiverNeeded);
    CHECK(yamada.registration.source == QStringLiteral("import:web-form-ja.csv"));
    const RegisteredAttendee takahashi = byEmail.value(QStringLiteral("sakiko@example.jp"));
    CHECK(takahashi.attendee.familyName == QStringLiteral("髙橋"));
    CHECK(takahashi.attendee.givenName == QStringLiteral("﨑子"));
    CHECK(takahashi.attendee.organisation == QStringLiteral("㈱テスト環境"));
    CHECK(takahashi.attendee.notes == QStringLiteral("午後から参加\r\n懇親会も出席"));
    CHECK(takahashi.registration.receiverNeeded);
    const RegisteredAttendee smith = byEmail.value(QStringLiteral("john.smith@example.com"));
    CHECK(smith.attendee.givenName == QStringLiteral("John"));
    CHECK(smith.attendee.familyName == QStringLiteral("Smith"));
    CHECK(smith.attendee.organisation == QStringLiteral("Example, Ltd."));
    CHECK(smith.attendee.notes == QStringLiteral("He said \"hi\""));
}

TEST_CASE("Re-importing the same file adds nothing", "[csv][import]")
{
    Fixture f;
    REQUIRE(f.import(fixture("web-form-ja.csv")).applied);
    const ImportReport again = f.import(fixture("web-form-ja.csv"));
    REQUIRE(again.applied);
    CHECK(again.attendeesAdded == 0);
    CHECK(again.registrationsAdded == 0);
    CHECK(again.attendeesUpdated == 0);
    CHECK(again.duplicates.size() == 4);
    CHECK(f.attendees() == 3);
    CHECK(f.registrations() == 3);
}

TEST_CASE("A CP932 file from Excel is detected and matches attendees already stored", "[csv][import]")
{
    Fixture f;
    REQUIRE(f.import(fixture("web-form-ja.csv")).applied);
    QList<ImportRecord> records;
    const ImportReport report = f.import(fixture("web-form-sjis.csv"), CsvImporter::Mode::Apply, {}, &records);
    REQUIRE(report.applied);
    CHECK(report.format.encoding == CsvEncoding::Kind::ShiftJis);
    REQUIRE(records.size() == 2);
    CHECK(records[0].action == ImportRecord::Action::MergeIntoExisting);
    CHECK(records[0].attendee.organisation == QStringLiteral("㈱テスト環境①"));
    CHECK(records[0].receiverNeeded);
    CHECK(records[1].action == ImportRecord::Action::Add);
    CHECK(records[1].attendee.familyReading == QStringLiteral("ｻﾄｳ"));
    CHECK(records[1].attendee.organisation == QStringLiteral("ＮＰＯ法人　北九州～環境"));
    CHECK(report.duplicates.size() == 1);
    CHECK(report.duplicates.first().reason == QStringLiteral("email"));
    CHECK(f.attendees() == 4);
}

TEST_CASE("The same name and organisation is a duplicate unless the e-mails differ", "[csv][import]")
{
    Fixture f;
    Attendee stored = makeAttendee(QStringLiteral("Doe"), QStringLiteral("Jane"));
    stored.organisation = QStringLiteral("City of Example");
    const qint64 id = *AttendeeStore(f.file.database()).insert(stored);
    const QString path = f.file.folder() + QStringLiteral("/names.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("First name,Last name,Organization,Email\r\n"
               "Jane,Doe,City of Example,jane@example.org\r\n"
               "JANE,DOE,ｃｉｔｙ ｏｆ ｅｘａｍｐｌｅ,\r\n"
               "Jane,Doe,City of Example,other.jane@example.org\r\n");
    file.close();
    QList<ImportRecord> records;
    const ImportReport report = f.import(path, CsvImporter::Mode::Apply, {}, &records);
    REQUIRE(report.applied);
    REQUIRE(records.size() == 3);
    CHECK(records[0].action == ImportRecord::Action::MergeIntoExisting);
    CHECK(records[0].attendeeId == id);
    CHECK(records[1].action == ImportRecord::Action::MergeIntoExisting);
    CHECK(records[2].action == ImportRecord::Action::Add);
    CHECK(report.attendeesUpdated == 1); // the e-mail filled in
    CHECK(AttendeeStore(f.file.database()).find(id)->email == QStringLiteral("jane@example.org"));
    CHECK(f.attendees() == 2);
    CHECK(f.registrations() == 2);
}

TEST_CASE("A dry run says what would happen and changes nothing", "[csv][import]")
{
    Fixture f;
    QList<ImportRecord> records;
    const ImportReport report = f.import(fixture("english-semicolon.csv"), CsvImporter::Mode::DryRun, {}, &records);
    CHECK(report.errors.isEmpty());
    CHECK_FALSE(report.applied);
    CHECK(report.format.delimiter == QLatin1Char(';'));
    REQUIRE(records.size() == 2);
    CHECK(records[1].attendee.organisation == QStringLiteral("Green; Clean"));
    CHECK(records[1].line == 3);
    CHECK(records[0].receiverNeeded);
    CHECK_FALSE(records[1].receiverNeeded);
    CHECK(f.attendees() == 0);
}

TEST_CASE("A malformed file is refused with its line and the database is unchanged", "[csv][import]")
{
    Fixture f;
    const char* files[] = {"unterminated-quote.csv", "invalid-utf8.csv", "binary.csv"};
    const qint64 lines[] = {3, 3, 4};
    for (int i = 0; i < 3; ++i) {
        CsvImportOptions options;
        options.encoding = CsvEncoding::Kind::Utf8; // declared: detection would take the bad bytes for CP932
        const ImportReport report = f.import(fixture(files[i]), CsvImporter::Mode::Apply, options);
        CAPTURE(files[i]);
        CHECK_FALSE(report.applied);
        REQUIRE_FALSE(report.errors.isEmpty());
        CHECK(report.errors.first().line == lines[i]);
        CHECK(report.errors.first().message.contains(QStringLiteral("Line %1").arg(lines[i])));
    }
    CHECK(f.attendees() == 0);
    CHECK(f.registrations() == 0);
}

TEST_CASE("A bad row rolls back the rows imported before it", "[csv][import]")
{
    Fixture f;
    const QString path = f.file.folder() + QStringLiteral("/bad-row.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("氏名,メール\r\n山田 太郎,taro@example.jp\r\n佐藤 花子,not-an-address\r\n");
    file.close();
    const ImportReport report = f.import(path);
    CHECK_FALSE(report.applied);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().line == 3);
    CHECK(f.attendees() == 0);
}

TEST_CASE("A mapping file names unknown headers", "[csv][import]")
{
    Fixture f;
    CsvImportOptions options;
    options.mapping = *HeaderMapping::load(fixture("custom-mapping.json"));
    QList<ImportRecord> records;
    REQUIRE(f.import(fixture("custom-headers.csv"), CsvImporter::Mode::Apply, options, &records).applied);
    REQUIRE(records.size() == 1);
    CHECK(records[0].attendee.familyName == QStringLiteral("Tanaka"));
    CHECK(records[0].attendee.givenName == QStringLiteral("Yuki"));
    CHECK(records[0].attendee.organisation == QStringLiteral("Kitakyushu University"));
    CHECK(records[0].attendee.email == QStringLiteral("yuki@example.ac.jp"));
}

TEST_CASE("An export of every field imports back into another seminar unchanged", "[csv][import][export]")
{
    Fixture f;
    REQUIRE(f.import(fixture("web-form-ja.csv")).applied);
    const qint64 second = *SeminarStore(f.file.database()).insert(makeSeminar(QStringLiteral("Second")));
    for (const auto language : {CsvColumn::HeaderLanguage::English, CsvColumn::HeaderLanguage::Japanese}) {
        CsvExportOptions options;
        options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
        options.headerLanguage = language;
        const QString out = f.file.folder() + QStringLiteral("/full.csv");
        REQUIRE(CsvExporter(f.file.database(), f.seminarId, options).write(out));
        const ImportReport report = CsvImporter(f.file.database(), second, {}).run(out, CsvImporter::Mode::DryRun);
        CHECK(report.errors.isEmpty());
        CHECK(report.attendeesAdded == 0);
        CHECK(report.attendeesUpdated == 0);
        CHECK(report.duplicates.size() == 3);
        CHECK(report.registrationsAdded == 3);
    }
}

TEST_CASE("A full name is split at the first ASCII or ideographic space", "[csv][import]")
{
    using P = QPair<QString, QString>;
    CHECK(CsvImporter::splitFullName(QStringLiteral("山田　太郎"))
          == P {QStringLiteral("山田"), QStringLiteral("太郎")});
    CHECK(CsvImporter::splitFullName(QStringLiteral("山田 太郎"))
          == P {QStringLiteral("山田"), QStringLiteral("太郎")});
    CHECK(CsvImporter::splitFullName(QStringLiteral("Maria dela Cruz"))
          == P {QStringLiteral("dela Cruz"), QStringLiteral("Maria")});
    CHECK(CsvImporter::splitFullName(QStringLiteral("山田太郎")) == P {QStringLiteral("山田太郎"), QString()});
}
