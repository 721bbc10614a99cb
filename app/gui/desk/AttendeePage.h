#pragma once

#include <memory>

#include <QStringList>

#include "gui/desk/DeskPage.h"

namespace Ui {
class AttendeePage;
}

namespace sd {

class RegistrationListModel;

// The attendees registered for the seminar picked: search as you type, filters by status and
// category, any column sorted; add, edit, take off the seminar, erase a person's data.
class AttendeePage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendeePage)

public:
    AttendeePage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~AttendeePage() override;

    QString title() const override;
    bool followsSeminar() const override { return true; }
    void setSeminar(qint64 seminarId) override;
    void reload() override;
    void addRecord() override;
    void editRecord() override;
    // Takes the registration off the seminar; the person stays in the database.
    void removeRecord() override;
    bool focusSearch() override;

    bool listsPeople() const override { return true; }
    // The people of the registrations picked (Edit ▸ Erase Personal Data).
    QList<qint64> selectedPeople() const override;
    // Selects registration ID of the seminar shown, clearing a search or filter that hides it.
    void showRegistration(qint64 registrationId);
    // The registrations picked (several at once: badges are reprinted for the few people picked).
    QList<qint64> selectedRegistrationIds() const;

protected:
    void retranslate() override;

private:
    void fillFilters();
    void applyFilter();
    void fitColumns();

    std::unique_ptr<Ui::AttendeePage> m_ui;
    RegistrationListModel* m_model = nullptr;
    qint64 m_seminarId = 0;
    // The filter the model has now: a keystroke reloads only what changed.
    QString m_appliedSearch;
    QStringList m_appliedStatuses;
    QString m_appliedCategory;
};

} // namespace sd
