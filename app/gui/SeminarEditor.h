#pragma once

#include <functional>
#include <memory>

#include <QList>

#include "core/records/ProgrammeItem.h"
#include "core/records/Seminar.h"
#include "core/records/Venue.h"
#include "gui/RecordDialog.h"
#include "gui/StoredVersion.h"

namespace Ui {
class SeminarEditor;
}

namespace sd {

class ProgrammeItemDelegate;
class ProgrammeTableModel;

// A seminar's titles, times, venue, capacity, texts and programme (a table of items).
class SeminarEditor final : public RecordDialog
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

    // How to read the seminar and its programme as stored, to show both versions when someone else
    // saved them meanwhile.
    void setLoad(StoredVersion<SeminarWithProgramme>::Load load);

protected:
    QString check() const override;
    Status save() override;
    std::optional<VersionConflict> conflict() override;
    void keepMine() override;
    void takeTheirs() override;

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
    StoredVersion<SeminarWithProgramme> m_stored;
};

} // namespace sd
