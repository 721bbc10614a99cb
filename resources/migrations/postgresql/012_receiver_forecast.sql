-- Seminar Desk data version 12, PostgreSQL form of ../012_receiver_forecast.sql.
ALTER TABLE receiver_inventory ADD COLUMN system_channels integer NOT NULL DEFAULT 0
    CHECK (system_channels >= 0 AND system_channels <= 99);
ALTER TABLE receiver_inventory ADD COLUMN margin_percent integer NOT NULL DEFAULT 10
    CHECK (margin_percent >= 0 AND margin_percent <= 100);
