// The command line never touches data it was not pointed at, and hands over all of its output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with its standard output into an OS pipe read by a slow reader, as `cli … | jq` or
 * a script would (Node's own child pipes are socket pairs that hide the truncation). The exit code
 * comes back on stderr's last line.
 */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const script =
    '{ "$0" --import tsx electron/backend/cli.ts "$@"; echo "exit:$?" >&2; } | { sleep 0.5; cat; }';
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script, process.execPath, ...args], {
      env: { ...process.env, THBC_DB: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', () => {
      const stderr = Buffer.concat(err).toString('utf8');
      const code = /exit:(\d+)\n$/.exec(stderr);
      resolve({
        code: code ? Number(code[1]) : null,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: stderr.replace(/exit:\d+\n$/, ''),
      });
    });
  });
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('cli demo never touches a real database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thbc-cli-safety-'));
  // A user's data in the default place (XDG_CONFIG_HOME), in THBC_DB, and passed with --db.
  const config = join(dir, 'config');
  const defaultDb = join(config, 'tong-hop-bao-cao', 'tong-hop-bao-cao.db');
  const envDb = join(dir, 'env', 'du-lieu.db');
  const mine = join(dir, 'mine.db');
  const userEnv = { XDG_CONFIG_HOME: config };
  const hashes = new Map<string, string>();
  const unchanged = () => {
    for (const [path, hash] of hashes) {
      expect(sha(path), path).toBe(hash);
      expect(existsSync(`${path}-wal`), `${path}-wal`).toBe(false);
    }
  };

  beforeAll(async () => {
    const init = await cli(['init', '--db', defaultDb, '--json'], userEnv);
    expect(init.code, init.stderr).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ seeded: true });
    mkdirSync(join(dir, 'env'));
    copyFileSync(defaultDb, envDb);
    copyFileSync(defaultDb, mine);
    for (const path of [defaultDb, envDb, mine]) hashes.set(path, sha(path));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without --out: refuses with exit code 2 before opening anything', async () => {
    for (const env of [userEnv, { ...userEnv, THBC_DB: envDb }]) {
      const run = await cli(['demo'], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Thiếu tham số --out.');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      unchanged();
    }
  });

  it('with --db: refuses with exit code 2 and a Vietnamese reason, whether or not --out is given', async () => {
    const out = join(dir, 'out-db');
    for (const args of [
      ['demo', '--db', mine, '--out', out],
      ['demo', '--db', mine],
    ]) {
      const run = await cli(args, userEnv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Lỗi: (Lệnh demo không dùng --db|Thiếu tham số --out)/);
      unchanged();
    }
    const run = await cli(['demo', '--db', mine, '--out', out], userEnv);
    expect(run.stderr).toContain('Lệnh demo không dùng --db');
    expect(existsSync(out)).toBe(false);
  });

  it('with a stray argument instead of --out: refuses rather than guessing', async () => {
    const run = await cli(['demo', '--out', join(dir, 'x'), join(dir, 'y')], userEnv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Lệnh demo không nhận/);
    unchanged();
  });

  it('runs on <out>/demo.db only, ignoring THBC_DB; a pipe gets all of a large JSON output', async () => {
    const out = join(dir, 'demo-out');
    const env = { ...userEnv, THBC_DB: envDb };
    const run = await cli(['demo', '--out', out, '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.database).toBe(join(out, 'demo.db'));
    expect(summary.imported.length).toBeGreaterThan(0);
    unchanged();

    // A second run replaces its own database and still leaves the user's alone.
    const again = await cli(['demo', '--out', out], env);
    expect(again.code, again.stderr).toBe(0);
    unchanged();

    // status --json on a database with the examples imported is well over a pipe's 64 KiB.
    const status = await cli(['status', '--period', '2025-Q3', '--json'], {
      THBC_DB: join(out, 'demo.db'),
    });
    expect(status.code, status.stderr).toBe(0);
    expect(Buffer.byteLength(status.stdout)).toBeGreaterThan(64 * 1024);
    const parsed = JSON.parse(status.stdout);
    expect(parsed.tasks.length).toBeGreaterThan(0);
    expect(parsed.register.length).toBeGreaterThan(0);
  }, 120_000);

  it('catalogue --json reaches a pipe in full', async () => {
    const run = await cli(['catalogue', '--db', mine, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(run.stdout).tasks).toHaveLength(75);
  });

  it('never replaces a demo.db that the demo did not create', async () => {
    const out = join(dir, 'someone-else');
    mkdirSync(out);
    const theirs = join(out, 'demo.db');
    copyFileSync(mine, theirs);
    const before = sha(theirs);
    const run = await cli(['demo', '--out', out], userEnv);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không do lệnh demo tạo ra');
    expect(sha(theirs)).toBe(before);
  });

  it('refuses unknown options, bad periods and missing files before opening the database', async () => {
    const fresh = join(dir, 'never-created.db');
    const unknown = await cli(['status', '--db', fresh, '--periode', '2025-Q3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có tham số --periode cho lệnh status.');
    const bad = await cli(['status', '--db', fresh, '--period', '2025-Q7']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Kỳ báo cáo "2025-Q7" không hợp lệ');
    const missing = await cli([
      'import',
      '--db',
      fresh,
      '--period',
      '2025-Q3',
      join(dir, 'nope.xlsx'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Không tìm thấy tệp "${join(dir, 'nope.xlsx')}"`);
    const noFolder = await cli([
      'report',
      '--db',
      fresh,
      '--period',
      '2025-Q3',
      '--docx',
      join(dir, 'no', 'bc.docx'),
    ]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('không tồn tại. Hãy tạo thư mục trước.');
    expect(existsSync(fresh)).toBe(false);
  });
});
