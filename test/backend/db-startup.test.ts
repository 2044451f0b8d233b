// Start-up checks of the database: durable settings, and a file the app refuses is left as it was
// with a Vietnamese message that says what to do.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/connection';
import { LATEST_SCHEMA } from '../../electron/backend/db/migrate';
import {
  DbOpenError,
  describeStartupProblem,
  startupProblemText,
} from '../../electron/backend/db/problems';
import { call } from '../../electron/backend/dispatch';
import { silentLogger } from '../../electron/backend/logger';

const root = mkdtempSync(join(tmpdir(), 'thbc-startup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => {
  const dir = join(root, String(++n));
  mkdirSync(dir);
  return dir;
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A database the app made, closed, with the plan seeded: someone's data. */
function seededDb(dir: string): string {
  const path = join(dir, 'tong-hop-bao-cao.db');
  // No daily backup: these tests decide what the backups folder holds.
  createBackend({
    dbPath: path,
    transport: 'cli',
    logger: silentLogger,
    dailyBackup: false,
  }).close();
  return path;
}

function refusal(open: () => unknown): DbOpenError {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DbOpenError);
  return caught as DbOpenError;
}

function cli(args: string[], options: { uid?: number; gid?: number } = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, THBC_DB: '' },
    ...options,
  });
}

describe('database start-up', () => {
  it('opens in WAL with synchronous=FULL, foreign keys and a busy timeout of a few seconds', () => {
    const db = openDatabase(join(freshDir(), 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('refuses a newer-version database without changing a byte of it', () => {
    const dir = freshDir();
    const path = seededDb(dir);
    // A newer version's file, left in rollback-journal mode so that switching it to WAL would show.
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.pragma('user_version = 99');
    db.close();
    const before = sha(path);

    const error = refusal(() => openDatabase(path));
    expect(error.problem).toBe('too-new');
    expect(error.code).toBe('DB_TOO_NEW');
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);

    const problem = describeStartupProblem(error, path);
    expect(problem).toMatchObject({ kind: 'too-new', title: 'Dữ liệu của phiên bản mới hơn' });
    expect(problem.message).toContain(`lược đồ 99, phiên bản này hỗ trợ đến ${LATEST_SCHEMA}`);
    expect(problem.message).toContain('Hãy cài phiên bản mới nhất');
    expect(problem.actions.map((a) => a.id)).toEqual(['quit']);

    const run = cli(['status', '--db', path, '--period', '2025-Q3']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('được tạo bởi phiên bản mới hơn');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(sha(path)).toBe(before);
  });

  it('refuses a newer-version database whose change is still in its WAL, keeping its content', () => {
    const dir = freshDir();
    const path = seededDb(dir);
    const copy = join(dir, 'copy.db');
    const writer = new Database(path);
    writer.pragma('user_version = 99');
    // Copied while the writer is open: the new user_version is in the -wal file only.
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    writer.close();
    expect(refusal(() => openDatabase(copy)).problem).toBe('too-new');
    const after = new Database(copy, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    expect(after.pragma('journal_mode', { simple: true })).toBe('wal');
    after.close();
  });

  it('refuses a damaged file, left as it is, and offers the latest backup', () => {
    const dir = freshDir();
    const path = seededDb(dir);
    // Overwrite a page in the middle of the file: the header still reads, quick_check does not.
    const bytes = readFileSync(path);
    const page = 4096;
    expect(bytes.length).toBeGreaterThan(20 * page);
    bytes.fill(0x5a, 10 * page + 8, 11 * page);
    writeFileSync(path, bytes);
    const before = sha(path);
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    writeFileSync(join(backups, 'older.db'), 'x');
    writeFileSync(join(backups, 'newer.db'), 'x');
    utimesSync(join(backups, 'older.db'), new Date(2020, 0, 1), new Date(2020, 0, 1));

    const error = refusal(() => openDatabase(path));
    expect(error.problem).toBe('damaged');
    expect(sha(path)).toBe(before);
    const problem = describeStartupProblem(error, path);
    expect(problem).toMatchObject({
      kind: 'damaged',
      title: 'Tệp dữ liệu bị hỏng',
      backupsDir: backups,
      latestBackup: join(backups, 'newer.db'),
    });
    expect(problem.actions.map((a) => a.label)).toEqual([
      'Khôi phục bản sao lưu gần nhất',
      'Mở thư mục sao lưu',
      'Thoát',
    ]);
    const text = startupProblemText(problem);
    expect(text).toContain(`chép ${join(backups, 'newer.db')} thành ${path}`);

    const run = cli(['catalogue', '--db', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Lỗi: Tệp dữ liệu bị hỏng.');
    expect(run.stderr).toContain('Khôi phục bản sao lưu gần nhất');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(sha(path)).toBe(before);
  });

  it('refuses a file that is not a database at all', () => {
    const path = join(freshDir(), 'notes.db');
    writeFileSync(path, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(10));
    const before = sha(path);
    expect(refusal(() => openDatabase(path)).problem).toBe('damaged');
    expect(sha(path)).toBe(before);
  });

  it('says a database locked by another program is locked, after waiting', () => {
    const dir = freshDir();
    const path = seededDb(dir);
    const holder = new Database(path);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const error = refusal(() => openDatabase(path, { busyTimeoutMs: 200 }));
      expect(error.problem).toBe('locked');
      const problem = describeStartupProblem(error, path);
      expect(problem.title).toBe('Tệp dữ liệu đang bị khoá');
      expect(problem.message).toContain('Hãy đóng chương trình đó rồi thử lại.');
      expect(problem.actions.map((a) => a.id)).toEqual(['retry', 'quit']);
    } finally {
      holder.exec('COMMIT');
      holder.close();
    }
  });

  it('says a read-only database is read-only (command line, as an ordinary user)', () => {
    const dir = freshDir();
    const path = seededDb(dir);
    chmodSync(root, 0o755); // mkdtemp's folder is private; the other user must reach the file
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const before = sha(path);
    // root may write anywhere: run the command as "nobody" then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = cli(['status', '--db', path, '--period', '2025-Q3'], asUser);
    chmodSync(dir, 0o755);
    expect(run.stderr).toContain('Lỗi: Không ghi được vào tệp dữ liệu.');
    expect(run.stderr).toContain('chỉ cho phép đọc');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(1);
    expect(sha(path)).toBe(before);
  });

  it('a write that waits too long for a lock says so in Vietnamese', async () => {
    const dir = freshDir();
    const path = seededDb(dir);
    const backend = createBackend({ dbPath: path, transport: 'cli', logger: silentLogger });
    backend.ctx.db.pragma('busy_timeout = 200');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const envelope = await backend.dispatch('settings.update', {
        patch: { place: 'Lai Châu' },
      });
      expect(envelope).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE', details: { reason: 'DB_BUSY' } },
      });
      expect(!envelope.ok && envelope.error.message).toMatch(
        /^Cơ sở dữ liệu đang bận: .*Thao tác này chưa được ghi\. Hãy thử lại/,
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Once the other program lets go, the same write goes through.
    const saved = await call(backend.dispatch, 'settings.update', { patch: { place: 'Lai Châu' } });
    expect(saved.place).toBe('Lai Châu');
    backend.close();
  });
});
