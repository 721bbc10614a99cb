#pragma once

#include <functional>
#include <memory>

#include <QList>

#include "core/records/Seminar.h"
#include "core/records/Venue.h"
#include "gui/RecordDialog.h"

namespace Ui {
class SeminarEditor;
}

namespace sd {

// A seminar's titles, times, venue, capacity and texts.
class SeminarEditor final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeminarEditor)

public:
    using Save = std::function<Status(const Seminar&)>;

    SeminarEditor(const QList<Venue>& venues, Save save, QWidget* parent = nullptr);
    ~SeminarEditor() override;

    void setSeminar(const Seminar& seminar);
    Seminar seminar() const;

protected:
    QString check() const override;
    Status save() override;

private:
    std::unique_ptr<Ui::SeminarEditor> m_ui;
    Save m_save;
    Seminar m_seminar;
    QDateTime m_shownStart; // the start before the latest change, to move the end by as much
};

} // namespace sd
