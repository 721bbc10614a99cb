-- Seminar Desk data version 7: what a flyer needs to tell readers how to apply, the English form of
-- a contact, co-organisers and supporters, and a change counter for badges.
--
-- The seminar: participation fee in yen (0: free, 無料), the time reception opens ("13:00", or
-- empty), the registration deadline ("2027-02-05", or NULL), where to apply (a web form and an
-- e-mail address) and how (a comma list of web, email, fax).
ALTER TABLE seminar ADD COLUMN participation_fee INTEGER NOT NULL DEFAULT 0 CHECK (participation_fee >= 0);
ALTER TABLE seminar ADD COLUMN reception_opens TEXT NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN registration_deadline TEXT;
ALTER TABLE seminar ADD COLUMN registration_url TEXT NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN registration_email TEXT NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN application_methods TEXT NOT NULL DEFAULT '';

-- A contact's name in Latin script and address in English, for the English flyer.
ALTER TABLE contact ADD COLUMN latin_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN address_en TEXT NOT NULL DEFAULT '';

-- Every change of an attendee or a registration counts up its version (one place in each store).
-- A badge marked printed keeps the versions it was painted from: "changed since printed" compares
-- counters, which an edit in the same second as the print still moves.
ALTER TABLE attendee ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN badge_printed_version INTEGER;
ALTER TABLE registration ADD COLUMN badge_printed_attendee_version INTEGER;
-- Badges printed before this version: version 1 was printed unless the row changed after the
-- print (by the times kept until now); a changed one gets 0, a version no row ever has.
UPDATE registration
SET badge_printed_version = CASE WHEN updated_at > badge_printed_at THEN 0 ELSE 1 END,
    badge_printed_attendee_version
        = CASE WHEN (SELECT attendee.updated_at FROM attendee WHERE attendee.id = registration.attendee_id)
                    > badge_printed_at THEN 0 ELSE 1 END
WHERE badge_printed_at IS NOT NULL;

-- Two more roles of a contact at a seminar: co-organiser (共催) and supporter (後援). SQLite
-- cannot change a CHECK constraint in place, so the link table is rebuilt, its rows and index kept.
CREATE TABLE seminar_contact_v7 (
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role TEXT NOT NULL
        CHECK (role IN ('enquiries', 'organiser', 'co_organiser', 'supporter', 'venue', 'interpreter', 'partner',
                        'press')),
    PRIMARY KEY (seminar_id, contact_id, role)
);
INSERT INTO seminar_contact_v7 (seminar_id, contact_id, role)
SELECT seminar_id, contact_id, role FROM seminar_contact;
DROP TABLE seminar_contact;
ALTER TABLE seminar_contact_v7 RENAME TO seminar_contact;
CREATE INDEX seminar_contact_contact ON seminar_contact (contact_id);
