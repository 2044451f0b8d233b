// Databases as an earlier release left them, for the migration tests: each test writes rows with
// the schema before its step, runs the rest of the list, and checks what a user would see.
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../../electron/backend/db/migrate';

export type Db = Database.Database;

/** An in-memory database migrated up to just before the step called `name`. */
export function databaseBefore(name: string): Db {
  const at = MIGRATIONS.findIndex((m) => m.name === name);
  if (at < 0) throw new Error(`No migration named ${name}`);
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, at));
  return db;
}

/** Runs every remaining step, as opening the file in the new release does. */
export function migrateToLatest(db: Db): number[] {
  return migrate(db);
}

/** A plan with one group, task and indicator, and two agencies (the shape since 0001). */
export function insertCatalogue(db: Db): void {
  db.exec(`
    INSERT INTO plan (id, key, symbol, issuer, title) VALUES (1, 'p', 'KH-UBND', 'UBND', 'Kế hoạch');
    INSERT INTO agency (id, key, name, name_key, kind)
      VALUES (1, 'snv', 'Sở Nội vụ', 'so noi vu', 'department'),
             (2, 'stc', 'Sở Tài chính', 'so tai chinh', 'department');
    INSERT INTO agency_alias (agency_id, alias, position) VALUES (2, 'STC', 1);
    INSERT INTO task_group (id, plan_id, code, title, position) VALUES (1, 1, 'I', 'Nhóm I', 1);
    INSERT INTO task (id, plan_id, group_id, code, number, text, position)
      VALUES (1, 1, 1, 'I.1', '1', 'Nhiệm vụ một', 1);
    INSERT INTO indicator (id, plan_id, code, horizon, text, position)
      VALUES (1, 1, 'CT1', 2030, 'Chỉ tiêu một', 1);
  `);
}

/** One submission of agency 1 for 2025-Q3 (the shape since 0002). */
export function insertSubmission(db: Db, id = 1, version = 1): void {
  db.prepare(
    `INSERT INTO submission (id, plan_id, agency_id, period, file_name, sha256, source, received_on,
       version, created_at) VALUES (?, 1, 1, '2025-Q3', ?, ?, 'form', '2025-09-05', ?, 't')`,
  ).run(id, `bc-${id}.xlsx`, `sha-${id}`, version);
}
