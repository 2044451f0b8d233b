// logs/app.log beside the database: rotated so it never grows without bound, and written by every
// process, including for the errors nobody caught (here the backend host, run as a Node child).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackendClient } from '../../electron/backend-host/client';
import { forkHost } from '../../electron/backend-host/node-process';
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { fileLogger, logPathFor } from '../../electron/backend/logger';
import { logRendererErrors } from '../../electron/renderer-log';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thbc-log-'));
  dirs.push(dir);
  return dir;
}

describe('app.log rotation', () => {
  it('moves a full log to app.1.log, shifts the older ones and keeps only as many as asked', () => {
    const path = join(tempDir(), 'logs', 'app.log');
    const log = fileLogger(path, { maxBytes: 300, keep: 3 });
    for (let i = 1; i <= 40; i++) log.info(`dòng ${String(i).padStart(2, '0')} ${'x'.repeat(40)}`);
    const files = readdirSync(join(path, '..')).sort();
    expect(files).toEqual(['app.1.log', 'app.2.log', 'app.3.log', 'app.log']);
    const numbers = (name: string) =>
      [...readFileSync(join(path, '..', name), 'utf8').matchAll(/dòng (\d+)/g)].map((m) =>
        Number(m[1]),
      );
    // Newest in app.log, then app.1, app.2, app.3: one unbroken run ending with the last line.
    const run = ['app.3.log', 'app.2.log', 'app.1.log', 'app.log'].flatMap(numbers);
    expect(run.at(-1)).toBe(40);
    expect(run).toEqual(run.map((_, i) => run[0]! + i));
    // The lines older than the kept files are gone, not piled up elsewhere.
    expect(run[0]).toBeGreaterThan(1);
    for (const name of files) expect(statSync(join(path, '..', name)).size).toBeLessThan(400);
  });

  it('rotates past 1 MB and keeps five older files by default', () => {
    const path = join(tempDir(), 'logs', 'app.log');
    const log = fileLogger(path);
    const block = 'y'.repeat(400 * 1024);
    for (let i = 1; i <= 20; i++) log.error(`khối ${i} ${block}`);
    const files = readdirSync(join(path, '..')).sort();
    expect(files).toEqual([
      'app.1.log',
      'app.2.log',
      'app.3.log',
      'app.4.log',
      'app.5.log',
      'app.log',
    ]);
    for (const name of files)
      expect(statSync(join(path, '..', name)).size).toBeLessThan(1024 * 1024 + 400 * 1024);
    expect(readFileSync(path, 'utf8')).toContain('khối 20 ');
  });

  it('says which process wrote the line', () => {
    const path = join(tempDir(), 'app.log');
    fileLogger(path, { label: 'renderer' }).error('Màn hình gặp lỗi');
    expect(readFileSync(path, 'utf8')).toMatch(/^\S+ ERROR \[renderer\] Màn hình gặp lỗi\n$/);
  });
});

describe('errors nobody caught in the backend host', () => {
  it('are written to app.log; an uncaught exception restarts the host, a rejection does not', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'data.db');
    let restarted: () => void = () => {};
    const restart = new Promise<void>((resolve) => (restarted = resolve));
    const client = new BackendClient({
      spawn: () => forkHost('test/fixtures/gated-host.ts'),
      open: { dbPath, transport: 'ipc', desktop: true, print: false, dailyBackup: false },
      onRestart: () => restarted(),
    });
    try {
      await client.start();
      const pid = client.pid;
      expect(await client.call('test.rejectLater', {})).toEqual({ ok: true, value: 'rejected' });
      await client.call('settings.get', {});
      expect(client.pid).toBe(pid);
      const afterRejection = readFileSync(logPathFor(dbPath), 'utf8');
      expect(afterRejection).toMatch(/ERROR \[backend\] Promise bị từ chối mà không được xử lý/);
      expect(afterRejection).toContain('Lỗi thử: promise bị từ chối');

      await client.call('test.throwLater', {});
      await restart;
      expect(client.pid).not.toBe(pid);
      expect((await client.call('settings.get', {})).ok).toBe(true);
      const log = readFileSync(logPathFor(dbPath), 'utf8');
      expect(log).toMatch(/ERROR \[backend\] Lỗi không được xử lý\nError: Lỗi thử: ngoại lệ/);
    } finally {
      await client.close();
    }
    expect(existsSync(join(dir, 'logs', 'app.1.log'))).toBe(false);
  });
});

describe('errors in the window', () => {
  it('console errors (uncaught, unhandled, the error boundary) and a dead renderer are logged', () => {
    const path = join(tempDir(), 'app.log');
    // A stand-in for Electron's WebContents: the two events the desktop app listens to.
    const contents = new EventEmitter();
    logRendererErrors(contents as unknown as WebContents, fileLogger(path, { label: 'renderer' }));
    const message = (level: string, text: string) =>
      contents.emit('console-message', {
        level,
        message: text,
        sourceId: 'app://thbc/a.js',
        lineNumber: 7,
      });
    message('info', 'Đã tải danh mục');
    message('warning', 'Cảnh báo nhỏ');
    message('error', 'Uncaught TypeError: x is undefined');
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /ERROR \[renderer\] Uncaught TypeError: x is undefined \(app:\/\/thbc\/a\.js:7\)$/,
    );
    expect(lines[1]).toMatch(/ERROR \[renderer\] Tiến trình giao diện dừng: crashed \(mã 139\)$/);
  });
});
