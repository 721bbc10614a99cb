#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>

#include "gui/ContactEditor.h"
#include "gui/SeminarEditor.h"
#include "support/CatchQt.h"
#include "support/GuiTestSupport.h"
#include "support/TestDatabaseFile.h"

using namespace sd;

TEST_CASE("The seminar form's second tab holds registration and the flyer's facts", "[gui][seminar]")
{
    Seminar saved;
    SeminarEditor editor({}, [&saved](const Seminar& seminar, const QList<ProgrammeItem>&) -> Status {
        saved = seminar;
        return {};
    });
    Seminar seminar = makeSeminar();
    seminar.id = 7;
    editor.setSeminar(seminar);
    editor.show();
    auto* tabs = child<QTabWidget>(editor, "tabs");
    REQUIRE(tabs);
    CHECK(tabs->count() == 4);
    CHECK(tabs->widget(1)->objectName() == QStringLiteral("registrationTab"));

    // Nothing said yet: free of charge, no reception time, no deadline, no way to apply.
    CHECK(editor.seminar().participationFee == 0);
    CHECK_FALSE(editor.seminar().receptionOpens.isValid());
    CHECK_FALSE(editor.seminar().registrationDeadline.isValid());
    CHECK(child<QSpinBox>(editor, "feeSpin")->text() == QStringLiteral("Free of charge"));

    child<QSpinBox>(editor, "feeSpin")->setValue(1000);
    child<QTimeEdit>(editor, "receptionEdit")->setTime(QTime(13, 0));
    child<QDateEdit>(editor, "deadlineEdit")->setDate(seminar.startsAt.date().addDays(-7));
    child<QCheckBox>(editor, "webCheck")->setChecked(true);
    child<QCheckBox>(editor, "faxCheck")->setChecked(true);
    // Applying on the web without the form's address is refused, in the form.
    editor.accept();
    CHECK(editor.errorText().contains(QStringLiteral("registration form")));
    CHECK(editor.isVisible());
    type(child<QLineEdit>(editor, "urlEdit"), QStringLiteral("https://www.example.jp/apply"));
    CHECK(editor.errorText().isEmpty());
    editor.accept();
    CHECK(saved.participationFee == 1000);
    CHECK(saved.receptionOpens == QTime(13, 0));
    CHECK(saved.registrationDeadline == seminar.startsAt.date().addDays(-7));
    CHECK(saved.applicationMethods
          == QList<Seminar::ApplicationMethod> {Seminar::ApplicationMethod::Web, Seminar::ApplicationMethod::Fax});
    CHECK(saved.registrationUrl == QStringLiteral("https://www.example.jp/apply"));

    // What was stored comes back into the form as it was.
    SeminarEditor reopened({}, [](const Seminar&, const QList<ProgrammeItem>&) -> Status { return {}; });
    reopened.setSeminar(saved);
    CHECK(reopened.seminar().participationFee == 1000);
    CHECK(reopened.seminar().receptionOpens == QTime(13, 0));
    CHECK(reopened.seminar().applicationMethods == saved.applicationMethods);
}

TEST_CASE("The contact form keeps the Latin-script name and the English address", "[gui][contact]")
{
    Contact saved;
    ContactEditor editor([&saved](const Contact& contact) -> Status {
        saved = contact;
        return {};
    });
    editor.show();
    type(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("東田 里美"));
    type(child<QLineEdit>(editor, "latinNameEdit"), QStringLiteral("Satomi HIGASHIDA"));
    type(child<QLineEdit>(editor, "addressEnEdit"), QStringLiteral("2-2-11 Higashida, Kitakyushu"));
    editor.accept();
    CHECK(saved.name == QStringLiteral("東田 里美"));
    CHECK(saved.latinName == QStringLiteral("Satomi HIGASHIDA"));
    CHECK(saved.addressEn == QStringLiteral("2-2-11 Higashida, Kitakyushu"));
    ContactEditor reopened([](const Contact&) -> Status { return {}; });
    reopened.setContact(saved);
    CHECK(child<QLineEdit>(reopened, "latinNameEdit")->text() == QStringLiteral("Satomi HIGASHIDA"));
    CHECK(reopened.contact().addressEn == saved.addressEn);
}
