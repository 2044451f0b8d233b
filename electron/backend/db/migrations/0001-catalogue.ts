// The plan catalogue: agencies, assignment groups, plans, task groups, tasks, indicators, settings.
// Parsed forms of deadlines and targets are derived from the stored text on read, never stored.
import type { Migration } from './migration';

export const catalogue: Migration = {
  version: 1,
  name: 'catalogue',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agency (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        -- folded name (no case, no diacritics) so "Sở Nội vụ" and "SỞ NỘI VỤ" cannot both exist
        name_key TEXT NOT NULL UNIQUE,
        short_name TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('department','sector','commune','organisation','party','central','enterprise')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        reports INTEGER NOT NULL DEFAULT 1 CHECK (reports IN (0, 1)),
        successor_id INTEGER REFERENCES agency(id),
        CHECK (successor_id IS NULL OR successor_id <> id)
      ) STRICT;

      CREATE TABLE agency_alias (
        agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (agency_id, alias)
      ) STRICT;

      CREATE TABLE assignment_group (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        member_kinds TEXT NOT NULL CHECK (json_valid(member_kinds))
      ) STRICT;

      CREATE TABLE plan (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        number TEXT NOT NULL DEFAULT '',
        symbol TEXT NOT NULL,
        issuer TEXT NOT NULL,
        issued_on TEXT,
        title TEXT NOT NULL
      ) STRICT;

      CREATE TABLE task_group (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;

      CREATE TABLE task (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES task_group(id),
        code TEXT NOT NULL,
        number TEXT NOT NULL,
        text TEXT NOT NULL,
        lead_text TEXT NOT NULL DEFAULT '',
        partners_text TEXT NOT NULL DEFAULT '',
        output TEXT NOT NULL DEFAULT '',
        deadline_text TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;

      CREATE TABLE task_assignee (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('lead', 'partner')),
        agency_id INTEGER REFERENCES agency(id),
        group_id INTEGER REFERENCES assignment_group(id),
        position INTEGER NOT NULL,
        CHECK ((agency_id IS NULL) <> (group_id IS NULL))
      ) STRICT;
      CREATE INDEX task_assignee_task ON task_assignee(task_id);
      CREATE INDEX task_assignee_agency ON task_assignee(agency_id);

      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        parent_code TEXT,
        horizon INTEGER NOT NULL,
        text TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        target_text TEXT NOT NULL DEFAULT '',
        agency_text TEXT NOT NULL DEFAULT '',
        agency_id INTEGER REFERENCES agency(id),
        position INTEGER NOT NULL,
        UNIQUE (plan_id, code)
      ) STRICT;

      CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
  },
};
