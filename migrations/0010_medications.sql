-- Backstride journal schema, version 10: painkillers taken.
-- Never edit this file once released: change the schema with a new numbered migration.

-- A painkiller the runner took at `date` `time`: its name as typed, its class (one of nsaid,
-- paracetamol, opioid, muscle-relaxant, neuropathic, topical, other), the dose as typed. A pain
-- entry within the class's action window after it was taken under it (core/journal/Medication.h).
CREATE TABLE medication (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time       TEXT NOT NULL CHECK (time GLOB '[0-9][0-9]:[0-9][0-9]'),
    name       TEXT NOT NULL CHECK (name <> ''),
    class      TEXT NOT NULL CHECK (class IN ('nsaid', 'paracetamol', 'opioid', 'muscle-relaxant',
                                              'neuropathic', 'topical', 'other')),
    dose       TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX medication_by_date ON medication (date, time);
