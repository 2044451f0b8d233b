import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { openDatabase } from '../../electron/backend/db/connection';
import { silentLogger } from '../../electron/backend/logger';
import { call } from '../../electron/backend/dispatch';
import { snapshot } from './db-snapshot';

function runChild(
  args: string[],
  killWhen: string | null,
): Promise<{ out: string; signal: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'test/fixtures/crash-commit-child.ts',
      ...args,
    ]);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killWhen && out.includes(killWhen)) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => resolve({ out, signal }));
  });
}

describe('a process killed in the middle of a commit', () => {
  it('leaves the database exactly as before the commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-crash-'));
    const dbPath = join(dir, 'crash.db');
    const backend = createBackend({ dbPath, transport: 'cli', logger: silentLogger });
    const c = await call(backend.dispatch, 'catalogue.get', {});
    const agency = c.agencies.find((a) => a.key === 'snv')!;
    const taskIds = c.tasks.slice(0, 10).map((t) => String(t.id));
    const before = snapshot(backend.ctx.db);
    backend.close();

    const killed = await runChild([dbPath, String(agency.id), ...taskIds], 'inside-transaction');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.out).not.toContain('committed');

    const db = openDatabase(dbPath);
    expect(snapshot(db)).toBe(before);
    expect(db.prepare('SELECT count(*) AS n FROM submission').get()).toEqual({ n: 0 });
    db.close();

    // The same commit, left to finish, does write: the test above can fail.
    const finished = await runChild([dbPath, String(agency.id), ...taskIds.slice(0, 2)], null);
    expect(finished.out).toContain('committed');
    const after = openDatabase(dbPath);
    expect(after.prepare('SELECT count(*) AS n FROM task_progress').get()).toEqual({ n: 2 });
    after.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
