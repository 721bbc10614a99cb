-- Seminar Desk data version 11, PostgreSQL form of ../011_interpreter_turn_length.sql.
ALTER TABLE seminar ADD COLUMN turn_minutes integer NOT NULL DEFAULT 30 CHECK (turn_minutes BETWEEN 15 AND 40);
