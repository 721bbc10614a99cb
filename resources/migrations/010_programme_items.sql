-- Seminar Desk data version 10: a seminar's programme as items instead of one text, so that the
-- flyer, the interpreters' rota and the booth sheet can read when, what, who and in which language.
--
-- An item: its place in the programme (from 1), times of day on the seminar's date ("13:30", NULL:
-- not said), titles, the language spoken ("ja", "en" ...; empty: several or not said), and its kind:
-- a session, a break (nobody's turn to interpret) or a line of text that is neither.
CREATE TABLE programme_item (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminar (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position > 0),
    starts_at TEXT,
    ends_at TEXT,
    title_ja TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'session' CHECK (kind = 'session' OR kind = 'break' OR kind = 'text'),
    UNIQUE (seminar_id, position)
);

-- Who speaks at an item, in order: a name and where they come from.
CREATE TABLE programme_speaker (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES programme_item (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position > 0),
    name TEXT NOT NULL DEFAULT '',
    affiliation TEXT NOT NULL DEFAULT '',
    UNIQUE (item_id, position)
);

-- The step of this version (MigrationStep) then reads each seminar's programme text into items,
-- keeping a line it cannot read as a text item, and drops the column seminar.programme.
