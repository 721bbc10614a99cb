-- Seminar Desk data version 14: the receiver inventory (count, channels, margin) carries a version
-- as the records of version 13 do. Two desks setting one seminar's receivers: the second save is
-- refused unless it was made over the version its dialog read. Inventories stored before start at 1.
ALTER TABLE receiver_inventory ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
