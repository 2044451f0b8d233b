// The demo's own database: created with a mark in its header, so that the demo only ever replaces a
// file it made itself and never a user's data, whatever the folder or the file's name.
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync } from 'node:fs';

/** SQLite's application_id (header offset 68) of a demo database: "THBD". */
const DEMO_APPLICATION_ID = 0x54484244;

/** True when the file at `path` is a database the demo created (reads its header only). */
export function isDemoDatabase(path: string): boolean {
  const header = Buffer.alloc(72);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    return readSync(fd, header, 0, 72, 0) === 72 && header.readUInt32BE(68) === DEMO_APPLICATION_ID;
  } catch {
    return false; // a folder, or unreadable: not the demo's
  } finally {
    closeSync(fd);
  }
}

/** Creates an empty database carrying the demo mark; openDatabase then migrates and seeds it. */
export function createDemoDatabase(path: string): void {
  const nativeBinding = process.env.THBC_NATIVE_BINDING;
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma(`application_id = ${DEMO_APPLICATION_ID}`);
  } finally {
    db.close();
  }
}
