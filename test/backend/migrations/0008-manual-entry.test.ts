import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, insertSubmission, migrateToLatest } from './at-version';

describe('migration 0008 (manual entry)', () => {
  it('keeps every submission as a file (no channel) and accepts only known channels', () => {
    const db = databaseBefore('manual_entry');
    insertCatalogue(db);
    insertSubmission(db);
    migrateToLatest(db);
    expect(db.prepare('SELECT file_name, channel, entry_note FROM submission').all()).toEqual([
      { file_name: 'bc-1.xlsx', channel: null, entry_note: null },
    ]);
    db.prepare("UPDATE submission SET channel = 'phone', entry_note = 'gọi điện'").run();
    expect(() => db.prepare("UPDATE submission SET channel = 'fax'").run()).toThrow(/CHECK/);
  });
});
