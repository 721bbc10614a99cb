// libFuzzer target: the importer's dry run on any file, over a small database with people for
// duplicates to match. It must report rows, duplicates or errors, never crash or hang, and never
// change the database.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include "core/csv/CsvImporter.h"
#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/stores/AttendeeStore.h"
#include "core/stores/SeminarStore.h"

namespace {

struct Desk
{
    QTemporaryDir folder;
    std::unique_ptr<sd::Database> database;
    qint64 seminarId = 0;
    QString input;
};

Desk* desk = nullptr;

sd::Status fill(const sd::Database& database, qint64& seminarId)
{
    sd::Seminar seminar;
    seminar.titleEn = QStringLiteral("Fuzzed seminar");
    seminar.startsAt = QDateTime(QDate(2027, 2, 12), QTime(13, 30));
    seminar.endsAt = QDateTime(QDate(2027, 2, 12), QTime(17, 0));
    auto id = sd::SeminarStore(database).insert(seminar);
    if (!id)
        return sd::fail(id.error());
    seminarId = *id;
    const QStringList people[] = {{QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                   QStringLiteral("yamada@example.jp"), QStringLiteral("北九州市")},
                                  {QStringLiteral("Smith"), QStringLiteral("Anna"), QString(),
                                   QStringLiteral("anna@example.org"), QStringLiteral("IGES")},
                                  {QStringLiteral("佐藤"), QStringLiteral("花子"), QStringLiteral("サトウ"), QString(),
                                   QStringLiteral("環境局")}};
    for (const QStringList& person : people) {
        sd::Attendee attendee;
        attendee.familyName = person.at(0);
        attendee.givenName = person.at(1);
        attendee.familyReading = person.at(2);
        attendee.email = person.at(3);
        attendee.organisation = person.at(4);
        if (auto added = sd::AttendeeStore(database).insert(attendee); !added)
            return sd::fail(added.error());
    }
    return {};
}

qint64 totalChanges(const sd::Database& database)
{
    sd::SqlStatement statement(database, QStringLiteral("SELECT total_changes()"));
    if (!statement.exec() || !statement.next())
        std::abort();
    return statement.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication application(*argc, *argv);
    desk = new Desk;
    const QString path = desk->folder.filePath(QStringLiteral("fuzz.sqlite"));
    qint64 seminarId = 0;
    if (!sd::Database::create(path, [&seminarId](const sd::Database& database) { return fill(database, seminarId); }))
        std::abort();
    auto opened = sd::Database::open(path, sd::Database::IfMissing::Refuse);
    if (!opened)
        std::abort();
    desk->database = std::move(opened).value();
    desk->seminarId = seminarId;
    desk->input = desk->folder.filePath(QStringLiteral("input.csv"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QFile file(desk->input);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    const qint64 before = totalChanges(*desk->database);
    const sd::CsvImporter importer(*desk->database, desk->seminarId, {});
    const sd::ImportReport report = importer.run(desk->input, sd::CsvImporter::Mode::DryRun);
    // A dry run reports, and changes nothing.
    if (report.applied || totalChanges(*desk->database) != before)
        std::abort();
    // Without errors, every row either adds someone or is a duplicate.
    if (report.errors.isEmpty() && report.attendeesAdded + report.duplicates.size() != report.rows)
        std::abort();
    return 0;
}
