import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, insertSubmission, migrateToLatest } from './at-version';

describe('migration 0005 (progress percent)', () => {
  it('keeps each reported status, with no percentage and an exact date', () => {
    const db = databaseBefore('progress_percent');
    insertCatalogue(db);
    insertSubmission(db);
    db.prepare(
      "INSERT INTO task_progress (submission_id, task_id, status, completed_on) VALUES (1, 1, 'done', '2025-08-31')",
    ).run();
    migrateToLatest(db);
    expect(
      db.prepare('SELECT status, completed_on, percent, completed_approx FROM task_progress').get(),
    ).toEqual({ status: 'done', completed_on: '2025-08-31', percent: null, completed_approx: 0 });
    db.prepare('UPDATE task_progress SET percent = 70, completed_approx = 1').run();
    expect(() => db.prepare('UPDATE task_progress SET percent = 120').run()).toThrow(/CHECK/);
  });
});
