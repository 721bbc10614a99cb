-- Seminar Desk data version 9: a log of the erasures of personal data past the retention period
-- (APPI): when, how many people and registrations, on which rule, and whether an undo brought them
-- back. Never who: a log of names would keep what the erasure removed.
CREATE TABLE erasure_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action = 'erased' OR action = 'restored'),
    people INTEGER NOT NULL CHECK (people >= 0),
    registrations INTEGER NOT NULL CHECK (registrations >= 0),
    period_months INTEGER NOT NULL CHECK (period_months > 0),
    last_seminar_before TEXT NOT NULL
);
