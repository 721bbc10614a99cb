-- Seminar Desk data version 5: the name on an attendee's badge, printed instead of their name when
-- it is set (the name a person goes by, a shorter form, a name in another script). Empty for every
-- attendee stored before.
ALTER TABLE attendee ADD COLUMN badge_name TEXT NOT NULL DEFAULT '';
