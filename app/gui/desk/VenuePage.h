#pragma once

#include <memory>

#include "gui/desk/DeskPage.h"

namespace Ui {
class VenuePage;
}

namespace sd {

class VenueListModel;

// Every venue of the database, shared by the seminars held there.
class VenuePage final : public DeskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenuePage)

public:
    VenuePage(const Database& database, RecordEdits& edits, QWidget* parent = nullptr);
    ~VenuePage() override;

    QString title() const override;
    bool followsSeminar() const override { return false; }
    void setSeminar(qint64 /*seminarId*/) override { }
    void reload() override;
    void addRecord() override { editVenue(0); }
    void editRecord() override;
    // Refused while a seminar is held at the venue.
    void removeRecord() override;

protected:
    void retranslate() override;

private:
    void editVenue(qint64 venueId);

    std::unique_ptr<Ui::VenuePage> m_ui;
    VenueListModel* m_model = nullptr;
};

} // namespace sd
