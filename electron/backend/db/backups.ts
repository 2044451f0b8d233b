// Backups with SQLite's own copy (VACUUM INTO: a consistent snapshot even while the app writes),
// never a file copy. Each is written under a temporary name, flushed to disk and renamed, so a
// backup killed half-way is absent, never half there. See README "Sao lưu".
import Database from 'better-sqlite3';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  DAILY_BACKUPS_KEPT,
  PRE_OPERATION_DAYS_KEPT,
  isBackupKind,
  type BackupInfo,
  type BackupKind,
} from '../../../shared/domain/backups';
import { localIsoDate } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';
import type { Db } from './connection';
import { defaultBackupsDir } from './problems';

/** Test hook: called at each step, so a test can kill the process exactly there. */
export type StepHook = (step: string) => void;

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z_([a-z-]+)\.db$/;
const TEMP = /^\..*\.(\d+)\.tmp$/;
/** Tables every database of this app has had since its first schema. */
const OUR_TABLES = ['meta', 'plan', 'task', 'indicator', 'agency', 'submission', 'report'];

export function backupsDir(dbPath: string): string {
  return defaultBackupsDir(dbPath);
}

/** Better-sqlite3 options shared with openDatabase (Electron's own binding, see connection.ts). */
export function nativeOptions(): { nativeBinding?: string } {
  const nativeBinding = process.env.THBC_NATIVE_BINDING;
  return nativeBinding ? { nativeBinding } : {};
}

/**
 * Writes a consistent copy of `db` to `target`: to a temporary name beside it, flushed, then
 * renamed over. A crash leaves either the complete file or no file (and a `.tmp` that the next
 * backup removes).
 */
function writeCopy(db: Db, target: string, step?: StepHook): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  rmSync(temp, { force: true });
  try {
    step?.('copying');
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncFile(temp);
    step?.('written');
    renameSync(temp, target);
    fsyncDir(dirname(target));
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Makes a backup of the open database in `<folder of the database>/backups`, then prunes old ones. */
export function createBackup(
  db: Db,
  dbPath: string,
  kind: BackupKind,
  options: { now?: Date; step?: StepHook } = {},
): BackupInfo {
  const dir = backupsDir(dbPath);
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir);
  const at = new Date(options.now ?? Date.now());
  let path = join(dir, backupName(at, kind));
  while (statSync(path, { throwIfNoEntry: false })) {
    at.setTime(at.getTime() + 1);
    path = join(dir, backupName(at, kind));
  }
  writeCopy(db, path, options.step);
  pruneBackups(dir, options.now ?? new Date());
  const info = describeBackup(path);
  // A second copy in the folder the user chose (a USB drive, a network share), kept the same way.
  const extra = extraBackupsDir(db);
  if (extra) {
    try {
      mkdirSync(extra, { recursive: true });
      removeStaleTemps(extra);
      writeCopy(db, join(extra, basename(path)));
      pruneBackups(extra, options.now ?? new Date());
      info.copiedTo = extra;
    } catch (error) {
      info.copyError =
        `Không chép được bản sao lưu sang thư mục ${extra} (${(error as Error).message}). ` +
        'Bản sao lưu trong thư mục cạnh tệp dữ liệu vẫn đầy đủ; hãy kiểm tra ổ USB hoặc ổ mạng.';
    }
  }
  return info;
}

const EXTRA_DIR_KEY = 'backups.extraDir';

/** The folder the user chose for a second copy of every backup, or null. */
export function extraBackupsDir(db: Db): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(EXTRA_DIR_KEY) as
    { value: string } | undefined;
  return row?.value ? row.value : null;
}

export function setExtraBackupsDir(db: Db, dir: string | null): void {
  if (dir === null) db.prepare('DELETE FROM meta WHERE key = ?').run(EXTRA_DIR_KEY);
  else
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(EXTRA_DIR_KEY, dir);
}

/** A manual backup to a file of the user's choosing (`backup --out FILE`); never overwrites. */
export function backupToFile(db: Db, target: string): BackupInfo {
  if (statSync(target, { throwIfNoEntry: false }))
    throw new AppError('CONFLICT', `Tệp ${target} đã có; hãy chọn tên tệp khác.`);
  writeCopy(db, target);
  return describeBackup(target, 'manual', new Date().toISOString());
}

export function backupName(at: Date, kind: BackupKind): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}_${kind}.db`;
}

/** The backups in the folder, newest first, each with what it holds. */
export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => parseName(n) !== null)
    .map((n) => describeBackup(join(dir, n)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** True when a daily backup was already made on the local date `today` (yyyy-mm-dd). */
export function hasDailyBackup(dbPath: string, today: string): boolean {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((n) => {
    const parsed = parseName(n);
    return parsed?.kind === 'daily' && localIsoDate(new Date(parsed.createdAt)) === today;
  });
}

/** Keeps the newest DAILY_BACKUPS_KEPT daily backups and pre-operation ones for 90 days. */
export function pruneBackups(dir: string, now: Date): string[] {
  const entries = readdirSync(dir)
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter((e): e is { name: string; parsed: NonNullable<ReturnType<typeof parseName>> } =>
      Boolean(e.parsed),
    )
    .sort((a, b) => b.parsed.createdAt.localeCompare(a.parsed.createdAt));
  const cutoff = new Date(now.getTime() - PRE_OPERATION_DAYS_KEPT * 86_400_000).toISOString();
  const daily = entries.filter((e) => e.parsed.kind === 'daily');
  const old = [
    ...daily.slice(DAILY_BACKUPS_KEPT),
    ...entries.filter((e) => e.parsed.kind.startsWith('pre-') && e.parsed.createdAt < cutoff),
  ];
  for (const e of old) rmSync(join(dir, e.name), { force: true });
  return old.map((e) => e.name);
}

export function parseName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = NAME.exec(name);
  if (!m || !isBackupKind(m[5]!)) return null;
  return { kind: m[5], createdAt: `${m[1]}:${m[2]}:${m[3]}.${m[4]}Z` };
}

/** Size, schema and counts of a backup file; counts are null when it cannot be read. */
function describeBackup(path: string, kind?: BackupKind, createdAt?: string): BackupInfo {
  const parsed = parseName(basename(path));
  const info: BackupInfo = {
    name: basename(path),
    path,
    kind: kind ?? parsed?.kind ?? 'manual',
    createdAt: createdAt ?? parsed?.createdAt ?? statSync(path).mtime.toISOString(),
    size: statSync(path).size,
    schema: null,
    submissions: null,
    reports: null,
  };
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, ...nativeOptions() });
    try {
      info.schema = db.pragma('user_version', { simple: true }) as number;
      info.submissions = count(db, 'submission');
      info.reports = count(db, 'report');
    } finally {
      db.close();
    }
  } catch {
    // Not readable: listed with its size only; restoring it is refused with the reason.
  }
  return info;
}

/**
 * Checks a file before it replaces the database: a sound SQLite file (integrity_check), with this
 * app's tables, of a schema version this app supports. Opens it read-only; changes nothing.
 */
export function checkBackupFile(path: string, supported: number): BackupInfo {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile())
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp sao lưu ${path}.`);
  const unusable = (why: string) =>
    new AppError(
      'BAD_FILE',
      `Không khôi phục được từ tệp ${basename(path)}: ${why} Dữ liệu hiện tại được giữ nguyên.`,
    );
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...nativeOptions() });
  } catch {
    throw unusable('tệp không mở được như một cơ sở dữ liệu.');
  }
  try {
    let check: unknown;
    try {
      check = db.pragma('integrity_check', { simple: true });
    } catch {
      check = 'not a database';
    }
    if (check !== 'ok')
      throw unusable('tệp bị hỏng hoặc không phải tệp dữ liệu (kiểm tra toàn vẹn không đạt).');
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((r) => r.name),
    );
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema < 1 || OUR_TABLES.some((t) => !tables.has(t)))
      throw unusable('đây không phải tệp dữ liệu của ứng dụng Tổng hợp Báo cáo.');
    if (schema > supported)
      throw new AppError(
        'DB_TOO_NEW',
        `Bản sao lưu ${basename(path)} được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${schema}, ` +
          `phiên bản này hỗ trợ đến ${supported}). Không khôi phục; dữ liệu hiện tại được giữ nguyên. ` +
          'Hãy cài phiên bản mới nhất của ứng dụng rồi khôi phục lại.',
        { schema, supported },
      );
  } finally {
    db.close();
  }
  return describeBackup(path);
}

function count(db: Database.Database, table: string): number | null {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(table);
  if (!exists) return null;
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Temporary files a killed backup left behind (not those of a backup running in another process). */
function removeStaleTemps(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(TEMP.exec(name)?.[1] ?? 0);
    if (pid > 0 && (pid === process.pid || !alive(pid))) rmSync(join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (POSIX); Windows cannot open a folder, and its rename is journalled. */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself is still atomic.
  } finally {
    closeSync(fd);
  }
}
