// Restoring a backup over the open database: check the file, back up the current data, prepare
// the restored copy under a temporary name, close, swap with one atomic rename, reopen. Killed at
// any step, the database file is either the old one or the restored one, each complete.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backups';
import { AppError } from '../../../shared/errors';
import {
  checkBackupFile,
  createBackup,
  fsyncDir,
  fsyncFile,
  nativeOptions,
  type StepHook,
} from './backups';
import { openDatabase, type Db } from './connection';
import { LATEST_SCHEMA } from './migrate';

export interface Restored {
  restored: BackupInfo;
  /** The backup of the data as it was just before the restore. */
  safety: BackupInfo;
}

/**
 * Replaces the database at `holder.dbPath` (open as `holder.db`) with the backup `file`, and puts
 * the reopened database in `holder.db` (the restored data, migrated if it was older). Refusals (a
 * damaged or foreign file, a newer version, another program holding the database) change nothing.
 */
export function restoreDatabase(
  holder: { db: Db; readonly dbPath: string },
  file: string,
  step?: StepHook,
): Restored {
  const { dbPath } = holder;
  const current = holder.db;
  if (resolve(file) === resolve(dbPath))
    throw new AppError('VALIDATION', 'Tệp sao lưu chính là tệp dữ liệu đang dùng.');
  const restored = checkBackupFile(file, LATEST_SCHEMA);
  const safety = createBackup(current, dbPath, 'pre-restore');
  step?.('safety-backup');

  const temp = join(dirname(dbPath), `.${basename(dbPath)}.restore-${process.pid}.tmp`);
  rmSync(temp, { force: true });
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true, ...nativeOptions() });
    try {
      source.prepare('VACUUM INTO ?').run(temp);
    } finally {
      source.close();
    }
    fsyncFile(temp);
    step?.('prepared');
    // Everything in the WAL goes into the file, and nobody else may be reading or writing it.
    const [checkpoint] = current.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint && checkpoint.busy !== 0) throw heldElsewhere(dbPath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  current.close();
  // The last connection to close removes the WAL; if it is still there another program has the
  // database open, and swapping the file under it would mix two databases.
  if (existsSync(`${dbPath}-wal`)) {
    rmSync(temp, { force: true });
    holder.db = openDatabase(dbPath);
    throw heldElsewhere(dbPath);
  }
  step?.('closed');
  try {
    renameSync(temp, dbPath);
  } catch (error) {
    rmSync(temp, { force: true });
    holder.db = openDatabase(dbPath);
    throw error;
  }
  fsyncDir(dirname(dbPath));
  step?.('swapped');
  holder.db = openDatabase(dbPath);
  return { restored, safety };
}

function heldElsewhere(dbPath: string): AppError {
  return new AppError(
    'UNAVAILABLE',
    `Tệp dữ liệu ${dbPath} đang được một chương trình khác mở (một cửa sổ khác của ứng dụng hoặc một lệnh ` +
      'dòng lệnh). Chưa khôi phục; dữ liệu hiện tại được giữ nguyên. Hãy đóng chương trình đó rồi thử lại.',
  );
}

/**
 * Restores `file` when the database at `dbPath` cannot be opened (damaged): nothing to back up, so
 * the damaged file (with its -wal/-shm) is renamed aside, kept for the technicians, never deleted.
 * The restored copy is prepared under a temporary name first; a crash leaves the damaged file or
 * the restored one in place. Returns where the damaged file was put.
 */
export function restoreOver(
  dbPath: string,
  file: string,
): { restored: BackupInfo; keptAs: string | null } {
  const restored = checkBackupFile(file, LATEST_SCHEMA);
  const temp = join(dirname(dbPath), `.${basename(dbPath)}.restore-${process.pid}.tmp`);
  rmSync(temp, { force: true });
  try {
    const source = new Database(file, { readonly: true, fileMustExist: true, ...nativeOptions() });
    try {
      source.prepare('VACUUM INTO ?').run(temp);
    } finally {
      source.close();
    }
    fsyncFile(temp);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  let keptAs: string | null = null;
  if (existsSync(dbPath)) {
    keptAs = `${dbPath}.hong-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    // The WAL first: a -wal left beside the restored file would be replayed into it.
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, keptAs + suffix);
    renameSync(dbPath, keptAs);
  }
  renameSync(temp, dbPath);
  fsyncDir(dirname(dbPath));
  return { restored, keptAs };
}
