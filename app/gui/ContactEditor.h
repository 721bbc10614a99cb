#pragma once

#include <functional>
#include <memory>

#include "core/records/Contact.h"
#include "gui/RecordDialog.h"
#include "gui/StoredVersion.h"

namespace Ui {
class ContactEditor;
}

namespace sd {

// A person or organisation in the shared contact book.
class ContactEditor final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)

public:
    using Save = std::function<Status(const Contact&)>;

    explicit ContactEditor(Save save, QWidget* parent = nullptr);
    ~ContactEditor() override;

    void setContact(const Contact& contact);
    Contact contact() const;
    // How to read the contact as stored, to show both versions when someone else saved it meanwhile.
    void setLoad(StoredVersion<Contact>::Load load);

protected:
    QString check() const override;
    Status save() override;
    std::optional<VersionConflict> conflict() override;
    void keepMine() override;
    void takeTheirs() override;

private:
    std::unique_ptr<Ui::ContactEditor> m_ui;
    Save m_save;
    Contact m_contact;
    StoredVersion<Contact> m_stored;
};

} // namespace sd
