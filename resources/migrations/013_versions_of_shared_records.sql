-- Seminar Desk data version 13: every record that desks edit carries a version, as attendees and
-- registrations do since version 7. An update counts it up and is refused unless the record is
-- still at the version its editor read: two desks editing one seminar, venue, booth or contact
-- never overwrite each other's change silently. Records stored before start at version 1.
ALTER TABLE seminar ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE venue ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE booth ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
