#pragma once

#include <functional>
#include <memory>

#include "core/records/Attendee.h"
#include "core/records/Registration.h"
#include "core/stores/RegistrationStore.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class AttendeeEditor;
}

namespace sd {

// A person and their registration for the seminar at hand, in one form; or the person alone.
class AttendeeEditor final : public VersionedRecordDialog<RegisteredAttendee>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendeeEditor)

public:
    using Save = std::function<Status(const Attendee&, const Registration&)>;

    explicit AttendeeEditor(Save save, QWidget* parent = nullptr);
    ~AttendeeEditor() override;

    void setRegisteredAttendee(const Attendee& attendee, const Registration& registration);
    // The person alone, as the People page edits them: the registration's half is hidden, and Save
    // is given a registration that nothing reads.
    void setAttendee(const Attendee& attendee);
    Attendee attendee() const;
    Registration registration() const;
    // (setLoad: the registration is read only when the form edits one, id > 0.)

protected:
    QString check() const override;
    Status save() override;
    RegisteredAttendee formRecord() const override;
    void takeVersionsOf(const RegisteredAttendee& theirs) override;
    void showTheirs(const RegisteredAttendee& theirs) override;

private:
    std::unique_ptr<Ui::AttendeeEditor> m_ui;
    Save m_save;
    Attendee m_attendee;
    Registration m_registration;
};

} // namespace sd
