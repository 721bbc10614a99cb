// Alt+letter must lead to one place: no two labels, buttons, tabs or menus that show together
// share their underlined letter, in either language.
#include <catch2/catch.hpp>

#include <functional>

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QWizard>

#include "core/settings/AppSettings.h"
#include "core/settings/Translations.h"
#include "core/stores/RecordEdits.h"
#include "gui/AttendanceSummaryDialog.h"
#include "gui/AttendeeEditor.h"
#include "gui/BadgeDialog.h"
#include "gui/BoothEditor.h"
#include "gui/ContactEditor.h"
#include "gui/DoorBadgeDialog.h"
#include "gui/ExportCsvDialog.h"
#include "gui/FlyerDialog.h"
#include "gui/ImportCsvWizard.h"
#include "gui/OutstandingReceiversDialog.h"
#include "gui/PastRetentionDialog.h"
#include "gui/ReceiverInventoryDialog.h"
#include "gui/ReceptionListDialog.h"
#include "gui/SeminarEditor.h"
#include "gui/SettingsDialog.h"
#include "gui/SharedDatabaseDialog.h"
#include "gui/VenueEditor.h"
#include "gui/WalkInForm.h"
#include "support/CatchQt.h"
#include "support/DeskFixture.h"
#include "support/SeminarFixture.h"

using namespace sd;

namespace {

// The letter that Alt and it reach in TEXT ("&&" is a plain ampersand), lower case; null when none.
QChar mnemonic(const QString& text)
{
    for (int at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) != QLatin1Char('&'))
            continue;
        if (text.at(at + 1) != QLatin1Char('&'))
            return text.at(at + 1).toLower();
        ++at;
    }
    return {};
}

// The texts that claim each letter in one place.
class Claims
{
public:
    void add(const QString& text)
    {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            m_texts[letter].append(text);
    }
    // "t: S&tatus: | &Texts" for each letter claimed twice or more.
    QStringList clashes() const
    {
        QStringList found;
        for (auto each = m_texts.cbegin(); each != m_texts.cend(); ++each) {
            if (each->size() > 1)
                found.append(QStringLiteral("%1: %2").arg(each.key(), each->join(QStringLiteral(" | "))));
        }
        return found;
    }

private:
    QMap<QChar, QStringList> m_texts;
};

// What WINDOW shows at once: labels that lead to a field, buttons, group boxes, tab titles and the
// menu bar's titles.
Claims shownTogether(QWidget& window)
{
    Claims claims;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy() && label->isVisibleTo(&window))
            claims.add(label->text());
    }
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window))
            claims.add(button->text());
    }
    for (const QGroupBox* group : window.findChildren<QGroupBox*>()) {
        if (group->isVisibleTo(&window))
            claims.add(group->title());
    }
    for (const QTabBar* tabs : window.findChildren<QTabBar*>()) {
        for (int tab = 0; tabs->isVisibleTo(&window) && tab < tabs->count(); ++tab)
            claims.add(tabs->tabText(tab));
    }
    for (const QMenuBar* bar : window.findChildren<QMenuBar*>()) {
        for (const QAction* menu : bar->actions())
            claims.add(menu->text());
    }
    return claims;
}

// Checks WINDOW with each tab of each tab widget in front in turn, and a wizard page by page.
void checkWindow(QWidget& window, const QString& name)
{
    window.show();
    const auto check = [&window, &name](const QString& state) {
        INFO((name + state).toStdString());
        CHECK(shownTogether(window).clashes() == QStringList());
    };
    check(QString());
    for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
        for (int tab = 0; tabs->isVisibleTo(&window) && tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(QStringLiteral(", tab ") + tabs->tabText(tab));
        }
    }
    if (auto* wizard = qobject_cast<QWizard*>(&window)) {
        for (int id : wizard->pageIds()) {
            Claims claims;
            QWizardPage* page = wizard->page(id);
            for (const QLabel* label : page->findChildren<QLabel*>()) {
                if (label->buddy() && label->isVisibleTo(page))
                    claims.add(label->text());
            }
            for (const QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
                if (button->isVisibleTo(page))
                    claims.add(button->text());
            }
            for (QWizard::WizardButton button : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                                 QWizard::FinishButton, QWizard::CancelButton})
                claims.add(wizard->buttonText(button));
            INFO((name + QStringLiteral(", page ") + page->title()).toStdString());
            CHECK(claims.clashes() == QStringList());
        }
    }
    window.hide();
}

void checkMenus(QWidget& window)
{
    for (QMenu* menu : window.findChildren<QMenu*>()) {
        Q_EMIT menu->aboutToShow(); // the recent files are listed when the menu opens
        Claims claims;
        for (const QAction* action : menu->actions())
            claims.add(action->text());
        INFO(menu->title().toStdString());
        CHECK(claims.clashes() == QStringList());
    }
}

// Every form and menu of the program in LANGUAGE.
void checkEverything(const QString& language)
{
    Translations::install(language);
    {
        DeskFixture desk;
        checkWindow(desk.window, QStringLiteral("welcome"));
        desk.createSeminar();
        checkWindow(desk.window, QStringLiteral("desk"));
        checkMenus(desk.window);
    }
    SeminarFixture fixture;
    Database& database = fixture.file.database();
    const auto check = [](QWidget&& window, const char* name) {
        checkWindow(window, QString::fromLatin1(name));
    };
    check(AttendeeEditor([](const Attendee&, const Registration&) { return Status(); }), "AttendeeEditor");
    check(SeminarEditor({}, [](const Seminar&, const QList<ProgrammeItem>&) { return Status(); }), "SeminarEditor");
    check(ContactEditor([](const Contact&) { return Status(); }), "ContactEditor");
    check(VenueEditor([](const Venue&) { return Status(); }), "VenueEditor");
    check(WalkInForm([](const Attendee&) { return QList<Attendee>(); }, [](const Attendee&, bool) { return Status(); }),
          "WalkInForm");
    BoothEditor booth({}, {}, {}, {}, [](const Booth&, const QList<InterpreterShift>&) { return Status(); });
    booth.setNewInterpreter([] { return std::optional<Contact>(); });
    check(std::move(booth), "BoothEditor");
    AppSettings settings;
    check(SettingsDialog(settings), "SettingsDialog");
    check(SharedDatabaseDialog({QStringLiteral("postgresql://desk@db.example.org/seminars")},
                               [](const DatabaseUrl&, const QString&) { return Status(); }),
          "SharedDatabaseDialog");
    check(DoorBadgeDialog(settings), "DoorBadgeDialog");
    check(ReceiverInventoryDialog({2, {{0, 0, QStringLiteral("R-001"), 1}}},
                                  [](const ReceiverInventory&) { return Status(); }),
          "ReceiverInventoryDialog");
    check(ExportCsvDialog(database, fixture.seminarId), "ExportCsvDialog");
    RecordEdits edits(database);
    check(ImportCsvWizard(database, edits, fixture.seminarId), "ImportCsvWizard");
    check(BadgeDialog(database, fixture.seminarId, {}), "BadgeDialog");
    check(FlyerDialog(database, fixture.seminarId), "FlyerDialog");
    check(PastRetentionDialog(
              PersonalDataErasure(database, RetentionPeriod(1), QDateTime::currentDateTime().addYears(5)), {}),
          "PastRetentionDialog");
    check(ReceptionListDialog(database, fixture.seminarId), "ReceptionListDialog");
    check(OutstandingReceiversDialog(database, fixture.seminarId), "OutstandingReceiversDialog");
    check(AttendanceSummaryDialog(database, fixture.seminarId), "AttendanceSummaryDialog");
    Translations::install(QStringLiteral("en"));
}

} // namespace

TEST_CASE("No two things that show together share an Alt key, in English", "[mnemonics]")
{
    checkEverything(QStringLiteral("en"));
}

TEST_CASE("No two things that show together share an Alt key, in Japanese", "[mnemonics][translation]")
{
    checkEverything(QStringLiteral("ja"));
}
