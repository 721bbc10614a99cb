-- Seminar Desk data version 7, PostgreSQL form of ../007_registration_flyer_and_versions.sql.
ALTER TABLE seminar ADD COLUMN participation_fee integer NOT NULL DEFAULT 0 CHECK (participation_fee >= 0);
ALTER TABLE seminar ADD COLUMN reception_opens text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN registration_deadline text COLLATE "C";
ALTER TABLE seminar ADD COLUMN registration_url text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN registration_email text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE seminar ADD COLUMN application_methods text COLLATE "C" NOT NULL DEFAULT '';

ALTER TABLE contact ADD COLUMN latin_name text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN address_en text COLLATE "C" NOT NULL DEFAULT '';

ALTER TABLE attendee ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE registration ADD COLUMN badge_printed_version integer;
ALTER TABLE registration ADD COLUMN badge_printed_attendee_version integer;
UPDATE registration
SET badge_printed_version = CASE WHEN updated_at > badge_printed_at THEN 0 ELSE 1 END,
    badge_printed_attendee_version
        = CASE WHEN (SELECT attendee.updated_at FROM attendee WHERE attendee.id = registration.attendee_id)
                    > badge_printed_at THEN 0 ELSE 1 END
WHERE badge_printed_at IS NOT NULL;

-- The contact's roles at a seminar: PostgreSQL changes the CHECK constraint in place.
ALTER TABLE seminar_contact DROP CONSTRAINT seminar_contact_role_check;
ALTER TABLE seminar_contact ADD CONSTRAINT seminar_contact_role_check
    CHECK (role IN ('enquiries', 'organiser', 'co_organiser', 'supporter', 'venue', 'interpreter', 'partner',
                    'press'));
