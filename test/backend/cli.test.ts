import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, THBC_DB: '' },
  });

describe('command line', () => {
  it('init creates and seeds once; a second init changes nothing; catalogue prints the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-'));
    const db = join(dir, 'x.db');
    const first = JSON.parse(cli('init', '--db', db, '--json'));
    expect(first).toMatchObject({ seeded: true, tasks: 75, indicators: 38 });
    const catalogue = () => cli('catalogue', '--db', db, '--json');
    const before = catalogue();
    const hash = () => createHash('sha256').update(readFileSync(db)).digest('hex');
    const dbBefore = hash();
    expect(JSON.parse(cli('init', '--db', db, '--json'))).toMatchObject({
      seeded: false,
      tasks: 75,
    });
    expect(catalogue()).toBe(before);
    expect(hash()).toBe(dbBefore);
    const parsed = JSON.parse(before);
    expect(parsed.groups.map((g: { code: string }) => g.code)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    expect(parsed.tasks[0]).toMatchObject({ code: 'I.1', group: 'I', number: '1' });
    expect(parsed.tasks[0].deadline).toHaveProperty('kind');
    rmSync(dir, { recursive: true, force: true });
  });

  it('explains an unknown command in Vietnamese', () => {
    let stderr = '';
    try {
      cli('lam-gi-do');
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toMatch(/Không có lệnh "lam-gi-do"/);
  });
});
