-- Seminar Desk data version 13, PostgreSQL form of ../013_versions_of_shared_records.sql.
ALTER TABLE seminar ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE venue ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE booth ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE contact ADD COLUMN version integer NOT NULL DEFAULT 1;
