-- Backstride journal schema, version 9: whether a pain entry asked the warning-sign questions.
-- Never edit this file once released: change the schema with a new numbered migration.

-- 1: the questions were put (the pain form always asks them; any answer ticked is in red_flags).
-- NULL: not known (entries logged before this version, or imported without it). An empty
-- red_flags is "none of them" only where this is 1: otherwise it is "not asked", never "no".
ALTER TABLE pain ADD COLUMN red_flags_asked INTEGER CHECK (red_flags_asked IS NULL OR red_flags_asked IN (0, 1));
