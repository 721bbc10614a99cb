#pragma once

#include <functional>
#include <memory>

#include "core/records/Venue.h"
#include "gui/VersionedRecordDialog.h"

namespace Ui {
class VenueEditor;
}

namespace sd {

// A venue's names, address and access notes, in Japanese and English.
class VenueEditor final : public VersionedRecordDialog<Venue>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueEditor)

public:
    using Save = std::function<Status(const Venue&)>;

    explicit VenueEditor(Save save, QWidget* parent = nullptr);
    ~VenueEditor() override;

    void setVenue(const Venue& venue);
    Venue venue() const;

protected:
    QString check() const override;
    Status save() override;
    Venue formRecord() const override;
    void takeVersionsOf(const Venue& theirs) override;
    void showTheirs(const Venue& theirs) override;

private:
    std::unique_ptr<Ui::VenueEditor> m_ui;
    Save m_save;
    Venue m_venue;
};

} // namespace sd
