import type { Database } from 'better-sqlite3';

/**
 * One step of the schema, as Signal Desktop keeps them (ts/sql/migrations/): a numbered module
 * whose `up` runs inside the transaction that migrate() opens, so a step that fails leaves the
 * database at the version it had. Never edit a step that has shipped; add the next one.
 */
export interface Migration {
  /** 1, 2, 3 … without gaps; stored in PRAGMA user_version once applied. */
  version: number;
  /** snake_case, as the file name without its number. */
  name: string;
  up(db: Database): void;
}
