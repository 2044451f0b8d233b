// A stamp that moves whenever the database may have changed: this connection's row changes
// (total_changes, every INSERT/UPDATE/DELETE however it was reached: a handler, the importer, a
// CLI command, a test) and commits by other connections (data_version). Caches of derived facts
// compare it instead of trusting a list of which calls write.
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';

const statements = new WeakMap<Db, Statement>();

export function changeStamp(db: Db): string {
  let total = statements.get(db);
  if (!total) statements.set(db, (total = db.prepare('SELECT total_changes()').pluck()));
  return `${String(db.pragma('data_version', { simple: true }))}:${String(total.get())}`;
}
