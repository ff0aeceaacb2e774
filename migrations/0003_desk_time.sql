-- Backstride journal schema, version 3: where a day's sitting hours came from.
-- Never edit this file once released: change the schema with a new numbered migration.

-- NULL: typed by the runner. 'activitywatch': desk time read from ActivityWatch's AFK watcher,
-- which a later read may update (a number the runner typed is never overwritten).
ALTER TABLE day ADD COLUMN sitting_source TEXT
    CHECK (sitting_source IS NULL OR sitting_source IN ('activitywatch'));
