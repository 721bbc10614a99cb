-- Seminar Desk data version 12: what the receiver forecast needs beside the inventory. How many
-- channels the seminar's receiver system offers besides the floor (0: not stated, nothing checked),
-- and the margin added to the receivers the registrations call for, in per cent (10 by default).
ALTER TABLE receiver_inventory ADD COLUMN system_channels INTEGER NOT NULL DEFAULT 0
    CHECK (system_channels >= 0 AND system_channels <= 99);
ALTER TABLE receiver_inventory ADD COLUMN margin_percent INTEGER NOT NULL DEFAULT 10
    CHECK (margin_percent >= 0 AND margin_percent <= 100);
