-- Backstride journal schema, version 8: a physical therapist's or doctor's clearance.
-- Never edit this file once released: change the schema with a new numbered migration.

-- The runner was seen by a professional on `date`, who cleared them to run, to exercise, or both
-- (at least one). A clearance lifts the warning signs and the pain below the knee logged on or
-- before its day as obstacles to a return-to-run plan (running) and to the exercise programme
-- (exercise); ones logged after it block again.
CREATE TABLE clearance (
    id        INTEGER PRIMARY KEY,
    date      TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    seen_by   TEXT NOT NULL CHECK (seen_by <> ''),
    running   INTEGER NOT NULL CHECK (running IN (0, 1)),
    exercise  INTEGER NOT NULL CHECK (exercise IN (0, 1)),
    notes     TEXT NOT NULL DEFAULT '',
    CHECK (running + exercise > 0)
);
CREATE INDEX clearance_by_date ON clearance (date);
