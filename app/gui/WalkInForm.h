#pragma once

#include <functional>
#include <memory>

#include <QList>

#include "core/records/Attendee.h"
#include "gui/RecordDialog.h"

namespace Ui {
class WalkInForm;
}

namespace sd {

// Someone at the door who is not registered: name, reading, organisation, e-mail, category and
// whether they need a receiver, from the keyboard (Tab between the fields, Enter to register).
// As the name and e-mail are typed it offers the people already in the database whom they may
// be, so that no one is added twice.
class WalkInForm final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInForm)

public:
    // Who in the database the person being typed may be.
    using KnownPeople = std::function<Result<QList<Attendee>>(const Attendee& person)>;
    // Registers the person (an attendee of the database when it has an id) and checks them in.
    using Save = std::function<Status(const Attendee& person, bool receiverNeeded)>;

    WalkInForm(KnownPeople knownPeople, Save save, QWidget* parent = nullptr);
    ~WalkInForm() override;

    // The person as typed, or the one of the database chosen.
    Attendee person() const;
    bool receiverNeeded() const;

protected:
    QString check() const override;
    Status save() override;
    void changeEvent(QEvent* event) override;

private:
    Attendee typed() const;
    void offerKnownPeople();
    void retranslate();

    std::unique_ptr<Ui::WalkInForm> m_ui;
    KnownPeople m_knownPeople;
    Save m_save;
    QList<Attendee> m_known;
};

} // namespace sd
