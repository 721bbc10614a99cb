-- Seminar Desk data version 3, PostgreSQL form of ../003_registration_status_check.sql: the
-- registration status is checked with OR, as in SQLite. PostgreSQL changes a CHECK constraint in
-- place; no rebuild.
ALTER TABLE registration DROP CONSTRAINT registration_status_check;
ALTER TABLE registration ADD CONSTRAINT registration_status_check
    CHECK (status = 'registered' OR status = 'waitlisted' OR status = 'cancelled' OR status = 'attended');
