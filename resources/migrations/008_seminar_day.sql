-- Seminar Desk data version 8: the seminar day. The check-in log, a seminar's interpretation
-- receivers (how many, their serial numbers and channels) and the ledger of who holds which;
-- the booth's single "receivers issued" number becomes the seminar's receiver count.

-- Every check-in, walk-in, undo, receiver issued and returned, with when, at which desk and by
-- which user of the computer. It goes with its seminar. Erasing a person keeps the lines with no
-- one named in them: the day's figures stay, the personal data goes.
CREATE TABLE checkin_log (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    attendee_id INTEGER REFERENCES attendee (id) ON DELETE SET NULL,
    action TEXT NOT NULL
        CHECK (action = 'check_in' OR action = 'walk_in' OR action = 'undo' OR action = 'receiver_issued'
               OR action = 'receiver_returned'),
    at TEXT NOT NULL,
    desk TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT '',
    -- check_in and walk_in: what the person was before (registered, waitlisted, cancelled; none:
    -- not registered for the seminar; new: not in the database)
    prior TEXT NOT NULL DEFAULT '',
    -- undo: the action it undid
    undoes TEXT NOT NULL DEFAULT '',
    -- receiver actions: the receiver's serial number (if it has one) and the deposit held
    serial TEXT NOT NULL DEFAULT '',
    deposit TEXT NOT NULL DEFAULT ''
);
CREATE INDEX checkin_log_attendee ON checkin_log (attendee_id, seminar_id);
CREATE INDEX checkin_log_seminar ON checkin_log (seminar_id);

-- How many receivers a seminar has; the numbered ones (optional) are in receiver.
CREATE TABLE receiver_inventory (
    seminar_id INTEGER PRIMARY KEY REFERENCES seminar (id) ON DELETE CASCADE,
    receiver_count INTEGER NOT NULL DEFAULT 0 CHECK (receiver_count >= 0)
);

CREATE TABLE receiver (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    serial TEXT NOT NULL CHECK (serial <> ''),
    channel INTEGER CHECK (channel > 0),
    UNIQUE (seminar_id, serial)
);

-- Who holds a receiver, since when, against what deposit; returned_at is set when it comes back.
CREATE TABLE receiver_loan (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE CASCADE,
    serial TEXT NOT NULL DEFAULT '',
    deposit TEXT NOT NULL DEFAULT 'none'
        CHECK (deposit = 'id_card' OR deposit = 'business_card' OR deposit = 'none'),
    issued_at TEXT NOT NULL,
    returned_at TEXT
);
-- One receiver out per person, and each numbered receiver out to one person, whichever desk
-- issues it.
CREATE UNIQUE INDEX receiver_loan_out_person ON receiver_loan (seminar_id, attendee_id) WHERE returned_at IS NULL;
CREATE UNIQUE INDEX receiver_loan_out_serial ON receiver_loan (seminar_id, serial)
    WHERE returned_at IS NULL AND serial <> '';
CREATE INDEX receiver_loan_attendee ON receiver_loan (attendee_id);

-- The booths' "receivers issued" were the seminar's receivers: they become its count.
INSERT INTO receiver_inventory (seminar_id, receiver_count)
SELECT seminar_id, sum(receivers_issued) FROM booth GROUP BY seminar_id HAVING sum(receivers_issued) > 0;
-- SQLite (3.35 and later) drops a column by rewriting the table in place: unlike a copy, a drop
-- and a rename, it leaves the interpreters' shifts, which cascade from booth, untouched.
ALTER TABLE booth DROP COLUMN receivers_issued;
