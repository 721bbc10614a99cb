#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "core/models/SeminarContactListModel.h"
#include "core/records/Contact.h"
#include "core/stores/RecordEdits.h"
#include "gui/ContactEditor.h"
#include "gui/desk/SeminarContactsPage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"

using namespace sd;

TEST_CASE("A contact is linked to the seminar, edited, unlinked, and each step undone", "[SeminarContactsPage]")
{
    DeskFixture desk;
    desk.createSeminar();
    Contact contact;
    contact.name = QStringLiteral("Akagi");
    REQUIRE(desk.desk().edits()->addContact(contact).ok());
    desk.showPage<SeminarContactsPage>();
    auto* role = child<QComboBox>(desk.window, "linkRoleCombo");
    role->setCurrentIndex(role->findData(Contact::roleKey(Contact::Role::Enquiries)));
    QTest::mouseClick(child<QPushButton>(desk.window, "linkButton"), Qt::LeftButton);
    QTableView* contacts = desk.view("seminarContactView");
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(desk.cell("seminarContactView", 0, SeminarContactListModel::NameColumn) == QStringLiteral("Akagi"));
    CHECK(desk.cell("seminarContactView", 0, SeminarContactListModel::RoleColumn) == QStringLiteral("Enquiries"));
    desk.trigger("undoAction");
    CHECK(contacts->model()->rowCount() == 0);
    desk.trigger("redoAction");
    REQUIRE(contacts->model()->rowCount() == 1);

    contacts->setCurrentIndex(contacts->model()->index(0, 0));
    whenDialogOpens<ContactEditor>([](ContactEditor& editor) {
        auto* tel = child<QLineEdit>(editor, "telEdit");
        type(tel, QStringLiteral("093-681-1563"));
        QTest::keyClick(tel, Qt::Key_Return);
    });
    desk.trigger("editAction");
    // The English desk shows a number of Japan as dialled from abroad.
    CHECK(desk.cell("seminarContactView", 0, SeminarContactListModel::TelColumn) == QStringLiteral("+81-93-681-1563"));

    desk.trigger("deleteAction");
    CHECK(contacts->model()->rowCount() == 0);
    desk.trigger("undoAction");
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(desk.cell("seminarContactView", 0, SeminarContactListModel::RoleColumn) == QStringLiteral("Enquiries"));
}
