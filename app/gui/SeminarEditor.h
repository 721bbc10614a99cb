#pragma once

#include <functional>
#include <memory>

#include <QList>

#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/Venue.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class SeminarEditor;
}

namespace sd {

class ProgrammeItemDelegate;
class ProgrammeTableModel;

// A seminar's titles, times, venue, capacity, texts and programme (a table of items).
class SeminarEditor final : public VersionedRecordDialog<SeminarWithProgramme>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeminarEditor)

public:
    using Save = std::function<Status(const Seminar&, const QList<ProgrammeItem>&)>;

    SeminarEditor(const QList<Venue>& venues, Save save, QWidget* parent = nullptr);
    ~SeminarEditor() override;

    void setSeminar(const Seminar& seminar, const QList<ProgrammeItem>& programme = {});
    Seminar seminar() const;
    QList<ProgrammeItem> programme() const;

protected:
    QString check() const override;
    Status save() override;
    SeminarWithProgramme formRecord() const override;
    void takeVersionsOf(const SeminarWithProgramme& theirs) override;
    void showTheirs(const SeminarWithProgramme& theirs) override;

private:
    void setUpProgramme();
    // Adds an item after the current one and starts typing its start time.
    void addProgrammeItem();
    void moveProgrammeItem(int by);

    std::unique_ptr<Ui::SeminarEditor> m_ui;
    ProgrammeTableModel* m_programme = nullptr;
    ProgrammeItemDelegate* m_programmeDelegate = nullptr;
    Save m_save;
    Seminar m_seminar;
    QDateTime m_shownStart; // the start before the latest change, to move the end by as much
};

} // namespace sd
