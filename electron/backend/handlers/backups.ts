// Backups from Cài đặt and the command line: list, make one now, restore one.
import { accessSync, constants, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Result } from '../../../shared/api';
import { BACKUP_KIND_LABELS, type BackupInfo } from '../../../shared/domain/backups';
import { formatVnDateTime, localIsoDate } from '../../../shared/domain/text';
import { AppError, validationError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  backupToFile,
  backupsDir,
  createBackup,
  extraBackupsDir,
  hasDailyBackup,
  listBackups,
  parseName,
  setExtraBackupsDir,
} from '../db/backups';
import { restoreDatabase } from '../db/restore';
import { PreviewStore } from '../importer/preview-store';

export function getBackups(ctx: BackendContext): Result<'backups.list'> {
  return {
    dir: backupsDir(ctx.dbPath),
    extraDir: extraBackupsDir(ctx.db),
    backups: listBackups(ctx.dbPath),
  };
}

/** The second folder for every backup: must exist and be writable now (USB plugged in). */
export function setBackupFolder(
  ctx: BackendContext,
  dir: string | null,
): Result<'backups.setFolder'> {
  if (dir !== null) {
    const path = resolve(dir.normalize('NFC'));
    const field = (message: string) => validationError([{ field: 'dir', message }]);
    if (!isAbsolute(dir.trim()))
      throw field(
        'Hãy ghi đường dẫn đầy đủ của thư mục (ví dụ E:\\SaoLuu hoặc /media/usb/sao-luu).',
      );
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw field(`Không tìm thấy thư mục ${path}; hãy cắm ổ USB hoặc kết nối ổ mạng rồi thử lại.`);
    try {
      accessSync(path, constants.W_OK);
    } catch {
      throw field(`Không ghi được vào thư mục ${path} (chỉ cho phép đọc).`);
    }
    if (path === backupsDir(ctx.dbPath))
      throw field('Đây đã là thư mục sao lưu cạnh tệp dữ liệu; hãy chọn một thư mục khác.');
    setExtraBackupsDir(ctx.db, path);
  } else setExtraBackupsDir(ctx.db, null);
  return { extraDir: extraBackupsDir(ctx.db) };
}

/** "Sao lưu ngay"; `out` (a file path) only from the command line. */
export function backupNow(ctx: BackendContext, out?: string): BackupInfo {
  requireFileDb(ctx);
  if (out !== undefined) {
    if (ctx.transport !== 'cli')
      throw new AppError('INVALID_ARGS', 'Chỉ dòng lệnh mới ghi bản sao lưu ra tệp tự chọn.');
    return backupToFile(ctx.db, resolve(out));
  }
  return createBackup(ctx.db, ctx.dbPath, 'manual');
}

/**
 * Restores a backup: by its name in the backups folder, or (command line only) any file path.
 * The current data is backed up first; the screens must load everything again afterwards.
 */
export function restoreBackup(ctx: BackendContext, file: string): Result<'backups.restore'> {
  requireFileDb(ctx);
  // This call is one; any other (a report being built, files being read) still uses the database.
  if ((ctx.runningCalls?.() ?? 1) > 1)
    throw new AppError(
      'CONFLICT',
      'Đang có thao tác khác chạy (lập báo cáo, đọc tệp…). Chưa khôi phục; hãy chờ thao tác đó xong rồi thử lại.',
    );
  let path: string;
  if (ctx.transport === 'cli' && (isAbsolute(file) || file.includes('/') || file.includes('\\')))
    path = resolve(file);
  else if (basename(file) === file && parseName(file)) path = join(backupsDir(ctx.dbPath), file);
  else throw new AppError('NOT_FOUND', `Không có bản sao lưu "${file}" trong thư mục sao lưu.`);
  const { restored, safety } = restoreDatabase(ctx, path);
  // Previews point at rows of the data that was replaced.
  ctx.previews = new PreviewStore();
  const holds =
    restored.submissions === null
      ? ''
      : `, ${restored.submissions} báo cáo của đơn vị, ${restored.reports ?? 0} báo cáo tổng hợp`;
  const message =
    `Đã khôi phục bản sao lưu lúc ${formatVnDateTime(restored.createdAt)} ` +
    `(${BACKUP_KIND_LABELS[restored.kind].toLowerCase()}${holds}). ` +
    `Dữ liệu ngay trước khi khôi phục đã được sao lưu thành ${safety.name}.`;
  ctx.log.info(message);
  return { restored, safety, message };
}

/**
 * Once a day, on the first start of the day (by the clock, not ctx.today, which tests fix: the
 * backups' names carry the real time); a failure is logged and never stops the app.
 */
export function dailyBackup(ctx: BackendContext): BackupInfo | null {
  if (ctx.dbPath === ':memory:' || hasDailyBackup(ctx.dbPath, localIsoDate())) return null;
  try {
    const made = createBackup(ctx.db, ctx.dbPath, 'daily');
    if (made.copyError) ctx.log.info(made.copyError);
    return made;
  } catch (error) {
    ctx.log.error('Không sao lưu hằng ngày được', error);
    return null;
  }
}

/** Before an operation that changes much at once (plan import, agency merger). */
export function backupBefore(ctx: BackendContext, kind: 'pre-plan-import' | 'pre-agency-merge') {
  if (ctx.dbPath !== ':memory:') createBackup(ctx.db, ctx.dbPath, kind);
}

function requireFileDb(ctx: BackendContext): void {
  if (ctx.dbPath === ':memory:')
    throw new AppError('CONFLICT', 'Cơ sở dữ liệu tạm trong bộ nhớ không sao lưu được.');
}
