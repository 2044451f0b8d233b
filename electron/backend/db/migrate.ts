// Schema migrations as numbered SQL files, tracked with PRAGMA user_version (as Signal Desktop
// does): all pending files run in one transaction, and a database from a newer app is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';
import { DbOpenError } from './problems';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2]!,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering has a gap at ${m.version}`);
  });
  return migrations;
}

/** The refusal of a database whose schema is newer than the `supported` one (reads only). */
export function tooNewError(schema: number, supported: number): DbOpenError {
  return new DbOpenError(
    'too-new',
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${schema}, phiên bản này hỗ trợ đến ${supported}). Ứng dụng không mở và không thay đổi tệp này; hãy cài phiên bản mới nhất của ứng dụng rồi mở lại.`,
    { details: { schema, supported } },
  );
}

/** Throws tooNewError when the open database was written by a newer app; changes nothing. */
export function assertSupportedVersion(db: Database, supported: number): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > supported) throw tooNewError(current, supported);
}

/** Applies pending migrations; returns the versions applied. */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): number[] {
  const latest = migrations.length;
  assertSupportedVersion(db, latest);
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return pending.map((m) => m.version);
}
