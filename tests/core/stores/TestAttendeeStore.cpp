#include <catch2/catch.hpp>

#include <QCollator>

#include "core/data/Database.h"
#include "core/data/SqlStatement.h"
#include "core/records/ReadingCollator.h"
#include "core/stores/AttendeeStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("An attendee round-trips every field", "[attendee]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    Attendee attendee = makeAttendee(QStringLiteral("髙橋"), QStringLiteral("花子"), QStringLiteral("タカハシ"),
                                     QStringLiteral("ハナコ"));
    attendee.latinName = QStringLiteral("Hanako TAKAHASHI");
    attendee.organisation = QStringLiteral("株式会社グリーンテック九州");
    attendee.position = QStringLiteral("課長");
    attendee.country = QStringLiteral("Japan");
    attendee.email = QStringLiteral("hanako@example.jp");
    attendee.phone = QStringLiteral("+81-93-000-0000");
    attendee.preferredLanguage = QStringLiteral("ja");
    attendee.category = QStringLiteral("speaker");
    attendee.notes = QStringLiteral("Vegetarian lunch");

    auto id = store.insert(attendee);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->familyName == attendee.familyName);
    CHECK(read->givenName == attendee.givenName);
    CHECK(read->familyReading == attendee.familyReading);
    CHECK(read->givenReading == attendee.givenReading);
    CHECK(read->latinName == attendee.latinName);
    CHECK(read->organisation == attendee.organisation);
    CHECK(read->position == attendee.position);
    CHECK(read->country == attendee.country);
    CHECK(read->email == attendee.email);
    CHECK(read->phone == attendee.phone);
    CHECK(read->preferredLanguage == attendee.preferredLanguage);
    CHECK(read->category == attendee.category);
    CHECK(read->notes == attendee.notes);
    CHECK(read->updatedAt.isValid());
    CHECK(read->version == 1);

    read->organisation = QStringLiteral("北九州市環境局");
    REQUIRE(store.update(*read).ok());
    CHECK(store.find(*id)->organisation == QStringLiteral("北九州市環境局"));
    // Every update counts the version up; a deleted attendee comes back with the one it had.
    REQUIRE(store.update(*store.find(*id)).ok());
    const Attendee twice = *store.find(*id);
    CHECK(twice.version == 3);
    REQUIRE(store.remove(*id).ok());
    REQUIRE(store.restore(twice).ok());
    CHECK(store.find(*id)->version == 3);
    REQUIRE(store.remove(*id).ok());
    CHECK_FALSE(store.find(*id).ok());
    CHECK(*store.count() == 0);
}

TEST_CASE("Names with quotes, emoji and Japanese round-trip byte for byte", "[attendee]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    const QStringList names
        = {QStringLiteral("O'Connor"), QStringLiteral("\"Bobby\" Tables'); DROP TABLE attendee; --"),
           QStringLiteral("🌏🌱 Green"),
           QStringLiteral("𠮷野"), // outside the BMP
           QStringLiteral("髙﨑"),     QStringLiteral("Zoë Ñúñez"),
           QStringLiteral("a\\b%c_d")};
    for (const QString& name : names) {
        Attendee attendee = makeAttendee(name, QStringLiteral("太郎"));
        attendee.notes = name;
        auto id = store.insert(attendee);
        REQUIRE(id.ok());
        auto read = store.find(*id);
        REQUIRE(read.ok());
        CHECK(read->familyName.toUtf8() == name.toUtf8());
        CHECK(read->notes.toUtf8() == name.toUtf8());
    }
    CHECK(*store.count() == names.size());
}

TEST_CASE("Text typed decomposed is stored composed (NFC)", "[attendee]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    Attendee attendee = makeAttendee(QStringLiteral("Rodri\u0301guez"), QStringLiteral("Jose\u0301"), {}, {});
    attendee.organisation = QStringLiteral("Universidad de Bogota\u0301");
    attendee.latinName = QStringLiteral("Jose\u0301 Rodri\u0301guez");
    attendee.familyReading = QStringLiteral("ロドリケ\u3099ス"); // ゲ as ケ and a combining voiced mark
    const qint64 id = *store.insert(attendee);
    const Attendee read = *store.find(id);
    CHECK(read.givenName == QStringLiteral("José"));
    CHECK(read.givenName.size() == 4);
    CHECK(read.familyName == QStringLiteral("Rodríguez"));
    CHECK(read.organisation == QStringLiteral("Universidad de Bogotá"));
    CHECK(read.latinName == QStringLiteral("José Rodríguez"));
    CHECK(read.familyReading == QStringLiteral("ロドリゲス"));
    Attendee updated = read;
    updated.position = QStringLiteral("Directora de Coope\u0301racio\u0301n");
    REQUIRE(store.update(updated).ok());
    CHECK(store.find(id)->position == QStringLiteral("Directora de Coopéración"));
}

TEST_CASE("An attendee needs a name and a well-formed e-mail", "[attendee]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    CHECK_FALSE(store.insert(makeAttendee({}, {})).ok());
    Attendee badEmail = makeAttendee(QStringLiteral("Santos"), QStringLiteral("Maria"));
    badEmail.email = QStringLiteral("maria at example.org");
    auto refused = store.insert(badEmail);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("maria at example.org")));
    CHECK(*store.count() == 0);
}

TEST_CASE("Attendees sort by reading in gojuon order, as ICU's Japanese collation does", "[attendee][collation]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    // Inserted out of order; code-point order would put カ before ガ and katakana after hiragana.
    const QList<QPair<QString, QString>> people = {
        {QStringLiteral("渡辺"), QStringLiteral("ワタナベ")}, {QStringLiteral("後藤"), QStringLiteral("ゴトウ")},
        {QStringLiteral("加藤"), QStringLiteral("カトウ")},   {QStringLiteral("青木"), QStringLiteral("あおき")},
        {QStringLiteral("伊藤"), QStringLiteral("イトウ")},   {QStringLiteral("小林"), QStringLiteral("コバヤシ")},
        {QStringLiteral("佐藤"), QStringLiteral("さとう")},   {QStringLiteral("上野"), QStringLiteral("ウエノ")},
        {QStringLiteral("林"), QStringLiteral("ハヤシ")},     {QStringLiteral("長谷川"), QStringLiteral("ハセガワ")},
    };
    QStringList readings;
    for (const auto& person : people) {
        REQUIRE(
            store.insert(makeAttendee(person.first, QStringLiteral("一"), person.second, QStringLiteral("イチ"))).ok());
        readings.append(person.second + QStringLiteral(" イチ"));
    }
    QCollator japanese {QLocale(QLocale::Japanese, QLocale::Japan)};
    std::sort(readings.begin(), readings.end(),
              [&](const QString& a, const QString& b) { return japanese.compare(a, b) < 0; });

    QStringList stored;
    for (const Attendee& attendee : *store.all())
        stored.append(attendee.name().displayReading());
    // Typed in hiragana, stored in katakana: the order is the same.
    readings.replaceInStrings(QStringLiteral("あおき"), QStringLiteral("アオキ"));
    readings.replaceInStrings(QStringLiteral("さとう"), QStringLiteral("サトウ"));
    CHECK(stored == readings);
    CHECK(stored.first() == QStringLiteral("アオキ イチ"));
    CHECK(stored.indexOf(QStringLiteral("カトウ イチ")) < stored.indexOf(QStringLiteral("ゴトウ イチ")));
    CHECK(stored.indexOf(QStringLiteral("コバヤシ イチ")) < stored.indexOf(QStringLiteral("サトウ イチ")));
    CHECK(stored.last() == QStringLiteral("ワタナベ イチ"));
}

TEST_CASE("People sort by their whole family reading first, then the given reading", "[attendee][collation]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    // Compared as one reading, the two families would interleave: サトシ, トモコ, マイ, ユミ.
    REQUIRE(store
                .insert(makeAttendee(QStringLiteral("山崎"), QStringLiteral("麻衣"), QStringLiteral("ヤマザキ"),
                                     QStringLiteral("マイ")))
                .ok());
    REQUIRE(store
                .insert(makeAttendee(QStringLiteral("山﨑"), QStringLiteral("由美"), QStringLiteral("やまさき"),
                                     QStringLiteral("ゆみ")))
                .ok());
    REQUIRE(store
                .insert(makeAttendee(QStringLiteral("山崎"), QStringLiteral("智子"), QStringLiteral("ﾔﾏｻﾞｷ"),
                                     QStringLiteral("ﾄﾓｺ")))
                .ok());
    REQUIRE(store
                .insert(makeAttendee(QStringLiteral("山﨑"), QStringLiteral("聡"), QStringLiteral("ヤマサキ"),
                                     QStringLiteral("サトシ")))
                .ok());
    QStringList order;
    for (const Attendee& attendee : *store.all())
        order.append(attendee.displayName() + QLatin1Char(' ') + attendee.name().displayReading());
    CHECK(order
          == QStringList {QStringLiteral("山﨑 聡 ヤマサキ サトシ"), QStringLiteral("山﨑 由美 ヤマサキ ユミ"),
                          QStringLiteral("山崎 智子 ヤマザキ トモコ"), QStringLiteral("山崎 麻衣 ヤマザキ マイ")});
}

TEST_CASE("Readings and e-mail addresses are stored as the office writes them, however typed", "[attendee]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    Attendee typed = makeAttendee(QStringLiteral("福沢"), QStringLiteral("雫"), QStringLiteral("ふくざわ"),
                                  QStringLiteral("ｼｽﾞｸ"));
    typed.email = QStringLiteral("ｓｈｉｚｕｋｕ＠ｅｘａｍｐｌｅ．ｊｐ");
    typed.country = QStringLiteral("日本");
    CHECK(AttendeeStore::validationError(typed).isEmpty()); // a full-width address is not refused
    const qint64 id = *store.insert(typed);
    Attendee stored = *store.find(id);
    CHECK(stored.familyReading == QStringLiteral("フクザワ"));
    CHECK(stored.givenReading == QStringLiteral("シズク"));
    CHECK(stored.email == QStringLiteral("shizuku@example.jp"));
    CHECK(stored.country == QStringLiteral("Japan"));

    stored.givenReading = QStringLiteral("しずく");
    REQUIRE(store.update(stored).ok());
    CHECK(store.find(id)->givenReading == QStringLiteral("シズク"));
}

TEST_CASE("The search text folds widths, kana and case", "[attendee][search]")
{
    Attendee attendee = makeAttendee(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                                     QStringLiteral("ハナコ"));
    attendee.latinName = QStringLiteral("Hanako YAMADA");
    attendee.organisation = QStringLiteral("ＫＩＴＡＫＹＵＳＨＵ Ｃｉｔｙ");
    const QString text = AttendeeStore::searchTextOf(attendee);
    CHECK(text.contains(QStringLiteral("やまだはなこ")));
    CHECK(text.contains(QStringLiteral("山田花子")));
    CHECK(text.contains(QStringLiteral("hanakoyamada")));
    CHECK(text.contains(QStringLiteral("kitakyushucity")));
    // The other order is found word by word (SearchText::searchKeys), not stored.
    CHECK_FALSE(text.contains(QStringLiteral("はなこやまだ")));
    CHECK_FALSE(text.contains(QStringLiteral("yamadahanako")));
}

TEST_CASE("The search text holds the reading in romaji that the Latin name does not", "[attendee][search]")
{
    Attendee makoto = makeAttendee(QStringLiteral("佐藤"), QStringLiteral("誠"), QStringLiteral("サトウ"),
                                   QStringLiteral("マコト"));
    const QString text = AttendeeStore::searchTextOf(makoto);
    for (const char* spelling : {"satou", "sato", "makoto"})
        CHECK(text.contains(QLatin1String(spelling)));

    // With a Latin name written as passports do, only the spelling it lacks is added.
    makoto.latinName = QStringLiteral("Makoto SATO");
    const QString withLatin = AttendeeStore::searchTextOf(makoto);
    CHECK(withLatin.count(QStringLiteral("makoto")) == 1);
    CHECK(withLatin.contains(QStringLiteral("satou")));
    CHECK(withLatin.size() < text.size() + 10);
}

TEST_CASE("Sort keys are made again when the stored collation version differs", "[attendee][collation]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    const qint64 watanabe
        = *store.insert(makeAttendee(QStringLiteral("渡辺"), QStringLiteral("一"), QStringLiteral("ワタナベ")));
    const qint64 aoki
        = *store.insert(makeAttendee(QStringLiteral("青木"), QStringLiteral("一"), QStringLiteral("アオキ")));
    // Keys from "another ICU": scrambled so that the order is wrong, and an old version recorded.
    SqlStatement scramble(file.database(), QStringLiteral("UPDATE attendee SET sort_key = ? WHERE id = ?"));
    REQUIRE(scramble.exec({QByteArray("\x01"), watanabe}).ok());
    REQUIRE(scramble.exec({QByteArray("\x02"), aoki}).ok());
    SqlStatement oldVersion(file.database(),
                            QStringLiteral("UPDATE database_property SET value = '0.0.0.0' "
                                           "WHERE name = 'collation_version'"));
    REQUIRE(oldVersion.exec().ok());
    REQUIRE(oldVersion.rowsAffected() == 1);
    CHECK(store.all()->first().familyName == QStringLiteral("渡辺"));

    file.reopen();
    AttendeeStore reopened(file.database());
    CHECK(reopened.all()->first().familyName == QStringLiteral("青木"));
}

TEST_CASE("Sort keys and search text of stored rows are made again when the way they are made changes",
          "[attendee][collation][search]")
{
    TestDatabaseFile file;
    AttendeeStore store(file.database());
    const qint64 aoki = *store.insert(
        makeAttendee(QStringLiteral("青木"), QStringLiteral("誠"), QStringLiteral("アオキ"), QStringLiteral("マコト")));
    const qint64 garcia = *store.insert(makeAttendee(QStringLiteral("García"), QStringLiteral("María")));
    // As the previous revision made them: the collation version alone recorded, search text
    // without romaji and with accents; sort keys in the order of entry (青木 first).
    SqlStatement stale(file.database(),
                       QStringLiteral("UPDATE attendee SET search_text = ?, sort_key = ? WHERE id = ?"));
    REQUIRE(stale.exec({QStringLiteral("青木").toUtf8(), QByteArray("\x01"), aoki}).ok());
    REQUIRE(stale.exec({QStringLiteral("García").toUtf8(), QByteArray("\x02"), garcia}).ok());
    SqlStatement oldVersion(file.database(),
                            QStringLiteral("UPDATE database_property SET value = ? "
                                           "WHERE name = 'collation_version'"));
    REQUIRE(oldVersion.exec({ReadingCollator::version()}).ok());
    REQUIRE(oldVersion.rowsAffected() == 1);

    file.reopen();
    SqlStatement search(file.database(),
                        QStringLiteral("SELECT family_name FROM attendee WHERE %1 ORDER BY sort_key")
                            .arg(file.database().dialect().containsBytes(QStringLiteral("search_text"))));
    REQUIRE(search.exec({QByteArrayLiteral("garcia")}).ok());
    REQUIRE(search.next());
    CHECK(search.value(0).toString() == QStringLiteral("García"));
    REQUIRE(search.exec({QByteArrayLiteral("makoto")}).ok());
    REQUIRE(search.next());
    CHECK(search.value(0).toString() == QStringLiteral("青木"));
    CHECK(AttendeeStore(file.database()).all()->first().familyName == QStringLiteral("García")); // Latin first
}

TEST_CASE("Two desks editing one attendee: the second save is refused with both versions shown", "[attendee][desks]")
{
    TestDatabaseFile file;
    auto other = file.openAnother();
    REQUIRE(other.ok());
    AttendeeStore here(file.database());
    AttendeeStore there(**other);
    const qint64 id = *here.insert(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    // Both desks open the same person.
    Attendee mine = *here.find(id);
    Attendee theirs = *there.find(id);
    theirs.organisation = QStringLiteral("北九州市環境局");
    REQUIRE(there.update(theirs).ok());
    mine.organisation = QStringLiteral("株式会社グリーンテック九州");
    const Status refused = here.update(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("someone else changed it")));
    // Nothing of theirs was overwritten; their version is there to show beside this one.
    const Attendee stored = *here.find(id);
    CHECK(stored.organisation == QStringLiteral("北九州市環境局"));
    CHECK(stored.version == mine.version + 1);
    // Saving this desk's values again over the version it has now seen works.
    mine.version = stored.version;
    REQUIRE(here.update(mine).ok());
    CHECK(there.find(id)->organisation == QStringLiteral("株式会社グリーンテック九州"));
    CHECK(there.find(id)->version == stored.version + 1);
}

TEST_CASE("Saving an attendee someone else deleted says it no longer exists", "[attendee][desks]")
{
    TestDatabaseFile file;
    auto other = file.openAnother();
    REQUIRE(other.ok());
    AttendeeStore here(file.database());
    const qint64 id = *here.insert(makeAttendee(QStringLiteral("山田"), QStringLiteral("花子")));
    const Attendee mine = *here.find(id);
    REQUIRE(AttendeeStore(**other).remove(id).ok());
    const Status refused = here.update(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("no longer exists")));
    CHECK_FALSE(here.find(id).ok());
}
