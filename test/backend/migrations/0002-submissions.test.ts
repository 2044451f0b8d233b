import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, insertSubmission, migrateToLatest } from './at-version';

describe('migration 0002 (submissions)', () => {
  it('keeps the catalogue and takes submissions with their progress and values', () => {
    const db = databaseBefore('submissions');
    insertCatalogue(db);
    migrateToLatest(db);
    expect(db.prepare('SELECT code, text FROM task').all()).toEqual([
      { code: 'I.1', text: 'Nhiệm vụ một' },
    ]);
    insertSubmission(db);
    db.prepare(
      "INSERT INTO task_progress (submission_id, task_id, status) VALUES (1, 1, 'done')",
    ).run();
    db.prepare(
      'INSERT INTO indicator_value (submission_id, indicator_id, value) VALUES (1, 1, 37.6)',
    ).run();
    expect(db.prepare('SELECT status FROM task_progress').pluck().get()).toBe('done');
    expect(db.prepare('SELECT value FROM indicator_value').pluck().get()).toBe(37.6);
  });

  it('refuses the same file twice for one agency and period', () => {
    const db = databaseBefore('submissions');
    insertCatalogue(db);
    migrateToLatest(db);
    insertSubmission(db, 1, 1);
    expect(() =>
      db
        .prepare(
          `INSERT INTO submission (plan_id, agency_id, period, file_name, sha256, source, received_on,
             version, created_at) VALUES (1, 1, '2025-Q3', 'again.xlsx', 'sha-1', 'form', '2025-09-06', 2, 't')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
