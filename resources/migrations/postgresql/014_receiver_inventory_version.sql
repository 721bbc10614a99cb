-- Seminar Desk data version 14, PostgreSQL form of ../014_receiver_inventory_version.sql.
ALTER TABLE receiver_inventory ADD COLUMN version integer NOT NULL DEFAULT 1;
