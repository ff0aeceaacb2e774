-- Backstride journal schema, version 6: the exercises of a self-care session.
-- Never edit this file once released: change the schema with a new numbered migration.

-- The routine a session played (its id in the exercise library), '' when logged by hand.
ALTER TABLE routine ADD COLUMN routine_id TEXT NOT NULL DEFAULT '';

-- Each exercise done in a session, in the order done: the library's id, the level, what was
-- done (sets; repetitions per set, per side; hold seconds per repetition), the side, and the
-- pain felt during it when asked (NULL: not asked, never "no pain").
CREATE TABLE routine_exercise (
    routine_entry INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    exercise      TEXT NOT NULL CHECK (exercise <> ''),
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    sets          INTEGER NOT NULL CHECK (sets >= 0),
    reps          INTEGER CHECK (reps IS NULL OR reps >= 0),
    hold_s        INTEGER CHECK (hold_s IS NULL OR hold_s >= 0),
    side          TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),
    pain          INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
    PRIMARY KEY (routine_entry, position)
) WITHOUT ROWID;
