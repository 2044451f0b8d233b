import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import {
  backupName,
  backupsDir,
  checkBackupFile,
  listBackups,
  pruneBackups,
} from '../../electron/backend/db/backups';
import { openDatabase } from '../../electron/backend/db/connection';
import { LATEST_SCHEMA, MIGRATIONS, migrate } from '../../electron/backend/db/migrate';
import { call } from '../../electron/backend/dispatch';
import { silentLogger } from '../../electron/backend/logger';
import { AppError } from '../../shared/errors';
import { snapshot } from './db-snapshot';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thbc-backup-'));
  dirs.push(dir);
  return dir;
}

function open(dbPath: string, today = '2026-03-02'): Backend {
  return createBackend({ dbPath, transport: 'cli', logger: silentLogger, today });
}

/** Merges Sở Nội vụ's first other agency into it: a change a restore must take back. */
async function mergeSomething(b: Backend): Promise<number> {
  const c = await call(b.dispatch, 'catalogue.get', {});
  const [from, into] = c.agencies.filter((a) => a.active && !a.successor);
  await call(b.dispatch, 'agencies.merge', { fromId: from!.id, intoId: into!.id });
  return from!.id;
}

function isActive(b: Backend, id: number): boolean {
  const row = b.ctx.db.prepare('SELECT active FROM agency WHERE id = ?').get(id) as {
    active: number;
  };
  return row.active === 1;
}

describe('backups', () => {
  it('makes a daily backup on the first start of a day only, beside the database', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'data.db');
    open(dbPath, '2026-03-02').close();
    open(dbPath, '2026-03-02').close();
    expect(listBackups(dbPath).map((b) => b.kind)).toEqual(['daily']);
    expect(backupsDir(dbPath)).toBe(join(dir, 'backups'));
    const [daily] = listBackups(dbPath);
    expect(daily).toMatchObject({ submissions: 0, reports: 0, schema: LATEST_SCHEMA });
    expect(daily!.size).toBeGreaterThan(0);
  });

  it('keeps 14 daily backups, pre-operation ones for 90 days and manual ones always', () => {
    const dir = tempDir();
    const now = new Date('2026-06-30T08:00:00Z');
    const day = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const names = [
      ...Array.from({ length: 20 }, (_, i) => backupName(day(i), 'daily')),
      backupName(day(89), 'pre-plan-import'),
      backupName(day(91), 'pre-agency-merge'),
      backupName(day(120), 'pre-migration'),
      backupName(day(400), 'manual'),
    ];
    for (const n of names) writeFileSync(join(dir, n), 'x');
    const removed = pruneBackups(dir, now);
    const left = readdirSync(dir);
    expect(left.filter((n) => n.endsWith('_daily.db'))).toHaveLength(14);
    expect(left).toContain(backupName(day(0), 'daily'));
    expect(left).toContain(backupName(day(89), 'pre-plan-import'));
    expect(left).toContain(backupName(day(400), 'manual'));
    expect(removed).toHaveLength(6 + 2);
  });

  it('backs up before a plan import and before an agency merger', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    await mergeSomething(b);
    expect(listBackups(dbPath).map((x) => x.kind)).toEqual(['pre-agency-merge', 'daily']);
    b.close();
  });

  it('backs up before a migration', () => {
    const dbPath = join(tempDir(), 'old.db');
    const migrations = MIGRATIONS;
    const old = new Database(dbPath);
    migrate(old, migrations.slice(0, -1));
    old.close();
    openDatabase(dbPath).close();
    const [pre] = listBackups(dbPath);
    expect(pre).toMatchObject({ kind: 'pre-migration', schema: migrations.length - 1 });
  });

  it('restores every kind of backup, backing up the current data first', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const manual = await call(b.dispatch, 'backups.create', {});
    const merged = await mergeSomething(b);
    const preMerge = listBackups(dbPath).find((x) => x.kind === 'pre-agency-merge')!;
    const daily = listBackups(dbPath).find((x) => x.kind === 'daily')!;
    for (const backup of [daily, preMerge, manual]) {
      expect(isActive(b, merged)).toBe(false);
      const r = await call(b.dispatch, 'backups.restore', { file: backup.name });
      expect(r.restored.kind).toBe(backup.kind);
      expect(r.message).toMatch(/^Đã khôi phục bản sao lưu lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(/);
      expect(r.message).toContain('0 báo cáo của đơn vị');
      expect(r.safety.kind).toBe('pre-restore');
      // The backend works on the restored data: the merger is gone.
      expect(isActive(b, merged)).toBe(true);
      expect((await call(b.dispatch, 'catalogue.get', {})).agencies.length).toBeGreaterThan(0);
      // And the data of before the restore can itself be restored.
      await call(b.dispatch, 'backups.restore', { file: r.safety.name });
      expect(isActive(b, merged)).toBe(false);
    }
    // A pre-migration backup restores too (and is migrated on opening).
    const migrations = MIGRATIONS;
    const oldPath = join(tempDir(), 'old.db');
    const old = new Database(oldPath);
    migrate(old, migrations.slice(0, -1));
    old.close();
    openDatabase(oldPath).close();
    const preMigration = listBackups(oldPath)[0]!;
    const r = await call(b.dispatch, 'backups.restore', { file: preMigration.path });
    expect(r.restored.kind).toBe('pre-migration');
    expect(b.ctx.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    b.close();
  });

  it('refuses a backup from a newer version with a Vietnamese message, changing nothing', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const backup = await call(b.dispatch, 'backups.create', {});
    const newer = new Database(backup.path);
    newer.pragma('user_version = 999');
    newer.close();
    await mergeSomething(b);
    const before = snapshot(b.ctx.db);
    const listed = listBackups(dbPath).map((x) => x.name);
    const error = await call(b.dispatch, 'backups.restore', { file: backup.name }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    expect((error as AppError).message).toBe(
      `Bản sao lưu ${backup.name} được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ 999, ` +
        `phiên bản này hỗ trợ đến ${LATEST_SCHEMA}). Không khôi phục; dữ liệu hiện tại ` +
        'được giữ nguyên. Hãy cài phiên bản mới nhất của ứng dụng rồi khôi phục lại.',
    );
    expect(snapshot(b.ctx.db)).toBe(before);
    expect(listBackups(dbPath).map((x) => x.name)).toEqual(listed);
    b.close();
  });

  it('refuses to restore while another program has the database open, changing nothing', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const backup = await call(b.dispatch, 'backups.create', {});
    await mergeSomething(b);
    const before = snapshot(b.ctx.db);
    const other = new Database(dbPath); // e.g. a command-line run at the same time
    other.prepare('SELECT count(*) FROM plan').get();
    await expect(call(b.dispatch, 'backups.restore', { file: backup.name })).rejects.toThrow(
      /đang được một chương trình khác mở.*Chưa khôi phục; dữ liệu hiện tại được giữ nguyên/,
    );
    other.close();
    // The backend still works, on the same data.
    expect(snapshot(b.ctx.db)).toBe(before);
    await call(b.dispatch, 'catalogue.get', {});
    b.close();
  });

  it('copies every backup to the folder the user chose too, and says when it cannot', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const usb = tempDir();
    const b = open(dbPath);
    await expect(
      call(b.dispatch, 'backups.setFolder', { dir: join(usb, 'missing') }),
    ).rejects.toThrow(/Không tìm thấy thư mục .*hãy cắm ổ USB/);
    expect(await call(b.dispatch, 'backups.setFolder', { dir: usb })).toEqual({ extraDir: usb });
    const made = await call(b.dispatch, 'backups.create', {});
    expect(made.copiedTo).toBe(usb);
    checkBackupFile(join(usb, made.name), LATEST_SCHEMA);
    expect((await call(b.dispatch, 'backups.list', {})).extraDir).toBe(usb);
    // The drive is gone: the backup beside the database is still made, with a message.
    rmSync(usb, { recursive: true, force: true });
    writeFileSync(usb, 'not a folder');
    const second = await call(b.dispatch, 'backups.create', {});
    expect(second.copyError).toMatch(/^Không chép được bản sao lưu sang thư mục/);
    expect(listBackups(dbPath).map((x) => x.name)).toContain(second.name);
    await call(b.dispatch, 'backups.setFolder', { dir: null });
    expect((await call(b.dispatch, 'backups.create', {})).copiedTo).toBeUndefined();
    b.close();
  });

  it('restores from the command line, also over a database too damaged to open', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'data.db');
    const b = open(dbPath);
    const daily = listBackups(dbPath)[0]!;
    const expected = snapshot(b.ctx.db);
    await mergeSomething(b);
    b.close();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, THBC_DB: '' },
      });
    const listed = cli('backups', '--db', dbPath, '--json');
    expect(listed.status).toBe(0);
    expect((JSON.parse(listed.stdout) as { backups: unknown[] }).backups).toHaveLength(2);
    const run = cli('restore', daily.path, '--db', dbPath);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^message: Đã khôi phục bản sao lưu lúc .*hằng ngày/);
    // Damage a page in the middle: the app will not open it; restore still can.
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 10 * 4096 + 8, 11 * 4096);
    writeFileSync(dbPath, bytes);
    const over = cli('restore', daily.path, '--db', dbPath);
    expect(over.status).toBe(0);
    expect(over.stdout).toContain('Tệp dữ liệu bị hỏng được giữ lại thành');
    expect(readdirSync(dir).filter((n) => n.startsWith('data.db.hong-'))).toHaveLength(1);
    const db = openDatabase(dbPath);
    expect(snapshot(db)).toBe(expected);
    db.close();
  });

  it('waits for other calls: no restore while a report is being built', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const backup = listBackups(dbPath)[0]!;
    const building = b.dispatch('reports.generate', { period: '2025-Q3' });
    const refused = await b.dispatch('backups.restore', { file: backup.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await building).ok).toBe(true);
    expect((await b.dispatch('backups.restore', { file: backup.name })).ok).toBe(true);
    b.close();
  });

  it('refuses a damaged file and a database that is not ours', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'SQLite format 3\0' + 'x'.repeat(2000));
    expect(() => checkBackupFile(junk, 99)).toThrow(/bị hỏng hoặc không phải tệp dữ liệu/);
    const foreign = join(dir, 'foreign.db');
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x)');
    f.pragma('user_version = 1');
    f.close();
    expect(() => checkBackupFile(foreign, 99)).toThrow(/không phải tệp dữ liệu của ứng dụng/);
  });

  it('takes a backup name only from the folder, a path only from the command line', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = createBackend({ dbPath, transport: 'http', logger: silentLogger });
    await expect(call(b.dispatch, 'backups.restore', { file: '/etc/passwd' })).rejects.toThrow(
      /Không có bản sao lưu/,
    );
    await expect(call(b.dispatch, 'backups.create', { out: join(dbPath, 'x.db') })).rejects.toThrow(
      /Chỉ dòng lệnh/,
    );
    b.close();
  });
});

function runChild(args: string[]): Promise<{ out: string; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'test/fixtures/crash-backup-child.ts',
      ...args,
    ]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(`at:${args[2]}\n`)) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => resolve({ out, signal }));
  });
}

/** Every file listed as a backup is complete: it passes the checks a restore makes. */
function allBackupsComplete(dbPath: string): void {
  for (const b of listBackups(dbPath)) checkBackupFile(b.path, LATEST_SCHEMA);
}

describe('a process killed during a backup or a restore', () => {
  it('leaves the backup complete or absent, and the database untouched', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const before = snapshot(b.ctx.db);
    const listed = listBackups(dbPath).map((x) => x.name);
    b.close();
    for (const at of ['copying', 'written']) {
      const killed = await runChild(['backup', dbPath, at]);
      expect(killed.signal).toBe('SIGKILL');
      expect(listBackups(dbPath).map((x) => x.name)).toEqual(listed);
      allBackupsComplete(dbPath);
      const db = openDatabase(dbPath);
      expect(snapshot(db)).toBe(before);
      db.close();
    }
    // Killed in the middle of writing the copy (a database big enough for the copy to take a while).
    const big = new Database(dbPath);
    big.exec('CREATE TABLE padding (x BLOB)');
    big.prepare('INSERT INTO padding VALUES (?)').run(Buffer.alloc(60 * 1024 * 1024, 7));
    big.close();
    const killed = await runChild(['backup', dbPath, 'copying!']);
    expect(killed.signal).toBe('SIGKILL');
    expect(listBackups(dbPath).map((x) => x.name)).toEqual(listed);
    allBackupsComplete(dbPath);
    const partial = readdirSync(backupsDir(dbPath)).filter((n) => n.endsWith('.tmp'));
    console.log(`killed mid-copy: ${partial.length} partial temporary file(s) left, none listed`);
    // Left to finish, the same backup is there (and the killed one's temporary file is gone).
    const done = await runChild(['backup', dbPath, 'never']);
    expect(done.out).toContain('done');
    expect(listBackups(dbPath).map((x) => x.kind)).toEqual(['manual', 'daily']);
    expect(readdirSync(backupsDir(dbPath)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the database either as it was or restored, each complete', async () => {
    const dbPath = join(tempDir(), 'data.db');
    const b = open(dbPath);
    const restoredSnapshot = snapshot(b.ctx.db);
    const daily = listBackups(dbPath)[0]!;
    await mergeSomething(b);
    const oldSnapshot = snapshot(b.ctx.db);
    b.close();
    for (const [at, expected] of [
      ['safety-backup', oldSnapshot],
      ['prepared', oldSnapshot],
      ['closed', oldSnapshot],
      ['swapped', restoredSnapshot],
    ] as const) {
      // Back to the old data before each kill.
      if (at === 'swapped') {
        const r = open(dbPath);
        await mergeSomething(r);
        r.close();
      }
      const killed = await runChild(['restore', dbPath, at, daily.path]);
      expect(killed.signal, at).toBe('SIGKILL');
      const db = openDatabase(dbPath);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(snapshot(db), at).toBe(expected);
      db.close();
      allBackupsComplete(dbPath);
    }
  });
});
