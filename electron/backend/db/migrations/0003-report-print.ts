// The report's content (its blocks, as JSON) kept with the Word file generated from it, so that
// printing to PDF later lays out exactly that report, not the data as it stands today.
import type { Migration } from './migration';

export const reportPrint: Migration = {
  version: 3,
  name: 'report_print',
  up(db) {
    db.exec(`
      CREATE TABLE report_print (
        report_file_id INTEGER PRIMARY KEY REFERENCES report_file(id) ON DELETE CASCADE,
        content TEXT NOT NULL CHECK (json_valid(content))
      ) STRICT;
    `);
  },
};
