import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, migrateToLatest } from './at-version';

describe('migration 0004 (agency merge)', () => {
  it('keeps agencies and their aliases, and records a merger with the names it moved', () => {
    const db = databaseBefore('agency_merge');
    insertCatalogue(db);
    migrateToLatest(db);
    expect(db.prepare('SELECT agency_id, alias FROM agency_alias').all()).toEqual([
      { agency_id: 2, alias: 'STC' },
    ]);
    db.prepare(
      `INSERT INTO agency_merge (from_id, into_id, was_active, was_reporting, added_aliases, merged_at)
         VALUES (2, 1, 1, 1, '["STC"]', 't')`,
    ).run();
    expect(db.prepare('SELECT added_aliases, undone_at FROM agency_merge').get()).toEqual({
      added_aliases: '["STC"]',
      undone_at: null,
    });
    expect(() =>
      db
        .prepare(
          `INSERT INTO agency_merge (from_id, into_id, was_active, was_reporting, added_aliases, merged_at)
             VALUES (2, 1, 1, 1, 'STC', 't')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
