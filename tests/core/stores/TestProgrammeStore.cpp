#include <catch2/catch.hpp>

#include <QUndoStack>

#include "core/data/SqlStatement.h"
#include "core/stores/ProgrammeStore.h"
#include "core/stores/RecordEdits.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

namespace {

ProgrammeItem item(const QTime& starts, const QTime& ends, const QString& titleEn)
{
    ProgrammeItem made;
    made.startsAt = starts;
    made.endsAt = ends;
    made.titleEn = titleEn;
    return made;
}

QStringList titles(const QList<ProgrammeItem>& items)
{
    QStringList found;
    for (const ProgrammeItem& each : items)
        found.append(each.titleEn);
    return found;
}

} // namespace

TEST_CASE("A programme round-trips its items in order with their speakers", "[programme]")
{
    TestDatabaseFile file;
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    ProgrammeItem keynote = item(QTime(13, 40), QTime(14, 30), QStringLiteral("Keynote"));
    keynote.titleJa = QStringLiteral("基調講演");
    keynote.language = QStringLiteral("ja");
    keynote.speakers = {{QStringLiteral("東田 美和 / Miwa HIGASHIDA"), QStringLiteral("IGES")},
                        {QStringLiteral("Jane DOE"), QString()}};
    ProgrammeItem pause = item(QTime(15, 30), QTime(15, 45), QStringLiteral("Break"));
    pause.kind = ProgrammeItem::Kind::Break;
    ProgrammeItem note = item({}, {}, QStringLiteral("Subject to change"));
    note.kind = ProgrammeItem::Kind::Text;
    ProgrammeStore store(file.database());
    REQUIRE(store.replace(seminarId, {keynote, pause, note}).ok());

    auto read = store.forSeminar(seminarId);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 3);
    CHECK(read->at(0).id > 0);
    CHECK(read->at(0).seminarId == seminarId);
    CHECK(read->at(0).startsAt == QTime(13, 40));
    CHECK(read->at(0).endsAt == QTime(14, 30));
    CHECK(read->at(0).titleJa == QStringLiteral("基調講演"));
    CHECK(read->at(0).language == QStringLiteral("ja"));
    CHECK(read->at(0).speakers == keynote.speakers);
    CHECK(read->at(1).kind == ProgrammeItem::Kind::Break);
    CHECK(read->at(1).speakers.isEmpty());
    CHECK(read->at(2).kind == ProgrammeItem::Kind::Text);
    CHECK_FALSE(read->at(2).startsAt.isValid());

    // Replaced whole, speakers and all; deleting the seminar deletes its programme.
    REQUIRE(store.replace(seminarId, {note, keynote}).ok());
    CHECK(titles(*store.forSeminar(seminarId))
          == QStringList {QStringLiteral("Subject to change"), QStringLiteral("Keynote")});
    REQUIRE(SeminarStore(file.database()).remove(seminarId).ok());
    CHECK(store.forSeminar(seminarId)->isEmpty());
    SqlStatement speakers(file.database(), QStringLiteral("SELECT count(*) FROM programme_speaker"));
    REQUIRE(speakers.exec().ok());
    REQUIRE(speakers.next());
    CHECK(speakers.value(0).toInt() == 0);
}

TEST_CASE("A programme whose times overlap or end before they start is refused, naming the items", "[programme]")
{
    const QTime t1330(13, 30), t1400(14, 0), t1415(14, 15), t1430(14, 30);
    CHECK(ProgrammeStore::problems({item(t1330, t1400, QStringLiteral("Opening")),
                                    item(t1400, t1430, QStringLiteral("Keynote")),
                                    item(t1430, {}, QStringLiteral("Q&A")), item({}, {}, QStringLiteral("Note"))})
              .isEmpty());

    const QList<ProgrammeItem> overlapping {item(t1330, t1415, QStringLiteral("Opening")),
                                            item(t1400, t1430, QStringLiteral("Keynote")),
                                            item(t1430, t1415, QStringLiteral("Backwards"))};
    const QList<ProgrammeStore::Problem> problems = ProgrammeStore::problems(overlapping);
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(0).item == 0);
    CHECK(problems.at(0).message
          == QStringLiteral("Programme item 1 “Opening” (13:30–14:15) overlaps item 2 “Keynote” "
                            "(14:00–14:30)."));
    CHECK(problems.at(1).item == 1);
    CHECK(problems.at(2).item == 2);
    CHECK(problems.at(2).message
          == QStringLiteral("Programme item 3 “Backwards” ends at 14:15, not after it starts at 14:30."));
    // Two items without an end never start together.
    CHECK(ProgrammeStore::validationError(
              {item(t1330, {}, QStringLiteral("Opening")), item(t1330, {}, QStringLiteral("Welcome"))})
          == QStringLiteral("Programme item 1 “Opening” (13:30) overlaps item 2 “Welcome” (13:30)."));
    CHECK(ProgrammeStore::validationError({item({}, t1400, QStringLiteral("Open end"))})
          == QStringLiteral("Programme item 1 “Open end” has an end but no start."));

    TestDatabaseFile file;
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    ProgrammeStore store(file.database());
    REQUIRE(store.replace(seminarId, {item(t1330, t1400, QStringLiteral("Kept"))}).ok());
    Status refused = store.replace(seminarId, overlapping);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().startsWith(QStringLiteral("Programme item 1 “Opening”")));
    CHECK(titles(*store.forSeminar(seminarId)) == QStringList {QStringLiteral("Kept")});
}

TEST_CASE("A seminar's programme is added, edited and deleted with it, each undone and redone",
          "[programme][RecordEdits]")
{
    TestDatabaseFile file;
    RecordEdits edits(file.database());
    ProgrammeStore store(file.database());
    ProgrammeItem opening = item(QTime(13, 30), QTime(13, 40), QStringLiteral("Opening"));
    opening.speakers = {{QStringLiteral("Kenichi YAHATA"), QStringLiteral("City of Kitakyushu")}};
    auto seminarId = edits.addSeminar(makeSeminar(), {opening});
    REQUIRE(seminarId.ok());
    CHECK(titles(*store.forSeminar(*seminarId)) == QStringList {QStringLiteral("Opening")});

    const Seminar seminar = *SeminarStore(file.database()).find(*seminarId);
    QList<ProgrammeItem> changed = *store.forSeminar(*seminarId);
    changed.append(item(QTime(13, 40), QTime(14, 30), QStringLiteral("Keynote")));
    REQUIRE(edits.editSeminar(seminar, changed).ok());
    CHECK(titles(*store.forSeminar(*seminarId)) == QStringList {QStringLiteral("Opening"), QStringLiteral("Keynote")});

    // An overlap is refused without a step; the programme stays.
    QList<ProgrammeItem> overlapping = changed;
    overlapping.append(item(QTime(14, 0), {}, QStringLiteral("Overlap")));
    CHECK_FALSE(edits.editSeminar(seminar, overlapping).ok());
    CHECK(edits.undoStack()->count() == 2);

    edits.undoStack()->undo();
    const QList<ProgrammeItem> undone = *store.forSeminar(*seminarId);
    CHECK(titles(undone) == QStringList {QStringLiteral("Opening")});
    CHECK(undone.first().speakers == opening.speakers);
    edits.undoStack()->redo();
    CHECK(titles(*store.forSeminar(*seminarId)) == QStringList {QStringLiteral("Opening"), QStringLiteral("Keynote")});

    REQUIRE(edits.deleteSeminar(*seminarId).ok());
    CHECK(store.forSeminar(*seminarId)->isEmpty());
    edits.undoStack()->undo();
    const QList<ProgrammeItem> restored = *store.forSeminar(*seminarId);
    CHECK(titles(restored) == QStringList {QStringLiteral("Opening"), QStringLiteral("Keynote")});
    CHECK(restored.first().speakers == opening.speakers);

    // Undoing the addition takes the programme with the seminar; redoing it brings both back.
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    CHECK_FALSE(SeminarStore(file.database()).find(*seminarId).ok());
    edits.undoStack()->redo();
    CHECK(titles(*store.forSeminar(*seminarId)) == QStringList {QStringLiteral("Opening")});
}
