#pragma once

#include <memory>

#include "gui/desk/DeskPage.h"

namespace Ui {
class SeminarContactsPage;
}

namespace sd {

class SeminarContactListModel;

// The contacts linked to the seminar picked, each with its role there (enquiries, organiser,
// interpreter ...): linked from the contact book, edited there, unlinked here.
class SeminarContactsPage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeminarContactsPage)

public:
    SeminarContactsPage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~SeminarContactsPage() override;

    QString title() const override;
    bool followsSeminar() const override { return true; }
    void setSeminar(qint64 seminarId) override;
    void reload() override;
    // Adding is choosing from the contact book: the keyboard goes to the choice.
    void addRecord() override;
    void editRecord() override;
    // Takes the link off the seminar; the contact stays in the book.
    void removeRecord() override;

protected:
    void retranslate() override;

private:
    void fillChoices();
    void fillRoles();
    void link();

    std::unique_ptr<Ui::SeminarContactsPage> m_ui;
    SeminarContactListModel* m_model = nullptr;
    qint64 m_seminarId = 0;
};

} // namespace sd
