// Schema migrations as TypeScript modules in one ordered list (migrations/index.ts), tracked with
// PRAGMA user_version as Signal Desktop does: all pending steps run in one transaction, and a
// database from a newer app is refused. The steps are code, so the bundle needs no files beside it.
import type { Database } from 'better-sqlite3';
import { DbOpenError } from './problems';
import { LATEST_SCHEMA, MIGRATIONS, type Migration } from './migrations';

export { LATEST_SCHEMA, MIGRATIONS, type Migration };

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
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering has a gap at ${m.version}`);
  });
  const latest = migrations.length;
  assertSupportedVersion(db, latest);
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  })();
  return pending.map((m) => m.version);
}
