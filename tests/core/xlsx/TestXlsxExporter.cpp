#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "core/Progress.h"
#include "core/csv/ExportPreset.h"
#include "core/stores/DemoSeminar.h"
#include "core/stores/RegistrationStore.h"
#include "core/xlsx/XlsxExporter.h"
#include "support/RecordedProgress.h"
#include "support/SeminarFixture.h"
#include "support/TestDatabaseFile.h"
#include "support/WorkbookTool.h"

using namespace sd;

namespace {

using Language = CsvColumn::HeaderLanguage;

struct Fixture : SeminarFixture
{
    Fixture()
    {
        Attendee yamada = makeAttendee(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                       QStringLiteral("タロウ"));
        yamada.organisation = QStringLiteral("北九州市環境局環境国際部");
        yamada.email = QStringLiteral("taro@example.jp");
        yamada.phone = QStringLiteral("093-681-1563");
        yamada.notes = QStringLiteral("=cmd|' /C calc'!A0");
        yamada.preferredLanguage = QStringLiteral("ja");
        Registration attended;
        attended.status = Registration::Status::Attended;
        attended.receiverNeeded = true;
        attended.registeredAt = QDateTime(QDate(2027, 1, 19), QTime(4, 47, 14), Qt::UTC);
        attended.checkedInAt = QDateTime(QDate(2027, 2, 12), QTime(4, 5, 59), Qt::UTC);
        attended.source = QStringLiteral("import:web-form.csv");
        registerAttendee(yamada, attended);

        Attendee smith = makeAttendee(QStringLiteral("Smith"), QStringLiteral("Anna"));
        smith.latinName = QStringLiteral("ABCDEFGHIJKL");
        smith.position = QStringLiteral("_x0041_ stays as typed");
        smith.phone = QStringLiteral("+81-93-681-1564");
        smith.category = QStringLiteral("speaker");
        Registration waitlisted;
        waitlisted.status = Registration::Status::Waitlisted;
        waitlisted.registeredAt = QDateTime(QDate(2027, 1, 20), QTime(0, 0), Qt::UTC);
        registerAttendee(smith, waitlisted);
    }

    QString path(const QString& name) const { return file.folder() + QLatin1Char('/') + name; }

    Result<qint64> write(const ExportOptions& options, const QString& out)
    {
        return XlsxExporter(file.database(), seminarId, options).write(out);
    }
};

QString jsonText(const QJsonValue& value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

TEST_CASE("Every preset in both header languages reads back in openpyxl cell by cell, typed", "[xlsx][export]")
{
    Fixture fixture;
    const QList<RegisteredAttendee> registered
        = *RegistrationStore(fixture.file.database()).registeredAttendees(fixture.seminarId);
    REQUIRE(registered.size() == 2);
    for (const ExportPreset::Kind preset : ExportPreset::kinds()) {
        for (const Language language : {Language::English, Language::Japanese}) {
            INFO(ExportPreset::key(preset).toStdString() << (language == Language::Japanese ? " ja" : " en"));
            ExportOptions options;
            options.columns = ExportPreset::columns(preset);
            options.statuses = Registration::statuses();
            options.headerLanguage = language;
            const QString out = fixture.path(QStringLiteral("export.xlsx"));
            const Result<qint64> rows = fixture.write(options, out);
            INFO(rows.error().toStdString());
            REQUIRE(rows);
            CHECK(*rows == 2);

            const QJsonObject workbook = WorkbookTool::read(out);
            const QJsonArray sheet = workbook[QStringLiteral("rows")].toArray();
            REQUIRE(sheet.size() == 3);
            const QJsonArray header = sheet[0].toArray();
            REQUIRE(header.size() == options.columns.size());
            for (int column = 0; column < options.columns.size(); ++column) {
                const QJsonObject cell = header[column].toObject();
                CHECK(cell[QStringLiteral("value")].toString()
                      == CsvColumn::of(options.columns.at(column)).header(language));
                CHECK(cell[QStringLiteral("bold")].toBool());
            }
            for (int row = 1; row <= 2; ++row) {
                const QJsonArray cells = sheet[row].toArray();
                for (int column = 0; column < options.columns.size(); ++column) {
                    const CsvColumn& exported = CsvColumn::of(options.columns.at(column));
                    INFO("row " << row << ", column " << exported.key.toStdString());
                    const QJsonObject cell = cells[column].toObject();
                    const RegisteredAttendee& source = registered.at(row - 1);
                    if (exported.holdsTime()) {
                        const QDateTime time = exported.localTime(source);
                        if (time.isValid()) {
                            CHECK(cell[QStringLiteral("type")].toString() == QStringLiteral("d"));
                            CHECK(cell[QStringLiteral("format")].toString() == QStringLiteral("m/d/yy h:mm"));
                            CHECK(cell[QStringLiteral("value")].toString()
                                  == time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:00")));
                        } else {
                            CHECK(cell[QStringLiteral("value")].isNull());
                        }
                        continue;
                    }
                    const QString expected = exported.value(source, row, language);
                    CHECK(jsonText(cell[QStringLiteral("value")]) == expected);
                    if (!expected.isEmpty()) {
                        CHECK(cell[QStringLiteral("type")].toString() == QStringLiteral("s"));
                        CHECK(cell[QStringLiteral("format")].toString() == QStringLiteral("@"));
                    }
                }
            }
        }
    }
}

TEST_CASE("Codes, phones, IDs and formula-like text stay text, receivers read 要 / 不要 in Japanese", "[xlsx][export]")
{
    Fixture fixture;
    ExportOptions options;
    options.columns = {CsvColumn::Field::AttendeeId,  CsvColumn::Field::FamilyName, CsvColumn::Field::Phone,
                       CsvColumn::Field::Notes,       CsvColumn::Field::Position,   CsvColumn::Field::ReceiverNeeded,
                       CsvColumn::Field::CheckedInAt, CsvColumn::Field::CheckInCode};
    options.statuses = Registration::statuses();
    options.headerLanguage = Language::Japanese;
    const QString out = fixture.path(QStringLiteral("typed.xlsx"));
    REQUIRE(fixture.write(options, out));
    const QJsonArray rows = WorkbookTool::read(out)[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 3);
    const bool yamadaFirst
        = rows[1].toArray()[1].toObject()[QStringLiteral("value")].toString() == QStringLiteral("山田");
    const QJsonArray yamada = rows[yamadaFirst ? 1 : 2].toArray();
    const QJsonArray smith = rows[yamadaFirst ? 2 : 1].toArray();
    // By value: a QJsonValueRef into the temporary object would dangle.
    const auto value = [](const QJsonArray& row, int column) -> QJsonValue {
        return row[column].toObject().value(QStringLiteral("value"));
    };
    const auto type = [](const QJsonArray& row, int column) {
        return row[column].toObject()[QStringLiteral("type")].toString();
    };
    CHECK(value(yamada, 1).toString() == QStringLiteral("山田"));
    CHECK(value(yamada, 0).isString());
    CHECK(type(yamada, 0) == QStringLiteral("s"));
    CHECK(value(yamada, 2).toString() == QStringLiteral("093-681-1563"));
    CHECK(type(yamada, 2) == QStringLiteral("s"));
    // Text, never a formula, and no quote put in front of it.
    CHECK(value(yamada, 3).toString() == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(type(yamada, 3) == QStringLiteral("s"));
    CHECK(value(yamada, 5).toString() == QStringLiteral("要"));
    CHECK(type(yamada, 6) == QStringLiteral("d"));
    CHECK(value(yamada, 7).toString().startsWith(QStringLiteral("SD-")));
    CHECK(value(smith, 4).toString() == QStringLiteral("_x0041_ stays as typed"));
    CHECK(value(smith, 5).toString() == QStringLiteral("不要"));
    CHECK(value(smith, 6).isNull()); // never checked in: an empty cell

    options.headerLanguage = Language::English;
    REQUIRE(fixture.write(options, out));
    const QJsonArray english = WorkbookTool::read(out)[QStringLiteral("rows")].toArray();
    CHECK(value(english[yamadaFirst ? 1 : 2].toArray(), 5).toString() == QStringLiteral("yes"));
    CHECK(value(english[yamadaFirst ? 2 : 1].toArray(), 5).toString() == QStringLiteral("no"));
}

TEST_CASE("The sheet opens finished: frozen bold header, filter, fitted widths, title, date and font", "[xlsx][export]")
{
    Fixture fixture;
    ExportOptions options;
    options.columns = {CsvColumn::Field::FamilyName, CsvColumn::Field::Organisation, CsvColumn::Field::LatinName,
                       CsvColumn::Field::RegisteredAt};
    options.statuses = Registration::statuses();
    options.headerLanguage = Language::Japanese;
    const QString out = fixture.path(QStringLiteral("finished.xlsx"));
    REQUIRE(fixture.write(options, out));
    const QJsonObject workbook = WorkbookTool::read(out);
    CHECK(workbook[QStringLiteral("freeze_panes")].toString() == QStringLiteral("A2"));
    CHECK(workbook[QStringLiteral("auto_filter")].toString() == QStringLiteral("A1:D3"));
    CHECK(workbook[QStringLiteral("title")].toString() == QStringLiteral("テストセミナー"));
    CHECK(workbook[QStringLiteral("subject")].toString() == QStringLiteral("2027-02-12 13:30–17:00"));
    CHECK(workbook[QStringLiteral("sheet")].toString() == QStringLiteral("2027-02-12 テストセミナー"));
    CHECK(workbook[QStringLiteral("default_font")].toString() == QStringLiteral("游ゴシック"));
    const QJsonArray rows = workbook[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == 3);
    QJsonObject organisationCell;
    for (const QJsonValue& row : rows) {
        if (row.toArray()[0].toObject()[QStringLiteral("value")].toString() == QStringLiteral("山田"))
            organisationCell = row.toArray()[1].toObject();
    }
    CHECK(organisationCell[QStringLiteral("font")].toString() == QStringLiteral("游ゴシック"));
    CHECK(organisationCell[QStringLiteral("value")].toString() == QStringLiteral("北九州市環境局環境国際部"));

    // Twelve kanji are as wide as 24 Latin letters; twelve Latin letters half that.
    const QJsonObject widths = workbook[QStringLiteral("widths")].toObject();
    const double organisation = widths[QStringLiteral("B")].toDouble();
    const double latinName = widths[QStringLiteral("C")].toDouble();
    CHECK(organisation >= 25.0);
    CHECK(organisation < 27.0);
    CHECK(latinName >= 13.0); // ローマ字氏名 and its filter button
    CHECK(latinName < organisation);
    CHECK(widths[QStringLiteral("D")].toDouble() >= 17.0); // a date and a time fit
    CHECK(widths[QStringLiteral("A")].toDouble() >= 6.0); // 姓 and its filter button
}

TEST_CASE("The sheet name is the date and title within 31 characters, without what Excel forbids", "[xlsx][export]")
{
    Seminar seminar = makeSeminar(QStringLiteral("Recycling: [Asia]/Pacific * Why? \\ Now"));
    CHECK(XlsxExporter::sheetName(seminar, Language::English) == QStringLiteral("2027-02-12 Recycling Asia…"));
    seminar.titleEn = QStringLiteral("'Quoted'");
    CHECK(XlsxExporter::sheetName(seminar, Language::English) == QStringLiteral("2027-02-12 'Quoted"));
    seminar.titleJa = QStringLiteral("チーム北九州で築く持続可能な社会 〜これからの国際環境協力の方向性〜");
    const QString japanese = XlsxExporter::sheetName(seminar, Language::Japanese);
    CHECK(japanese == QStringLiteral("2027-02-12 チーム北九州で築く持続可能な社会…"));
    CHECK(japanese.size() <= 31);
    seminar.startsAt = {};
    seminar.titleEn = QStringLiteral("???");
    CHECK(XlsxExporter::sheetName(seminar, Language::English) == QStringLiteral("Registrations"));
}

TEST_CASE("The workbook replaces the old file only when complete, readable by its owner only", "[xlsx][export]")
{
    Fixture fixture;
    const QString out = fixture.path(QStringLiteral("venue.xlsx"));
    {
        QFile old(out);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the old file");
        REQUIRE(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                   | QFileDevice::ReadOther));
    }
    ExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Venue);
    const QStringList before = QDir(fixture.file.folder()).entryList(QDir::Files);

    // A text longer than a cell holds stops the export: the old file stays as it was.
    Attendee verbose = makeAttendee(QStringLiteral("Long"), QStringLiteral("Notes"));
    verbose.organisation = QString(XlsxExporter::cellCharacterLimit + 1, QLatin1Char('x'));
    fixture.registerAttendee(verbose);
    const Result<qint64> refused = fixture.write(options, out);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("32767")));
    CHECK(refused.error().contains(QStringLiteral("“Organisation”")));
    QFile old(out);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == QByteArray("the old file"));
    old.close();
    CHECK(QDir(fixture.file.folder()).entryList(QDir::Files) == before);

    options.columns = {CsvColumn::Field::FamilyName};
    REQUIRE(fixture.write(options, out));
    CHECK(QFile(out).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(WorkbookTool::read(out)[QStringLiteral("rows")].toArray().size() == 3); // the header, 山田, Long
    CHECK(QDir(fixture.file.folder()).entryList(QDir::Files) == before);

    CHECK_FALSE(XlsxExporter(fixture.file.database(), 999, options).write(fixture.path(QStringLiteral("none.xlsx"))));
    CHECK_FALSE(QFile::exists(fixture.path(QStringLiteral("none.xlsx"))));
}

TEST_CASE("An Excel export reports its rows, and cancelled part way leaves no file", "[xlsx][export][progress]")
{
    TestDatabaseFile file;
    auto seminarId = DemoSeminar::fill(file.database(), 700);
    REQUIRE(seminarId.ok());
    ExportOptions options;
    options.columns = ExportPreset::columns(ExportPreset::Kind::Full);
    XlsxExporter exporter(file.database(), *seminarId, options);
    const QString path = QDir(file.folder()).filePath(QStringLiteral("list.xlsx"));

    RecordedProgress progress;
    exporter.setProgress(&progress);
    const Result<qint64> rows = exporter.write(path);
    REQUIRE(rows.ok());
    progress.checkMonotonicTo(*rows);

    const QStringList tempBefore = QDir::temp().entryList({QStringLiteral("seminar-desk-*.xlsx")}, QDir::Files);
    RecordedProgress stopping(2);
    exporter.setProgress(&stopping);
    const QString other = QDir(file.folder()).filePath(QStringLiteral("other.xlsx"));
    const Result<qint64> stopped = exporter.write(other);
    REQUIRE_FALSE(stopped.ok());
    CHECK(Progress::isStopped(stopped.error()));
    CHECK(QDir(file.folder()).entryList({QStringLiteral("*.xlsx*")}, QDir::Files)
          == QStringList {QStringLiteral("list.xlsx")});
    CHECK(QDir::temp().entryList({QStringLiteral("seminar-desk-*.xlsx")}, QDir::Files) == tempBefore);
}
