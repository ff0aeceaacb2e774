-- Backstride journal schema, version 1.
-- Never edit this file once released: change the schema with a new numbered migration.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM[:SS], distances metres, durations seconds.
-- Lists of vocabulary words are stored space-separated in vocabulary order: they are short,
-- drawn from fixed vocabularies and always read together with their entry.

PRAGMA application_id = 1112757330; -- 'BSTR': marks the file as a Backstride journal

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE day (
    id            INTEGER PRIMARY KEY,
    date          TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sitting_hours REAL CHECK (sitting_hours IS NULL OR sitting_hours BETWEEN 0 AND 24),
    notes         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE run (
    id               INTEGER PRIMARY KEY,
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time       TEXT,
    distance_m       REAL NOT NULL CHECK (distance_m > 0),
    duration_s       REAL NOT NULL CHECK (duration_s > 0),
    elevation_gain_m REAL CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0),
    avg_hr           INTEGER,
    effort           INTEGER CHECK (effort IS NULL OR effort BETWEEN 1 AND 10),
    kind             TEXT NOT NULL DEFAULT '',
    surface          TEXT NOT NULL DEFAULT '',
    glute_warmup     INTEGER NOT NULL DEFAULT 0 CHECK (glute_warmup IN (0, 1)),
    notes            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT 'manual',
    fingerprint      TEXT
);
CREATE INDEX run_by_date ON run (date, start_time);
CREATE UNIQUE INDEX run_by_fingerprint ON run (fingerprint) WHERE fingerprint IS NOT NULL AND fingerprint <> '';

CREATE TABLE pain (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time        TEXT,
    intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    sites       TEXT NOT NULL DEFAULT '',
    character   TEXT NOT NULL DEFAULT '',
    timing      TEXT NOT NULL DEFAULT '',
    aggravators TEXT NOT NULL DEFAULT '',
    red_flags   TEXT NOT NULL DEFAULT '',
    run_id      INTEGER REFERENCES run (id) ON DELETE SET NULL,
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pain_by_date ON pain (date, time);
CREATE INDEX pain_by_run ON pain (run_id);

CREATE TABLE routine (
    id      INTEGER PRIMARY KEY,
    date    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind    TEXT NOT NULL,
    minutes INTEGER CHECK (minutes IS NULL OR minutes >= 0),
    notes   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX routine_by_date ON routine (date);
