import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { MIGRATIONS, migrate } from '../../electron/backend/db/migrate';
import { AppError } from '../../shared/errors';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('migrations', () => {
  it('are numbered without gaps and bring user_version to the latest', () => {
    const migrations = MIGRATIONS;
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

  it('each have a test that migrates a database holding data from the version before', () => {
    const tests = readdirSync(join(import.meta.dirname, 'migrations'));
    for (const m of MIGRATIONS) {
      const file = `${String(m.version).padStart(4, '0')}-${m.name.replace(/_/g, '-')}.test.ts`;
      expect(tests, m.name).toContain(file);
    }
  });
});
