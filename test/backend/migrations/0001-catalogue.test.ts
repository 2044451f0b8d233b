import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/backend/db/migrate';
import { insertCatalogue, migrateToLatest } from './at-version';

describe('migration 0001 (catalogue)', () => {
  it('turns an empty file into the catalogue, whose rows later steps keep', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    insertCatalogue(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    migrateToLatest(db);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({
      value: 'kept',
    });
    expect(db.prepare('SELECT name FROM agency ORDER BY id').pluck().all()).toEqual([
      'Sở Nội vụ',
      'Sở Tài chính',
    ]);
    expect(db.prepare('SELECT text FROM task').pluck().all()).toEqual(['Nhiệm vụ một']);
  });

  it('refuses a second agency with the same folded name, and drops aliases with their agency', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    insertCatalogue(db);
    expect(() =>
      db
        .prepare(
          "INSERT INTO agency (key, name, name_key, kind) VALUES ('snv2', 'SỞ NỘI VỤ', 'so noi vu', 'department')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM agency WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM agency_alias').pluck().get()).toBe(0);
  });
});
