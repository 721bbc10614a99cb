// A record editor whose record other desks may save meanwhile: what settles a refused save, once
// for every such editor (RecordDialog asks; this answers with the record's two versions).
#pragma once

#include <optional>

#include "gui/RecordDialog.h"
#include "gui/StoredVersion.h"

namespace sd {

template <typename Record> class VersionedRecordDialog : public RecordDialog
{
public:
    // How to read the form's record as stored now, to show both versions when someone else saved it
    // since the form read it. Without it, a refused save only says why.
    void setLoad(typename StoredVersion<Record>::Load load) { m_stored.setLoad(std::move(load)); }

protected:
    using RecordDialog::RecordDialog;

    // The record as the form would save it now, at the version(s) the form read.
    virtual Record formRecord() const = 0;
    // The form's record goes to the version(s) of THEIRS, its values as typed: the next save goes over
    // theirs (Keep Mine).
    virtual void takeVersionsOf(const Record& theirs) = 0;
    // The form shows THEIRS (Take Theirs).
    virtual void showTheirs(const Record& theirs) = 0;

private:
    std::optional<VersionConflict> conflict() final { return m_stored.conflictWith(formRecord()); }
    void keepMine() final { takeVersionsOf(m_stored.theirs()); }
    void takeTheirs() final { showTheirs(m_stored.theirs()); }

    StoredVersion<Record> m_stored;
};

} // namespace sd
