-- Seminar Desk data version 1. Times are ISO 8601 text: seminar times in local time
-- ("2026-02-13T13:30:00"), record times in UTC ("2026-01-20T04:05:06Z").
-- Portable SQL where it can be: the same schema runs on PostgreSQL through QPSQL.

CREATE TABLE venue (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    name_en TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    address_en TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    access_notes TEXT NOT NULL DEFAULT ''
);

-- A seminar owns its registrations, booths and contact links: they go when it goes.
-- A venue is shared: it cannot be deleted while a seminar is held there.
CREATE TABLE seminar (
    id INTEGER PRIMARY KEY,
    title_ja TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    short_title TEXT NOT NULL DEFAULT '',
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    programme TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    venue_id INTEGER REFERENCES venue (id) ON DELETE RESTRICT,
    organiser TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    languages TEXT NOT NULL DEFAULT 'ja,en',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'open', 'closed', 'held', 'cancelled')),
    CHECK (title_ja <> '' OR title_en <> ''),
    CHECK (ends_at >= starts_at)
);
CREATE INDEX seminar_starts ON seminar (starts_at);
CREATE INDEX seminar_venue ON seminar (venue_id);

-- sort_key is the ICU Japanese collation key of the reading (gojuon order, indexable);
-- search_text is the folded text that search-as-you-type matches, as UTF-8 bytes: instr() finds
-- a folded query in them byte by byte, with no text conversion per row.
CREATE TABLE attendee (
    id INTEGER PRIMARY KEY,
    family_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    family_reading TEXT NOT NULL DEFAULT '',
    given_reading TEXT NOT NULL DEFAULT '',
    latin_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    position TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'ja',
    category TEXT NOT NULL DEFAULT 'participant',
    notes TEXT NOT NULL DEFAULT '',
    sort_key BLOB NOT NULL DEFAULT X'',
    search_text BLOB NOT NULL DEFAULT X'',
    updated_at TEXT NOT NULL,
    CHECK (family_name <> '' OR given_name <> '')
);
-- The search text rides in the reading-order index: a search walks the index in gojuon order
-- and reads a table row only for a match, so the first page of results comes without a sort.
CREATE INDEX attendee_sort ON attendee (sort_key, id, search_text);
CREATE INDEX attendee_email ON attendee (email);

-- Deleting an attendee (APPI erasure) deletes their registrations with them.
CREATE TABLE registration (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES attendee (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'registered'
        CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended')),
    checkin_code TEXT NOT NULL UNIQUE,
    registered_at TEXT NOT NULL,
    checked_in_at TEXT,
    receiver_needed INTEGER NOT NULL DEFAULT 0 CHECK (receiver_needed IN (0, 1)),
    badge_printed_at TEXT,
    source TEXT NOT NULL DEFAULT 'manual',
    updated_at TEXT NOT NULL,
    UNIQUE (seminar_id, attendee_id)
);
CREATE INDEX registration_attendee ON registration (attendee_id);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organisation')),
    name TEXT NOT NULL CHECK (name <> ''),
    reading TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    tel TEXT NOT NULL DEFAULT '',
    fax TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    sort_key BLOB NOT NULL DEFAULT X''
);
CREATE INDEX contact_sort ON contact (sort_key, id);

CREATE TABLE seminar_contact (
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role TEXT NOT NULL
        CHECK (role IN ('enquiries', 'organiser', 'venue', 'interpreter', 'partner', 'press')),
    PRIMARY KEY (seminar_id, contact_id, role)
);
CREATE INDEX seminar_contact_contact ON seminar_contact (contact_id);

CREATE TABLE booth (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (name <> ''),
    language_pair TEXT NOT NULL DEFAULT 'ja-en',
    channel INTEGER NOT NULL CHECK (channel > 0),
    receivers_issued INTEGER NOT NULL DEFAULT 0 CHECK (receivers_issued >= 0),
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (seminar_id, channel)
);

-- An interpreter who is deleted from the contact book leaves their shifts with them.
CREATE TABLE interpreter_shift (
    id INTEGER PRIMARY KEY,
    booth_id INTEGER NOT NULL REFERENCES booth (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX interpreter_shift_booth ON interpreter_shift (booth_id);
CREATE INDEX interpreter_shift_contact ON interpreter_shift (contact_id);
