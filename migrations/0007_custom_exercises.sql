-- Backstride journal schema, version 7: the physical therapist's own exercises.
-- Never edit this file once released: change the schema with a new numbered migration.

-- An exercise the runner's physical therapist gave them: played and logged like the library's
-- (its id is stored in routine_exercise.exercise), one level, the therapist's dose. Steps are one
-- line each, joined by newlines. `routine` names a library routine it is played at the end of.
CREATE TABLE custom_exercise (
    id        TEXT PRIMARY KEY CHECK (id LIKE 'pt-%'),
    name      TEXT NOT NULL CHECK (name <> ''),
    kind      TEXT NOT NULL,
    steps     TEXT NOT NULL,
    per_side  INTEGER NOT NULL DEFAULT 0 CHECK (per_side IN (0, 1)),
    sets      INTEGER NOT NULL CHECK (sets >= 1),
    reps      INTEGER CHECK (reps IS NULL OR reps >= 1),
    hold_s    INTEGER CHECK (hold_s IS NULL OR hold_s >= 1),
    routine   TEXT NOT NULL DEFAULT '',
    notes     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
