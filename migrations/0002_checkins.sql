-- Backstride journal schema, version 2: the weekly function check-ins.
-- Never edit this file once released: change the schema with a new numbered migration.

-- One check-in a day at most: the global rating of change (-5 ... +5, may be left out) and a note.
CREATE TABLE checkin (
    id            INTEGER PRIMARY KEY,
    date          TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    global_change INTEGER CHECK (global_change IS NULL OR global_change BETWEEN -5 AND 5),
    notes         TEXT NOT NULL DEFAULT ''
);

-- Its activities, in the runner's order, each rated 0 (cannot do it) ... 10 (as before).
CREATE TABLE checkin_activity (
    checkin_id INTEGER NOT NULL REFERENCES checkin (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 4),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (checkin_id, position)
) WITHOUT ROWID;
