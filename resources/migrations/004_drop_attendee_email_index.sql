-- Seminar Desk data version 4: no index on the attendee's e-mail address. Its only use was to
-- sort the registration list by e-mail, which a top-N sort does in 50 ms at 100,000 attendees,
-- as for the other columns; every attendee written paid for it with an insert at a random
-- place (a tenth of the time of an import of 100,000 rows). Duplicates are found in memory.
DROP INDEX IF EXISTS attendee_email;
