import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, migrateToLatest } from './at-version';

describe('migration 0003 (report print)', () => {
  it('keeps reports and their files, and stores the printed content with a file', () => {
    const db = databaseBefore('report_print');
    insertCatalogue(db);
    db.exec(`
      INSERT INTO report (id, plan_id, period, kind, number, created_at, updated_at)
        VALUES (1, 1, '2025-Q3', 'report', '12', 't', 't');
      INSERT INTO report_file (id, report_id, format, file_name, sha256, bytes, created_at)
        VALUES (1, 1, 'docx', 'bao-cao.docx', 'h', x'504b', 't');
    `);
    migrateToLatest(db);
    expect(db.prepare('SELECT file_name FROM report_file').pluck().all()).toEqual(['bao-cao.docx']);
    db.prepare("INSERT INTO report_print (report_file_id, content) VALUES (1, '[]')").run();
    expect(() =>
      db.prepare("INSERT INTO report_print (report_file_id, content) VALUES (1, 'x')").run(),
    ).toThrow();
    // The printed content goes with its file.
    db.prepare('DELETE FROM report_file WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM report_print').pluck().get()).toBe(0);
  });
});
