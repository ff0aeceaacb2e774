-- Backstride journal schema, version 5: the return-to-run plan.
-- Never edit this file once released: change the schema with a new numbered migration.

-- One row per plan the runner started; the latest without a stop date is the one that runs. Its
-- state on any day is worked out from the journal (ReturnPlan.h), so only the start is stored.
CREATE TABLE return_plan (
    id               INTEGER PRIMARY KEY,
    started          TEXT NOT NULL CHECK (started GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_stage      INTEGER NOT NULL CHECK (start_stage BETWEEN 0 AND 8),
    former_weekly_km REAL NOT NULL CHECK (former_weekly_km >= 0),
    stopped          TEXT CHECK (stopped IS NULL OR stopped >= started)
);
