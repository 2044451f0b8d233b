import { describe, expect, it } from 'vitest';
import { databaseBefore, insertCatalogue, migrateToLatest } from './at-version';

describe('migration 0007 (signed report)', () => {
  it('keeps the reports and files written before it, unsigned, and freezes one once signed', () => {
    const db = databaseBefore('signed_report');
    insertCatalogue(db);
    db.exec(`
      INSERT INTO report (id, plan_id, period, kind, number, date, created_at, updated_at)
        VALUES (1, 1, '2025-Q3', 'report', '12', '2025-10-05', 'x', 'x');
      INSERT INTO report_file (id, report_id, format, file_name, sha256, bytes, created_at)
        VALUES (1, 1, 'docx', 'a.docx', 'h', x'00', 'x');
    `);
    migrateToLatest(db);
    expect(db.prepare('SELECT number, signed_at, figures FROM report').get()).toEqual({
      number: '12',
      signed_at: null,
      figures: null,
    });
    expect(db.prepare('SELECT file_name, signed FROM report_file').get()).toEqual({
      file_name: 'a.docx',
      signed: 0,
    });
    // Unsigned, the report can still be numbered again.
    db.prepare("UPDATE report SET number = '13' WHERE id = 1").run();
    db.prepare("UPDATE report SET signed_at = 'now' WHERE id = 1").run();
    expect(() => db.prepare("UPDATE report SET number = '14' WHERE id = 1").run()).toThrow(
      /signed/,
    );
  });
});
