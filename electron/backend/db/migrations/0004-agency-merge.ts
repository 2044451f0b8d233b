// Each merger recorded with what it changed (the merged agency's flags, the names moved to the
// receiving agency), so that a merger entered by mistake can be undone exactly.
import type { Migration } from './migration';

export const agencyMerge: Migration = {
  version: 4,
  name: 'agency_merge',
  up(db) {
    db.exec(`
      CREATE TABLE agency_merge (
        id INTEGER PRIMARY KEY,
        from_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        into_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        was_active INTEGER NOT NULL CHECK (was_active IN (0, 1)),
        was_reporting INTEGER NOT NULL CHECK (was_reporting IN (0, 1)),
        added_aliases TEXT NOT NULL CHECK (json_valid(added_aliases)),
        merged_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX agency_merge_from ON agency_merge(from_id);
    `);
  },
};
