#pragma once

#include <functional>
#include <memory>

#include "core/records/Venue.h"
#include "gui/RecordDialog.h"
#include "gui/StoredVersion.h"

namespace Ui {
class VenueEditor;
}

namespace sd {

// A venue's names, address and access notes, in Japanese and English.
class VenueEditor final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueEditor)

public:
    using Save = std::function<Status(const Venue&)>;

    explicit VenueEditor(Save save, QWidget* parent = nullptr);
    ~VenueEditor() override;

    void setVenue(const Venue& venue);
    Venue venue() const;
    // How to read the venue as stored, to show both versions when someone else saved it meanwhile.
    void setLoad(StoredVersion<Venue>::Load load);

protected:
    QString check() const override;
    Status save() override;
    std::optional<VersionConflict> conflict() override;
    void keepMine() override;
    void takeTheirs() override;

private:
    std::unique_ptr<Ui::VenueEditor> m_ui;
    Save m_save;
    Venue m_venue;
    StoredVersion<Venue> m_stored;
};

} // namespace sd
