import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackup } from './backups';
import { assertSupportedVersion, LATEST_SCHEMA, migrate, tooNewError } from './migrate';
import { BUSY_TIMEOUT_MS, DbOpenError, problemKind } from './problems';

export type Db = Database.Database;

export interface OpenOptions {
  /** How long a statement waits for another connection's lock (tests shorten it). */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) and migrates the database; `:memory:` for tests. Nothing is written
 * until the file is known to be a sound database of a version this app supports: a refused file
 * (newer, damaged, locked, read-only) is left byte for byte as it was, and the error is a
 * DbOpenError that describeStartupProblem words for the user.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') preflight(path, LATEST_SCHEMA);
  // Electron runs its own ABI: `npm start` builds a separate binding for it (scripts/start.mjs).
  const nativeBinding = process.env.THBC_NATIVE_BINDING;
  let db: Db;
  try {
    db = new Database(path, {
      timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw asOpenError(error, path);
  }
  try {
    // Reads first: the schema version (before WAL, which would rewrite the header) and integrity.
    assertSupportedVersion(db, LATEST_SCHEMA);
    if (path !== ':memory:') {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok')
        throw new DbOpenError('damaged', damagedMessage(path), { details: { check } });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a commit the UI reports as written ("Đã ghi") survives a power cut, WAL included.
    db.pragma('synchronous = FULL');
    // The data as this version's predecessor left it, before the schema changes under it.
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (path !== ':memory:' && schema > 0 && schema < LATEST_SCHEMA)
      createBackup(db, path, 'pre-migration');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(error, path);
  }
}

/**
 * Checks made on the file itself, before SQLite touches it: that the folder can be created and
 * written, that the file is a SQLite database, and that its schema is not newer than this app's.
 */
function preflight(path: string, supported: number): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw asOpenError(error, path);
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    size = -1; // not there yet: SQLite creates it
  }
  if (size > 0) {
    const header = Buffer.alloc(100);
    const fd = openSync(path, 'r');
    let read: number;
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\0')
      throw new DbOpenError('damaged', damagedMessage(path));
    // The header's user_version (offset 60); a WAL not yet checkpointed is checked after opening.
    const schema = header.readUInt32BE(60);
    if (schema > supported) throw tooNewError(schema, supported);
  }
  for (const target of size >= 0 ? [path, dirname(path)] : [dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw asOpenError(error, path);
    }
  }
}

function damagedMessage(path: string): string {
  return `Tệp dữ liệu ${path} bị hỏng hoặc không phải tệp dữ liệu của ứng dụng. Ứng dụng không mở và không thay đổi tệp này.`;
}

/** Errors of opening as DbOpenError where the kind is known; anything else unchanged. */
function asOpenError(error: unknown, path: string): unknown {
  if (error instanceof DbOpenError) return error;
  const kind = problemKind(error);
  const options = { cause: error };
  switch (kind) {
    case 'damaged':
      return new DbOpenError('damaged', damagedMessage(path), options);
    case 'locked':
      return new DbOpenError(
        'locked',
        `Tệp dữ liệu ${path} đang bị một chương trình khác giữ; hãy đóng chương trình đó rồi thử lại.`,
        options,
      );
    case 'read-only':
      return new DbOpenError(
        'read-only',
        `Không ghi được vào tệp dữ liệu ${path} hoặc thư mục chứa nó (chỉ cho phép đọc).`,
        options,
      );
    default:
      return error;
  }
}
