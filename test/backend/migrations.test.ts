import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { loadMigrations, migrate } from '../../electron/backend/db/migrate';
import { AppError } from '../../shared/errors';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('migrations', () => {
  it('are numbered without gaps and bring user_version to the latest', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = new Database(':memory:');
    expect(migrate(db, migrations)).toEqual(migrations.map((m) => m.version));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(migrate(db, migrations)).toEqual([]);
  });

  it('creates STRICT tables that reject wrongly typed values', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(() =>
      db
        .prepare(
          "INSERT INTO plan (key, symbol, issuer, title, number) VALUES ('k','s','i','t', ?)",
        )
        .run(Buffer.from('x')),
    ).toThrow(/cannot store BLOB/);
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-mig-'));
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('DB_TOO_NEW');
    expect((caught as AppError).message).toMatch(/phiên bản mới hơn/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    expect(again.prepare("SELECT count(*) n FROM sqlite_master WHERE type='table'").get()).toEqual({
      n: 0,
    });
    again.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens files in WAL mode with foreign keys enforced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-mig-'));
    const db = openDatabase(join(dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      db
        .prepare('INSERT INTO task_group (plan_id, code, title, position) VALUES (42, ?, ?, 1)')
        .run('I', 'x'),
    ).toThrow(/FOREIGN KEY/);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the catalogue migration to a database holding data from before it (none yet) and keeps rows', () => {
    // Each later migration gets a test like this one: data written under N-1 survives N.
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    migrate(db, migrations.slice(0, 1));
    db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
    migrate(db, migrations);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({
      value: 'kept',
    });
  });

  it('corrections_audit keeps every submission current as it was, none withdrawn, and adds an empty audit log', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    const at = migrations.findIndex((m) => m.name === 'corrections_audit');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      "INSERT INTO plan (id, key, symbol, issuer, title) VALUES (1, 'p', 'KH-UBND', 'UBND', 'Kế hoạch')",
    ).run();
    db.prepare(
      "INSERT INTO agency (id, key, name, name_key, kind) VALUES (1, 'snv', 'Sở Nội vụ', 'so noi vu', 'department')",
    ).run();
    const insert = db.prepare(
      `INSERT INTO submission (plan_id, agency_id, period, file_name, sha256, source, received_on,
         version, superseded, created_at) VALUES (1, 1, '2025-Q3', ?, ?, 'form', '2025-09-05', ?, ?, '2025-09-05T00:00:00Z')`,
    );
    insert.run('a.xlsx', 'aa', 1, 1);
    insert.run('b.xlsx', 'bb', 2, 0);
    db.prepare("INSERT INTO submission_file (submission_id, bytes) VALUES (2, x'504b')").run();
    migrate(db, migrations);
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
    expect(db.prepare('SELECT count(*) AS n FROM submission_file').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit_log (at, actor, action, entity, before) VALUES ('t', 'a', 'x', 'y', 'not json')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('manual_entry keeps every submission as a file (no channel) and accepts only known channels', () => {
    const db = new Database(':memory:');
    const migrations = loadMigrations();
    const at = migrations.findIndex((m) => m.name === 'manual_entry');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      "INSERT INTO plan (id, key, symbol, issuer, title) VALUES (1, 'p', 'KH-UBND', 'UBND', 'Kế hoạch')",
    ).run();
    db.prepare(
      "INSERT INTO agency (id, key, name, name_key, kind) VALUES (1, 'snv', 'Sở Nội vụ', 'so noi vu', 'department')",
    ).run();
    db.prepare(
      `INSERT INTO submission (plan_id, agency_id, period, file_name, sha256, source, received_on,
         version, created_at) VALUES (1, 1, '2025-Q3', 'a.xlsx', 'aa', 'form', '2025-09-05', 1, 't')`,
    ).run();
    migrate(db, migrations);
    expect(db.prepare('SELECT file_name, channel, entry_note FROM submission').all()).toEqual([
      { file_name: 'a.xlsx', channel: null, entry_note: null },
    ]);
    expect(() => db.prepare("UPDATE submission SET channel = 'fax'").run()).toThrow(/CHECK/);
  });
});
