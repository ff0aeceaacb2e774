-- Backstride journal schema, version 4: activity files already looked at by a sync.
-- Never edit this file once released: change the schema with a new numbered migration.

-- Each file a sync has read, by path, with the size and modification time it had then: a file
-- that has not changed is not read again (imported, a duplicate, another sport or unreadable).
CREATE TABLE seen_file (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL CHECK (size >= 0),
    modified INTEGER NOT NULL, -- milliseconds since the epoch
    status   TEXT NOT NULL CHECK (status IN ('ok', 'duplicate', 'skipped', 'error')),
    source   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
