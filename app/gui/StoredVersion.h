// What a record editor keeps to settle a save refused because someone else saved the record since
// the form read it: how to read the record as it is stored now, and that version once read.
#pragma once

#include <functional>
#include <optional>

#include "core/Result.h"
#include "core/stores/VersionConflict.h"

namespace sd {

template <typename Record> class StoredVersion
{
public:
    // Reads the record MINE is a version of, as it is stored now.
    using Load = std::function<Result<Record>(const Record& mine)>;

    void setLoad(Load load) { m_load = std::move(load); }

    // Both versions, when the stored one is not the one MINE was read at (nothing without a Load,
    // or when the record is gone: the refusal says so).
    std::optional<VersionConflict> conflictWith(const Record& mine)
    {
        if (!m_load)
            return std::nullopt;
        Result<Record> stored = m_load(mine);
        if (!stored)
            return std::nullopt;
        VersionConflict conflict = VersionConflict::of(mine, *stored);
        if (!conflict.moved())
            return std::nullopt;
        m_theirs = *stored;
        return conflict;
    }
    // Theirs, as conflictWith() last read it.
    const Record& theirs() const { return m_theirs; }

private:
    Load m_load;
    Record m_theirs;
};

} // namespace sd
