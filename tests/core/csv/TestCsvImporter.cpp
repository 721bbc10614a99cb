#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "core/Progress.h"

#include "core/csv/CsvExporter.h"
#include "core/csv/CsvImporter.h"
#include "core/csv/ExportPreset.h"
#include "core/records/PhoneNumber.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/RegistrationStore.h"
#include "core/stores/SeminarStore.h"
#include "support/CliRun.h"
#include "support/RecordedProgress.h"
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
    for (const ImportError& error : report.errors)
        UNSCOPED_INFO(error.message.toStdString());
    REQUIRE(report.applied);
    CHECK(report.format.encoding == CsvEncoding::Kind::ShiftJis);
    REQUIRE(records.size() == 2);
    CHECK(records[0].action == ImportRecord::Action::MergeIntoExisting);
    CHECK(records[0].attendee.organisation == QStringLiteral("㈱テスト環境①"));
    CHECK(records[0].receiverNeeded);
    CHECK(records[1].action == ImportRecord::Action::Add);
    CHECK(records[1].attendee.familyReading == QStringLiteral("サトウ")); // half-width in the file
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

TEST_CASE("An export with Japanese headers and values imports into a new database as the same people",
          "[csv][import][export]")
{
    Fixture from;
    struct Person
    {
        Attendee attendee;
        Registration::Status status;
        bool receiver;
    };
    Attendee yamada
        = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"), QStringLiteral("ﾀﾛｳ"));
    yamada.latinName = QStringLiteral("Taro YAMADA");
    yamada.organisation = QStringLiteral("北九州市環境局（例）");
    yamada.position = QStringLiteral("課長");
    yamada.country = QStringLiteral("日本");
    yamada.email = QStringLiteral("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ");
    yamada.phone = QStringLiteral("+81-93-681-1563");
    yamada.notes = QStringLiteral("車椅子で来場");
    Attendee nguyen = makeAttendee(QStringLiteral("Nguyễn"), QStringLiteral("Văn An"));
    nguyen.country = QStringLiteral("Viet Nam");
    nguyen.email = QStringLiteral("an@example.org");
    nguyen.phone = QStringLiteral("+84 24 3825 3536");
    nguyen.preferredLanguage = QStringLiteral("en");
    nguyen.category = QStringLiteral("speaker");
    Attendee kim = makeAttendee(QStringLiteral("김"), QStringLiteral("민준"));
    kim.country = QStringLiteral("South Korea");
    kim.preferredLanguage = QStringLiteral("ko");
    kim.category = QStringLiteral("interpreter");
    const QList<Person> people {{yamada, Registration::Status::Attended, false},
                                {nguyen, Registration::Status::Waitlisted, true},
                                {kim, Registration::Status::Cancelled, true}};
    for (const Person& person : people) {
        Registration registration;
        registration.status = person.status;
        registration.receiverNeeded = person.receiver;
        from.registerAttendee(person.attendee, registration);
    }
    CsvExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
    options.statuses = Registration::statuses();
    options.headerLanguage = CsvColumn::HeaderLanguage::Japanese;
    const QString out = from.file.folder() + QStringLiteral("/ja.csv");
    REQUIRE(CsvExporter(from.file.database(), from.seminarId, options).write(out));

    Fixture into;
    const ImportReport report = into.import(out);
    INFO((report.errors.isEmpty() ? QString() : report.errors.first().message).toStdString());
    REQUIRE(report.applied);
    CHECK(report.attendeesAdded == 3);
    const auto exported = *RegistrationStore(from.file.database()).registeredAttendees(from.seminarId);
    const auto imported = *RegistrationStore(into.file.database()).registeredAttendees(into.seminarId);
    REQUIRE(imported.size() == exported.size());
    for (qsizetype i = 0; i < exported.size(); ++i) {
        const Attendee& a = exported.at(i).attendee;
        const Attendee& b = imported.at(i).attendee;
        INFO(a.displayName().toStdString());
        CHECK(b.familyName == a.familyName);
        CHECK(b.givenName == a.givenName);
        CHECK(b.familyReading == a.familyReading);
        CHECK(b.givenReading == a.givenReading);
        CHECK(b.latinName == a.latinName);
        CHECK(b.organisation == a.organisation);
        CHECK(b.position == a.position);
        CHECK(b.country == a.country);
        CHECK(b.email == a.email);
        CHECK(!b.phone.startsWith(QLatin1Char('\''))); // the export's formula guard taken off again
        // The same number: the Japanese export writes it as dialled in Japan.
        for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")})
            CHECK(PhoneNumber::display(b.phone, language) == PhoneNumber::display(a.phone, language));
        CHECK(b.preferredLanguage == a.preferredLanguage);
        CHECK(b.category == a.category);
        CHECK(b.notes == a.notes);
        CHECK(imported.at(i).registration.status == exported.at(i).registration.status);
        CHECK(imported.at(i).registration.receiverNeeded == exported.at(i).registration.receiverNeeded);
    }
    // What was typed in other forms is what both hold: katakana, ASCII, English country names.
    QHash<QString, Attendee> byName;
    for (const RegisteredAttendee& row : imported)
        byName.insert(row.attendee.familyName, row.attendee);
    CHECK(byName.value(QStringLiteral("山田")).familyReading == QStringLiteral("ヤマダ"));
    CHECK(byName.value(QStringLiteral("山田")).email == QStringLiteral("taro@example.jp"));
    CHECK(byName.value(QStringLiteral("Nguyễn")).country == QStringLiteral("Vietnam"));
}

TEST_CASE("Japanese values in a form's columns are read as the stored codes", "[csv][import]")
{
    Fixture f;
    const QString path = f.file.folder() + QStringLiteral("/values.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("氏名,フリガナ,区分,状態,レシーバー要否,希望言語,国・地域,メールアドレス\r\n"
               "山田 太郎,やまだ たろう,登壇者,キャンセル待ち,要,英語,ベトナム,ｔ＠ｅｘａｍｐｌｅ．ｊｐ\r\n"
               "佐藤 花子,ｻﾄｳ ﾊﾅｺ,一般参加者,キャンセル済み,不要,日本語,日本,\r\n");
    file.close();
    QList<ImportRecord> records;
    const ImportReport report = f.import(path, CsvImporter::Mode::DryRun, {}, &records);
    INFO((report.errors.isEmpty() ? QString() : report.errors.first().message).toStdString());
    REQUIRE(report.errors.isEmpty());
    REQUIRE(records.size() == 2);
    CHECK(records[0].attendee.familyReading == QStringLiteral("ヤマダ"));
    CHECK(records[0].attendee.givenReading == QStringLiteral("タロウ"));
    CHECK(records[0].attendee.category == QStringLiteral("speaker"));
    CHECK(records[0].status == Registration::Status::Waitlisted);
    CHECK(records[0].receiverNeeded);
    CHECK(records[0].attendee.preferredLanguage == QStringLiteral("en"));
    CHECK(records[0].attendee.country == QStringLiteral("Vietnam"));
    CHECK(records[0].attendee.email == QStringLiteral("t@example.jp"));
    CHECK(records[1].attendee.familyReading == QStringLiteral("サトウ"));
    CHECK(records[1].attendee.category == QStringLiteral("participant"));
    CHECK(records[1].status == Registration::Status::Cancelled);
    CHECK_FALSE(records[1].receiverNeeded);
    CHECK(records[1].attendee.preferredLanguage == QStringLiteral("ja"));
    CHECK(records[1].attendee.country == QStringLiteral("Japan"));
}

TEST_CASE("A cell the export guarded with a quote imports without it", "[csv][import]")
{
    Fixture f;
    const QString path = f.file.folder() + QStringLiteral("/guarded.csv");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Family name,Given name,Phone,Notes,Organisation\r\n"
               "Nguyen,An,'+84 24 3825 3536,'-2 hours late,'Quoted' Ltd\r\n");
    file.close();
    const ImportReport report = f.import(path);
    REQUIRE(report.applied);
    const auto imported = *RegistrationStore(f.file.database()).registeredAttendees(f.seminarId);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().attendee.phone == QStringLiteral("+84 24 3825 3536"));
    CHECK(imported.first().attendee.notes == QStringLiteral("-2 hours late"));
    CHECK(imported.first().attendee.organisation == QStringLiteral("'Quoted' Ltd"));
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

namespace {

QString write(const SeminarFixture& f, const QString& name, const QByteArray& bytes)
{
    const QString path = f.file.folder() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString messages(const QList<ImportError>& list)
{
    QStringList texts;
    for (const ImportError& error : list)
        texts.append(error.message);
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Qualified headers fill the reading and the Latin name, never the name itself", "[csv][import]")
{
    Fixture f;
    QList<ImportRecord> records;
    SECTION("family and given name, each with its reading and its Latin form")
    {
        const ImportReport report = f.import(fixture("qualified-headers.csv"), CsvImporter::Mode::Apply, {}, &records);
        INFO(messages(report.errors).toStdString());
        REQUIRE(report.applied);
        REQUIRE(records.size() == 1);
        const Attendee& a = records.first().attendee;
        CHECK(a.familyName == QStringLiteral("福沢"));
        CHECK(a.givenName == QStringLiteral("雫"));
        CHECK(a.familyReading == QStringLiteral("フクザワ"));
        CHECK(a.givenReading == QStringLiteral("シズク"));
        CHECK(a.latinName == QStringLiteral("Shizuku Fukuzawa"));
        CHECK(AttendeeStore(f.file.database()).find(records.first().attendeeId)->familyName == QStringLiteral("福沢"));
    }
    SECTION("a full name with its reading and its Latin form, in half-width brackets")
    {
        const QString path = write(
            f, QStringLiteral("full.csv"),
            QStringLiteral("お名前,お名前(ふりがな),名前(英字)\n福沢　雫,ふくざわ しずく,Shizuku FUKUZAWA\n").toUtf8());
        REQUIRE(f.import(path, CsvImporter::Mode::Apply, {}, &records).applied);
        const Attendee& a = records.first().attendee;
        CHECK(a.familyName == QStringLiteral("福沢"));
        CHECK(a.givenName == QStringLiteral("雫"));
        CHECK(a.familyReading == QStringLiteral("フクザワ")); // readings are stored in katakana
        CHECK(a.givenReading == QStringLiteral("シズク"));
        CHECK(a.latinName == QStringLiteral("Shizuku FUKUZAWA"));
    }
}

TEST_CASE("Two columns that would fill one field are an error naming both, and nothing is imported", "[csv][import]")
{
    Fixture f;
    const ImportReport dryRun = f.import(fixture("two-email-columns.csv"), CsvImporter::Mode::DryRun);
    REQUIRE(dryRun.errors.size() == 1);
    CHECK(dryRun.errors.first().line == 0);
    CHECK(dryRun.errors.first().message.contains(QStringLiteral("“メール”")));
    CHECK(dryRun.errors.first().message.contains(QStringLiteral("“メールアドレス”")));
    CHECK(dryRun.errors.first().message.contains(QStringLiteral("E-mail")));
    CHECK_FALSE(f.import(fixture("two-email-columns.csv")).applied);
    CHECK(f.attendees() == 0);
    // Saying which one to leave out resolves it; the two 備考 columns are joined.
    CsvImportOptions options;
    options.mapping.set(QStringLiteral("メール"), HeaderMapping::Target::Ignore);
    QList<ImportRecord> records;
    REQUIRE(f.import(fixture("two-email-columns.csv"), CsvImporter::Mode::Apply, options, &records).applied);
    CHECK(records.first().attendee.email == QStringLiteral("taro@example.jp"));
    CHECK(records.first().attendee.notes == QStringLiteral("午前\n午後"));
}

TEST_CASE("People who share a booker's e-mail are imported one by one, with a warning", "[csv][import]")
{
    Fixture f;
    Attendee booker = makeAttendee(QStringLiteral("鈴木"), QStringLiteral("一郎"), QStringLiteral("スズキ"),
                                   QStringLiteral("イチロウ"));
    booker.email = QStringLiteral("office@example.jp");
    const qint64 bookerId = *AttendeeStore(f.file.database()).insert(booker);
    Attendee saito = makeAttendee(QStringLiteral("齋藤"), QStringLiteral("健"), QStringLiteral("サイトウ"),
                                  QStringLiteral("ケン"));
    saito.email = QStringLiteral("office@example.jp");
    const qint64 saitoId = *AttendeeStore(f.file.database()).insert(saito);
    const QString path = write(f, QStringLiteral("shared.csv"),
                               QStringLiteral("氏名,フリガナ,メールアドレス\r\n"
                                              "山田 太郎,ヤマダ タロウ,booking@example.jp\r\n" // 2
                                              "山田 花子,ヤマダ ハナコ,BOOKING@example.jp\r\n" // 3: another person
                                              "山田　太郎,,booking@example.jp\r\n" // 4: line 2 again, by name
                                              "斉藤 健,さいとう けん,office@example.jp\r\n" // 5: 齋藤 by reading
                                              "田中 一,タナカ ハジメ,office@example.jp\r\n") // 6: another person
                                   .toUtf8());
    QList<ImportRecord> records;
    const ImportReport report = f.import(path, CsvImporter::Mode::Apply, {}, &records);
    INFO(messages(report.errors).toStdString());
    REQUIRE(report.applied);
    REQUIRE(records.size() == 5);
    CHECK(records[0].action == ImportRecord::Action::Add);
    CHECK(records[1].action == ImportRecord::Action::Add);
    CHECK(records[2].action == ImportRecord::Action::MergeIntoEarlierRow);
    CHECK(records[2].duplicateOfLine == 2);
    CHECK(records[3].action == ImportRecord::Action::MergeIntoExisting);
    CHECK(records[3].attendeeId == saitoId);
    CHECK(records[4].action == ImportRecord::Action::Add);
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[0].line == 3);
    CHECK(report.warnings[0].message.contains(QStringLiteral("the same e-mail as line 2, but a different name")));
    CHECK(report.warnings[1].line == 6);
    CHECK(report.warnings[1].message.contains(QStringLiteral("鈴木 一郎 (already stored)")));
    REQUIRE(report.duplicates.size() == 2);
    CHECK(report.duplicates[0].name == QStringLiteral("山田 太郎"));
    CHECK(report.duplicates[1].name == QStringLiteral("斉藤 健"));
    CHECK(report.duplicates[1].reason == QStringLiteral("email"));
    CHECK(f.attendees() == 5); // two stored, three added
    CHECK(f.registrations() == 4); // the three added and 齋藤
    CHECK(AttendeeStore(f.file.database()).find(bookerId)->familyName == QStringLiteral("鈴木"));
}

TEST_CASE("The exports of the tools people use import, badge names and all", "[csv][import]")
{
    Fixture f;
    QList<ImportRecord> records;
    SECTION("a Google Forms export: its timestamp and confirmation column left out")
    {
        const ImportReport report = f.import(fixture("google-forms-ja.csv"), CsvImporter::Mode::Apply, {}, &records);
        INFO(messages(report.errors).toStdString());
        REQUIRE(report.applied);
        REQUIRE(records.size() == 2);
        CHECK(records[0].attendee.displayName() == QStringLiteral("福沢 雫"));
        CHECK(records[0].attendee.organisation == QStringLiteral("北九州市立大学"));
        CHECK(records[0].attendee.email == QStringLiteral("shizuku@example.jp"));
        CHECK(records[1].attendee.badgeName == QStringLiteral("María"));
        CHECK(AttendeeStore(f.file.database()).find(records[1].attendeeId)->badgeName == QStringLiteral("María"));
    }
    SECTION("an event tool's attendee list, two of them booked under one address")
    {
        const ImportReport report = f.import(fixture("eventbrite.csv"), CsvImporter::Mode::Apply, {}, &records);
        INFO(messages(report.errors).toStdString());
        REQUIRE(report.applied);
        REQUIRE(records.size() == 3);
        CHECK(records[0].attendee.givenName == QStringLiteral("Robert"));
        CHECK(records[0].attendee.organisation == QStringLiteral("Example Ltd"));
        CHECK(records[0].attendee.position == QStringLiteral("Engineer"));
        CHECK(records[0].attendee.badgeName == QStringLiteral("Bob"));
        CHECK(report.attendeesAdded == 3);
        CHECK(report.warnings.size() == 1);
    }
    SECTION("a ticketing tool's ticket columns, and a French list")
    {
        REQUIRE(f.import(fixture("ticketing.csv"), CsvImporter::Mode::Apply, {}, &records).applied);
        CHECK(records[0].attendee.givenName == QStringLiteral("Chloé"));
        CHECK(records[0].attendee.familyName == QStringLiteral("Martin"));
        CHECK(records[0].attendee.organisation == QStringLiteral("Ville de Lyon"));
        CHECK(records[0].attendee.position == QStringLiteral("Chargée de mission"));
        REQUIRE(f.import(fixture("french.csv"), CsvImporter::Mode::Apply, {}, &records).applied);
        CHECK(records[1].attendee.familyName == QStringLiteral("Durand"));
        CHECK(records[1].attendee.givenName == QStringLiteral("Élise"));
        CHECK(records[1].attendee.email == QStringLiteral("elise@example.fr"));
    }
    SECTION("a Microsoft Forms export of an anonymous form with questions of its own")
    {
        const ImportReport report = f.import(fixture("microsoft-forms-ja.csv"), CsvImporter::Mode::Apply, {}, &records);
        INFO(messages(report.errors).toStdString());
        REQUIRE(report.applied);
        CHECK(records[0].attendee.displayName() == QStringLiteral("山田 太郎"));
        CHECK(records[0].attendee.email == QStringLiteral("taro@example.jp"));
        CHECK(records[0].attendee.familyReading == QStringLiteral("ヤマダ"));
    }
    SECTION("Excel's Unicode text: UTF-16 with a BOM, tab separated")
    {
        const ImportReport report = f.import(fixture("excel-unicode-text.txt"), CsvImporter::Mode::Apply, {}, &records);
        INFO(messages(report.errors).toStdString());
        REQUIRE(report.applied);
        CHECK(report.format.encoding == CsvEncoding::Kind::Utf16Le);
        CHECK(report.format.delimiter == QLatin1Char('\t'));
        REQUIRE(records.size() == 2);
        CHECK(records[0].attendee.familyName == QStringLiteral("髙橋"));
        CHECK(records[0].attendee.organisation == QStringLiteral("㈱テスト環境"));
        CHECK(records[1].attendee.organisation == QStringLiteral("Example, Ltd."));
    }
}

TEST_CASE("Western European text is refused as CP932 with its line, and imports as windows-1252", "[csv][import]")
{
    Fixture f;
    for (const char* name : {"western-as-cp932.csv", "latin1.csv"}) {
        CAPTURE(name);
        const ImportReport guessed = f.import(fixture(name), CsvImporter::Mode::DryRun);
        CHECK(guessed.format.encoding == CsvEncoding::Kind::ShiftJis);
        REQUIRE_FALSE(guessed.errors.isEmpty());
        CHECK(guessed.errors.first().line == (QLatin1String(name) == QLatin1String("latin1.csv") ? 1 : 3));
        CHECK(guessed.suggestedEncoding == CsvEncoding::Kind::Windows1252);
    }
    CsvImportOptions options;
    options.encoding = CsvEncoding::Kind::Windows1252;
    QList<ImportRecord> records;
    REQUIRE(f.import(fixture("latin1.csv"), CsvImporter::Mode::Apply, options, &records).applied);
    CHECK(records[0].attendee.familyName == QStringLiteral("Núñez"));
    CHECK(records[0].attendee.organisation == QStringLiteral("Transferência SA"));
    CHECK(records[1].attendee.givenName == QStringLiteral("Jürgen"));
}

TEST_CASE("A stray quote is refused with its line, not taken as text", "[csv][import]")
{
    Fixture f;
    const ImportReport report = f.import(fixture("stray-quote.csv"));
    CHECK_FALSE(report.applied);
    REQUIRE_FALSE(report.errors.isEmpty());
    CHECK(report.errors.first().line == 3);
    CHECK(report.errors.first().message.contains(QStringLiteral("Line 3")));
    CHECK(f.attendees() == 0);
}

TEST_CASE("An import reports every few hundred rows, and cancelled at any point imports nothing",
          "[csv][import][progress]")
{
    QTemporaryDir folder;
    const QString path = CliRun::writeRegistrationsCsv(folder, QStringLiteral("many.csv"), 700);
    {
        Fixture f;
        CsvImporter importer(f.file.database(), f.seminarId, {});
        RecordedProgress progress;
        importer.setProgress(&progress);
        const ImportReport report = importer.run(path, CsvImporter::Mode::Apply);
        REQUIRE(report.applied);
        progress.checkMonotonicTo(700);
        CHECK(progress.reports.size() == 4); // the start, rows 257 and 513, the end
        CHECK(progress.reports.at(1).text == QStringLiteral("Importing registrations… row 257"));
        CHECK(f.registrations() == 700);
    }
    // In the middle, and after the last row was written (the transaction is rolled back).
    for (int stopAt : {2, 4}) {
        INFO("stopped at report " << stopAt);
        Fixture f;
        CsvImporter importer(f.file.database(), f.seminarId, {});
        RecordedProgress progress(stopAt);
        importer.setProgress(&progress);
        const ImportReport report = importer.run(path, CsvImporter::Mode::Apply);
        CHECK_FALSE(report.applied);
        REQUIRE_FALSE(report.errors.isEmpty());
        CHECK(Progress::isStopped(report.errors.constFirst().message));
        CHECK(report.changes.addedAttendeeIds.isEmpty());
        CHECK(f.attendees() == 0);
        CHECK(f.registrations() == 0);
    }
}
