// Backups of the database: their kinds, how long each is kept, and how they are named to users.

export const BACKUP_KINDS = [
  'daily',
  'manual',
  'pre-migration',
  'pre-restore',
  'pre-plan-import',
  'pre-agency-merge',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Daily backups kept (the newest ones); manual backups are never removed by the app. */
export const DAILY_BACKUPS_KEPT = 14;
/** Days a backup made before an operation (migration, restore, plan import, merger) is kept. */
export const PRE_OPERATION_DAYS_KEPT = 90;

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Hằng ngày',
  manual: 'Sao lưu thủ công',
  'pre-migration': 'Trước khi nâng cấp dữ liệu',
  'pre-restore': 'Trước khi khôi phục',
  'pre-plan-import': 'Trước khi nhập kế hoạch',
  'pre-agency-merge': 'Trước khi sáp nhập đơn vị',
};

export function isBackupKind(value: string): value is BackupKind {
  return (BACKUP_KINDS as readonly string[]).includes(value);
}

export interface BackupInfo {
  /** File name inside the backups folder (or the file's own name for `backup --out`). */
  name: string;
  path: string;
  kind: BackupKind;
  /** When it was made, ISO 8601 in UTC. */
  createdAt: string;
  size: number;
  /** Schema version (PRAGMA user_version) of the copy; null when it cannot be read. */
  schema: number | null;
  /** Agencies' submissions (every version) and generated reports it holds; null when unreadable. */
  submissions: number | null;
  reports: number | null;
  /** The folder the user chose, when the backup was copied there too. */
  copiedTo?: string;
  /** Why the copy to the chosen folder failed (the backup beside the database is complete). */
  copyError?: string;
}

/** 12345678 → "11,8 MB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1).replace('.', ',');
  return `${text} ${units[unit]}`;
}
