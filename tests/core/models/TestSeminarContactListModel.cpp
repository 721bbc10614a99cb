#include <catch2/catch.hpp>

#include "core/models/SeminarContactListModel.h"
#include "core/settings/Translations.h"
#include "core/stores/ContactStore.h"
#include "support/CatchQt.h"
#include "support/SeminarFixture.h"

using namespace sd;

TEST_CASE("The seminar's contacts show once a role, each row knowing its link, telephones as the reader dials them",
          "[model][contact]")
{
    SeminarFixture fixture;
    ContactStore contacts(fixture.file.database());
    Contact centre;
    centre.name = QStringLiteral("Kitakyushu Urban Centre");
    centre.tel = QStringLiteral("093-681-1563");
    centre.email = QStringLiteral("centre@example.jp");
    const qint64 id = *contacts.insert(centre);
    REQUIRE(contacts.link(fixture.seminarId, id, Contact::Role::Organiser).ok());
    REQUIRE(contacts.link(fixture.seminarId, id, Contact::Role::Enquiries).ok());

    SeminarContactListModel model(fixture.file.database());
    model.setSeminar(fixture.seminarId);
    REQUIRE(model.rowCount() == 2);
    QStringList roles;
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK(model.idAt(row) == id);
        CHECK(model.linkAt(row).contact.id == id);
        roles.append(model.index(row, SeminarContactListModel::RoleColumn).data().toString());
        CHECK(Contact::roleName(model.linkAt(row).role) == roles.last());
    }
    roles.sort();
    CHECK(roles == QStringList {QStringLiteral("Enquiries"), QStringLiteral("Organiser")});
    // Stored as entered, shown as the reader dials it.
    CHECK(model.index(0, SeminarContactListModel::TelColumn).data().toString() == QStringLiteral("+81-93-681-1563"));
    Translations::install(QStringLiteral("ja"));
    CHECK(model.index(0, SeminarContactListModel::TelColumn).data().toString() == QStringLiteral("093-681-1563"));
    Translations::install(QString());
    CHECK(model.index(0, SeminarContactListModel::EmailColumn).data().toString()
          == QStringLiteral("centre@example.jp"));

    model.setSeminar(0);
    CHECK(model.rowCount() == 0);
}
