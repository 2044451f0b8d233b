import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, insertSubmission, migrateToLatest } from './at-version';

describe('migration 0006 (corrections and audit log)', () => {
  it('keeps every submission current as it was, none withdrawn, and adds an empty audit log', () => {
    const db = databaseBefore('corrections_audit');
    insertCatalogue(db);
    insertSubmission(db, 1, 1);
    insertSubmission(db, 2, 2);
    db.prepare('UPDATE submission SET superseded = 1 WHERE id = 1').run();
    db.prepare("INSERT INTO submission_file (submission_id, bytes) VALUES (2, x'504b')").run();
    migrateToLatest(db);
    expect(
      db
        .prepare(
          'SELECT version, superseded, withdrawn_at, withdrawn_reason FROM submission ORDER BY version',
        )
        .all(),
    ).toEqual([
      { version: 1, superseded: 1, withdrawn_at: null, withdrawn_reason: null },
      { version: 2, superseded: 0, withdrawn_at: null, withdrawn_reason: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM submission_file').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, actor, action, entity, before) VALUES ('t', 'a', 'x', 'y', 'not json')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
