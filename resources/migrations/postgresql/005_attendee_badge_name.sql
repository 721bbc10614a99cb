-- Seminar Desk data version 5, PostgreSQL form of ../005_attendee_badge_name.sql.
ALTER TABLE attendee ADD COLUMN badge_name text COLLATE "C" NOT NULL DEFAULT '';
