#pragma once

#include <functional>
#include <memory>

#include "core/records/Contact.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class ContactEditor;
}

namespace sd {

// A person or organisation in the shared contact book.
class ContactEditor final : public VersionedRecordDialog<Contact>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditor)

public:
    using Save = std::function<Status(const Contact&)>;

    explicit ContactEditor(Save save, QWidget* parent = nullptr);
    ~ContactEditor() override;

    void setContact(const Contact& contact);
    Contact contact() const;

protected:
    QString check() const override;
    Status save() override;
    Contact formRecord() const override;
    void takeVersionsOf(const Contact& theirs) override;
    void showTheirs(const Contact& theirs) override;

private:
    std::unique_ptr<Ui::ContactEditor> m_ui;
    Save m_save;
    Contact m_contact;
};

} // namespace sd
