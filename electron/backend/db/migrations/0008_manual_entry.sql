-- A report taken by hand (a phone call, a paper letter): how it arrived and the clerk's note.
-- Files keep channel NULL; the entry itself is stored as the version's "file" (JSON).
ALTER TABLE submission ADD COLUMN channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'paper', 'other'));
ALTER TABLE submission ADD COLUMN entry_note TEXT;
