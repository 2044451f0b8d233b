// Reporting periods, agencies' submissions with their versions and original files, the progress
// and values each submission carries, and the compiled reports with their generated files.
import type { Migration } from './migration';

export const submissions: Migration = {
  version: 2,
  name: 'submissions',
  up(db) {
    db.exec(`
      CREATE TABLE adhoc_period (
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL,
        end TEXT NOT NULL,
        due TEXT NOT NULL,
        PRIMARY KEY (plan_id, key)
      ) STRICT;

      CREATE TABLE submission (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agency(id),
        period TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('form', 'foreign')),
        received_on TEXT NOT NULL,
        doc_number TEXT,
        doc_date TEXT,
        person TEXT,
        phone TEXT,
        summary TEXT,
        difficulties TEXT,
        proposals TEXT,
        version INTEGER NOT NULL CHECK (version >= 1),
        superseded INTEGER NOT NULL DEFAULT 0 CHECK (superseded IN (0, 1)),
        created_at TEXT NOT NULL,
        UNIQUE (plan_id, agency_id, period, version),
        -- the same bytes for the same agency and period are one submission, never two
        UNIQUE (plan_id, agency_id, period, sha256)
      ) STRICT;
      CREATE INDEX submission_period ON submission(plan_id, period, agency_id);

      -- The file as received, so nothing an agency sent is ever lost.
      CREATE TABLE submission_file (
        submission_id INTEGER PRIMARY KEY REFERENCES submission(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      ) STRICT;

      CREATE TABLE task_progress (
        submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        task_id INTEGER NOT NULL REFERENCES task(id),
        source_row TEXT,
        status TEXT CHECK (status IN ('done', 'in_progress', 'not_started')),
        completed_on TEXT,
        progress TEXT,
        difficulties TEXT,
        proposals TEXT,
        PRIMARY KEY (submission_id, task_id)
      ) STRICT;
      CREATE INDEX task_progress_task ON task_progress(task_id);

      CREATE TABLE indicator_value (
        submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id),
        source_row TEXT,
        value REAL,
        value_text TEXT,
        note TEXT,
        PRIMARY KEY (submission_id, indicator_id)
      ) STRICT;

      -- The secretariat's judgement on a qualitative indicator for a period.
      CREATE TABLE indicator_judgement (
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        judgement TEXT NOT NULL CHECK (judgement IN ('met', 'not_met')),
        PRIMARY KEY (indicator_id, period)
      ) STRICT;

      CREATE TABLE report (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('report', 'reminder')),
        number TEXT,
        date TEXT,
        narrative TEXT CHECK (narrative IS NULL OR json_valid(narrative)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX report_period ON report(plan_id, period, kind);

      CREATE TABLE report_file (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
        format TEXT NOT NULL CHECK (format IN ('docx', 'xlsx')),
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
