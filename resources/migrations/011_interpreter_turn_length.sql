-- Seminar Desk data version 11: how long an interpreter's turn in the booth lasts, per seminar, in
-- minutes: what the rota proposes and checks. AIIC's 30 by default; Japanese agencies often work
-- 15 to 20, and more than 40 wears an interpreter out.
ALTER TABLE seminar ADD COLUMN turn_minutes INTEGER NOT NULL DEFAULT 30 CHECK (turn_minutes BETWEEN 15 AND 40);
