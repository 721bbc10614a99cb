#pragma once

namespace sd {

// The figures the desk shows for a seminar: its registrations by status, and what is left.
struct SeminarCounts
{
    int registered = 0;
    int waitlisted = 0;
    int cancelled = 0;
    int attended = 0;
    int receiversNeeded = 0; // among those still coming or come
    int capacity = 0; // 0: unlimited

    // Registrations in any status: what deleting the seminar deletes.
    int all() const { return registered + waitlisted + cancelled + attended; }
    // Seats left for new registrations; -1 when the seminar has no capacity limit.
    int capacityLeft() const { return capacity > 0 ? capacity - registered - attended : -1; }
};

} // namespace sd
