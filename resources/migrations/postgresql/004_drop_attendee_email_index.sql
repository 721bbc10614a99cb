-- Seminar Desk data version 4, PostgreSQL form of ../004_drop_attendee_email_index.sql.
DROP INDEX IF EXISTS attendee_email;
