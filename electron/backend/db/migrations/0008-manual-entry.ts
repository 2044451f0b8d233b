// A report taken by hand (a phone call, a paper letter): how it arrived and the clerk's note.
// Files keep channel NULL; the entry itself is stored as the version's "file" (JSON).
import type { Migration } from './migration';

export const manualEntry: Migration = {
  version: 8,
  name: 'manual_entry',
  up(db) {
    db.exec(`
      ALTER TABLE submission ADD COLUMN channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'paper', 'other'));
      ALTER TABLE submission ADD COLUMN entry_note TEXT;
    `);
  },
};
