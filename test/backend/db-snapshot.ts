import { createHash } from 'node:crypto';
import type { Db } from '../../electron/backend/db/connection';

/** A hash of every row of every table: equal snapshots mean the content did not change. */
export function snapshot(db: Db): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) {
    hash.update(`#${name}\n`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) {
      hash.update(
        JSON.stringify(row, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v,
        ),
      );
    }
  }
  return hash.digest('hex');
}
