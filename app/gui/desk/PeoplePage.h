#pragma once

#include <memory>

#include "gui/desk/DeskPage.h"

namespace Ui {
class PeoplePage;
}

namespace sd {

class PersonListModel;
class PersonRegistrationListModel;

// Every person in the database, whatever seminar they came to, searchable, with the registrations
// of the person selected below: edit a person, merge two records of one person, erase personal data
// (of the people selected, or of everyone past the retention period).
class PeoplePage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    PeoplePage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~PeoplePage() override;

    QString title() const override;
    bool followsSeminar() const override { return false; }
    void setSeminar(qint64 /*seminarId*/) override { }
    void reload() override;
    // A person registered for no seminar yet.
    void addRecord() override;
    void editRecord() override;
    // Erases the personal data of the people selected, after asking.
    void removeRecord() override;
    bool focusSearch() override;
    bool listsPeople() const override { return true; }
    QList<qint64> selectedPeople() const override;
    void saveViewState() const override;

    // Merges the two people selected through the merge dialog.
    void mergeSelected();
    // Lists the people past the retention period in Settings, read now, and erases them if the
    // user confirms: one step of Edit ▸ Undo.
    void showPastRetention();

Q_SIGNALS:
    // A registration of the person was chosen (Return or a double click): the desk shows it on its
    // seminar's Attendees page.
    void registrationChosen(qint64 seminarId, qint64 registrationId);

protected:
    void retranslate() override;

private:
    void showRegistrations();
    void updateButtons();

    std::unique_ptr<Ui::PeoplePage> m_ui;
    PersonListModel* m_people = nullptr;
    PersonRegistrationListModel* m_registrations = nullptr;
};

} // namespace sd
