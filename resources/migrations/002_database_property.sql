-- Seminar Desk data version 2: facts about the file itself, such as the version of the
-- collation that made the stored sort keys (they are rebuilt when ICU's collation changes).
CREATE TABLE database_property (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
