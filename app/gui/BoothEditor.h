#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>

#include "core/records/Booth.h"
#include "core/records/Contact.h"
#include "core/records/InterpreterShift.h"
#include "core/rota/SeminarRota.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class BoothEditor;
}

namespace sd {

// An interpretation booth with the interpreters assigned to it and their shifts.
class BoothEditor final : public VersionedRecordDialog<BoothWithShifts>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoothEditor)

public:
    using Save = std::function<Status(const Booth&, const QList<InterpreterShift>&)>;
    // Adds someone to the contact book to interpret (a form of its own); nothing when cancelled.
    using NewInterpreter = std::function<std::optional<Contact>()>;

    // INTERPRETERS are the contacts to choose from; SEMINAR_BOOTHS the seminar's booths (whose
    // channels a new channel must differ from); a new shift runs from SHIFT_START to SHIFT_END.
    BoothEditor(const QList<Contact>& interpreters, const QList<Booth>& seminarBooths, const QDateTime& shiftStart,
                const QDateTime& shiftEnd, Save save, QWidget* parent = nullptr);
    ~BoothEditor() override;

    void setBooth(const Booth& booth, const QList<InterpreterShift>& shifts);
    // Offers New Interpreter, which adds a contact with NEW_INTERPRETER and gives them a shift.
    void setNewInterpreter(NewInterpreter newInterpreter);
    // Offers Propose Rota and shows the rota's warnings about this booth as it is edited.
    void setRota(const SeminarRota& rota);
    Booth booth() const;
    QList<InterpreterShift> shifts() const;
    // Adds a row for an interpreter's shift and gives its row.
    int addShift(const InterpreterShift& shift);

protected:
    QString check() const override;
    Status save() override;
    BoothWithShifts formRecord() const override;
    void takeVersionsOf(const BoothWithShifts& theirs) override;
    void showTheirs(const BoothWithShifts& theirs) override;

private:
    enum ShiftColumn { InterpreterColumn, StartsColumn, EndsColumn };

    void addNewInterpreter();
    // Puts the proposed turns in place of the table's rows (Cancel brings the old ones back).
    void proposeRota();
    void showRotaWarnings();
    // Add Interpreter works, or the form says why not and what to do.
    void updateInterpreterChoices();

    std::unique_ptr<Ui::BoothEditor> m_ui;
    Save m_save;
    NewInterpreter m_newInterpreter;
    QList<Contact> m_interpreters;
    QList<Booth> m_seminarBooths;
    QDateTime m_shiftStart;
    QDateTime m_shiftEnd;
    Booth m_booth;
    std::optional<SeminarRota> m_rota;
};

} // namespace sd
