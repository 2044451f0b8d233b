// A report marked as the signed, official version (Bản đã ký) is a record: the figures it was
// generated from (the period's status as JSON), its narrative and its files are kept as they were,
// and the database refuses to change them. A later generation for the period is a new report.
import type { Migration } from './migration';

export const signedReport: Migration = {
  version: 7,
  name: 'signed_report',
  up(db) {
    db.exec(`
      ALTER TABLE report ADD COLUMN signed_at TEXT;
      ALTER TABLE report ADD COLUMN figures TEXT CHECK (figures IS NULL OR json_valid(figures));
      ALTER TABLE report_file ADD COLUMN signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1));

      CREATE TRIGGER report_signed_frozen BEFORE UPDATE ON report
      WHEN OLD.signed_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'report is signed and frozen');
      END;

      CREATE TRIGGER report_file_signed_frozen BEFORE UPDATE ON report_file
      WHEN OLD.signed = 1
      BEGIN
        SELECT RAISE(ABORT, 'report file is signed and frozen');
      END;

      CREATE TRIGGER report_file_signed_no_delete BEFORE DELETE ON report_file
      WHEN OLD.signed = 1
      BEGIN
        SELECT RAISE(ABORT, 'report file is signed and frozen');
      END;

      CREATE TRIGGER report_file_signed_no_add BEFORE INSERT ON report_file
      WHEN (SELECT signed_at FROM report WHERE id = NEW.report_id) IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'report is signed and frozen');
      END;
    `);
  },
};
