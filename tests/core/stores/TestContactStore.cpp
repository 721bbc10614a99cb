#include <catch2/catch.hpp>

#include "core/stores/ContactStore.h"
#include "core/stores/SeminarStore.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("A contact round-trips every field", "[contact]")
{
    TestDatabaseFile file;
    ContactStore store(file.database());
    Contact contact;
    contact.kind = Contact::Kind::Organisation;
    contact.name = QStringLiteral("IGES北九州アーバンセンター（担当：八幡・東田）");
    contact.reading = QStringLiteral("アイジェス");
    contact.role = QStringLiteral("Enquiries");
    contact.organisation = QStringLiteral("Kitakyushu Urban Centre");
    contact.address = QStringLiteral("International Village Center 3F, 1-1-1 Hirano, Yahatahigashi-ku, Kitakyushu");
    contact.postalCode = QStringLiteral("805-0062");
    contact.tel = QStringLiteral("+81-93-681-1563");
    contact.fax = QStringLiteral("+81-93-681-1564");
    contact.email = QStringLiteral("kuc@example.jp");
    contact.notes = QStringLiteral("Yahata & Higashida");
    contact.latinName = QStringLiteral("IGES Kitakyushu Urban Centre (Yahata, Higashida)");
    contact.addressEn = QStringLiteral("International Village Center 3F, 1-1-1 Hirano");
    auto id = store.insert(contact);
    REQUIRE(id.ok());
    auto read = store.find(*id);
    REQUIRE(read.ok());
    CHECK(read->kind == Contact::Kind::Organisation);
    CHECK(read->name == contact.name);
    CHECK(read->reading == contact.reading);
    CHECK(read->role == contact.role);
    CHECK(read->organisation == contact.organisation);
    CHECK(read->address == contact.address);
    CHECK(read->postalCode == contact.postalCode);
    CHECK(read->tel == contact.tel);
    CHECK(read->fax == contact.fax);
    CHECK(read->email == contact.email);
    CHECK(read->notes == contact.notes);
    CHECK(read->latinName == contact.latinName);
    CHECK(read->addressEn == contact.addressEn);
    read->tel = QStringLiteral("093-681-1563");
    REQUIRE(store.update(*read).ok());
    CHECK(store.find(*id)->tel == QStringLiteral("093-681-1563"));
    REQUIRE(store.remove(*id).ok());
    CHECK(store.all()->isEmpty());
}

TEST_CASE("Contacts keep their reading in katakana and sort by its first word first", "[contact][collation]")
{
    TestDatabaseFile file;
    ContactStore store(file.database());
    const auto add = [&store](const char16_t* name, const char16_t* reading) {
        Contact contact;
        contact.name = QString::fromUtf16(name);
        contact.reading = QString::fromUtf16(reading);
        contact.email = QStringLiteral("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ");
        return *store.insert(contact);
    };
    add(u"山崎 智子", u"ヤマザキ トモコ");
    const qint64 yumi = add(u"山﨑 由美", u"やまさき ゆみ");
    add(u"山﨑 聡", u"ﾔﾏｻｷ ｻﾄｼ");
    CHECK(store.find(yumi)->reading == QStringLiteral("ヤマサキ ユミ"));
    CHECK(store.find(yumi)->email == QStringLiteral("info@example.jp"));
    QStringList names;
    for (const Contact& contact : *store.all())
        names.append(contact.name);
    CHECK(names == QStringList {QStringLiteral("山﨑 聡"), QStringLiteral("山﨑 由美"), QStringLiteral("山崎 智子")});
}

TEST_CASE("Contacts link to seminars by role", "[contact]")
{
    TestDatabaseFile file;
    const qint64 seminarId = *SeminarStore(file.database()).insert(makeSeminar());
    ContactStore store(file.database());
    Contact enquiries;
    enquiries.name = QStringLiteral("Yahata & Higashida");
    Contact press;
    press.name = QStringLiteral("Kitakyushu Times");
    const qint64 enquiriesId = *store.insert(enquiries);
    const qint64 pressId = *store.insert(press);
    REQUIRE(store.link(seminarId, enquiriesId, Contact::Role::Enquiries).ok());
    REQUIRE(store.link(seminarId, enquiriesId, Contact::Role::Enquiries).ok()); // twice is once
    REQUIRE(store.link(seminarId, pressId, Contact::Role::Press).ok());
    // Co-organisers (共催) and supporters (後援) are roles of their own.
    REQUIRE(store.link(seminarId, pressId, Contact::Role::CoOrganiser).ok());
    REQUIRE(store.link(seminarId, enquiriesId, Contact::Role::Supporter).ok());
    CHECK(store.forSeminar(seminarId, Contact::Role::CoOrganiser)->first().id == pressId);
    CHECK(store.forSeminar(seminarId, Contact::Role::Supporter)->first().id == enquiriesId);
    REQUIRE(store.unlink(seminarId, pressId, Contact::Role::CoOrganiser).ok());
    REQUIRE(store.unlink(seminarId, enquiriesId, Contact::Role::Supporter).ok());

    auto linked = store.forSeminar(seminarId);
    REQUIRE(linked.ok());
    CHECK(linked->size() == 2);
    auto forEnquiries = store.forSeminar(seminarId, Contact::Role::Enquiries);
    REQUIRE(forEnquiries->size() == 1);
    CHECK(forEnquiries->first().name == QStringLiteral("Yahata & Higashida"));

    REQUIRE(store.unlink(seminarId, pressId, Contact::Role::Press).ok());
    CHECK(store.forSeminar(seminarId)->size() == 1);
    CHECK(store.find(pressId).ok()); // unlinking keeps the contact
    REQUIRE(SeminarStore(file.database()).remove(seminarId).ok());
    CHECK(store.all()->size() == 2); // and so does deleting the seminar
}

TEST_CASE("The seminar's interpreters come first among whom a shift can go to", "[contact]")
{
    TestDatabaseFile file;
    SeminarStore seminars(file.database());
    const qint64 seminarId = *seminars.insert(makeSeminar());
    const qint64 otherSeminar = *seminars.insert(makeSeminar(QStringLiteral("Other")));
    ContactStore store(file.database());
    QList<qint64> ids;
    for (const auto& [name, reading] : {qMakePair(QStringLiteral("赤木"), QStringLiteral("あかぎ")),
                                        qMakePair(QStringLiteral("細田"), QStringLiteral("ほそだ")),
                                        qMakePair(QStringLiteral("山田"), QStringLiteral("やまだ"))}) {
        Contact contact;
        contact.name = name;
        contact.reading = reading;
        ids.append(*store.insert(contact));
    }
    // 山田 interprets at this seminar; 細田 is its organiser and interprets at another.
    REQUIRE(store.link(seminarId, ids.at(2), Contact::Role::Interpreter).ok());
    REQUIRE(store.link(seminarId, ids.at(1), Contact::Role::Organiser).ok());
    REQUIRE(store.link(otherSeminar, ids.at(1), Contact::Role::Interpreter).ok());

    auto choices = store.interpreterChoices(seminarId);
    REQUIRE(choices.ok());
    QStringList names;
    for (const Contact& contact : *choices)
        names.append(contact.name);
    CHECK(names == QStringList {QStringLiteral("山田"), QStringLiteral("赤木"), QStringLiteral("細田")});
}
