#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include "core/models/ContactListModel.h"
#include "gui/ContactEditor.h"
#include "gui/desk/ContactBookPage.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/GuiTestSupport.h"

using namespace sd;

TEST_CASE("The contact form refuses a bad e-mail address and keeps what was typed", "[ContactBookPage]")
{
    DeskFixture desk;
    desk.showPage<ContactBookPage>();
    QString refusal;
    QString kept;
    whenDialogOpens<ContactEditor>([&](ContactEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Hosoda"));
        auto* email = child<QLineEdit>(editor, "emailEdit");
        type(email, QStringLiteral("hosoda.example.jp"));
        QTest::keyClick(email, Qt::Key_Return);
        refusal = editor.errorText();
        kept = email->text();
        editor.reject();
    });
    desk.trigger("addAction");
    CHECK(refusal == QStringLiteral("“hosoda.example.jp” is not an e-mail address."));
    CHECK(kept == QStringLiteral("hosoda.example.jp"));
    CHECK(desk.view("contactView")->model()->rowCount() == 0);
}

TEST_CASE("A contact is added, found, edited and deleted, its job title shows as such", "[ContactBookPage]")
{
    DeskFixture desk;
    desk.showPage<ContactBookPage>();
    whenDialogOpens<ContactEditor>([](ContactEditor& editor) {
        type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("細田 花"));
        type(child<QLineEdit>(editor, "readingEdit"), QStringLiteral("ほそだ はな"));
        auto* job = child<QLineEdit>(editor, "roleEdit");
        type(job, QStringLiteral("Programme officer"));
        QTest::keyClick(job, Qt::Key_Return);
    });
    desk.trigger("addAction");
    QTableView* contacts = desk.view("contactView");
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(contacts->model()->headerData(ContactListModel::JobTitleColumn, Qt::Horizontal).toString()
          == QStringLiteral("Job title"));
    CHECK(desk.cell("contactView", 0, ContactListModel::JobTitleColumn) == QStringLiteral("Programme officer"));

    desk.trigger("findAction");
    type(child<QLineEdit>(desk.window, "contactSearchEdit"), QStringLiteral("細田"));
    CHECK(contacts->model()->rowCount() == 1);

    contacts->setCurrentIndex(contacts->model()->index(0, 0));
    whenDialogOpens<ContactEditor>([](ContactEditor& editor) {
        auto* organisation = child<QLineEdit>(editor, "organisationEdit");
        type(organisation, QStringLiteral("IGES"));
        QTest::keyClick(organisation, Qt::Key_Return);
    });
    desk.trigger("editAction");
    CHECK(desk.cell("contactView", 0, ContactListModel::OrganisationColumn) == QStringLiteral("IGES"));

    desk.trigger("deleteAction");
    CHECK(contacts->model()->rowCount() == 0);
    desk.trigger("undoAction");
    REQUIRE(contacts->model()->rowCount() == 1);
    CHECK(desk.cell("contactView", 0, ContactListModel::OrganisationColumn) == QStringLiteral("IGES"));
    desk.trigger("undoAction");
    CHECK(desk.cell("contactView", 0, ContactListModel::OrganisationColumn).isEmpty());
}
