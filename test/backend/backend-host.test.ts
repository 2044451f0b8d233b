// The backend host in a process of its own (Electron's utility process in the desktop app), run
// here as a Node child process: the same host module, the same client the main process uses.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Args, Method, Result } from '../../shared/api';
import { AppError } from '../../shared/errors';
import {
  BackendClient,
  RESTARTING_MESSAGE,
  STOPPED_MESSAGE,
  type BackendClientOptions,
} from '../../electron/backend-host/client';
import type { OpenRequest } from '../../electron/backend-host/host';
import { forkHost } from '../../electron/backend-host/node-process';

const HOST = 'electron/backend-host/node-entry.ts';
const GATED_HOST = 'test/fixtures/gated-host.ts';

const dirs: string[] = [];
const clients: BackendClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function client(
  entry: string,
  options: Partial<Omit<BackendClientOptions, 'open'>> & { open?: Partial<OpenRequest> } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'thbc-host-'));
  dirs.push(dir);
  const c = new BackendClient({
    ...options,
    spawn: () => forkHost(entry),
    open: {
      dbPath: join(dir, 'data.db'),
      transport: 'ipc',
      desktop: true,
      print: false,
      today: '2025-10-05',
      dailyBackup: false,
      ...options.open,
    },
  });
  clients.push(c);
  return { c, dir };
}

/** An API call through the host, unwrapped: a fault rejects with its AppError. */
async function call<M extends Method>(c: BackendClient, method: M, args: Args<M>) {
  const envelope = await c.call(method, args);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.value as Result<M>;
}

/** A call to a test-only method of the gated host (not in the API contract). */
async function testCall(c: BackendClient, method: 'test.wait' | 'test.release') {
  const envelope = await c.call(method, {});
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message);
  return envelope.value;
}

describe('backend host in its own process', () => {
  it('opens the database and answers API calls over the port', async () => {
    const { c } = client(HOST);
    expect(await c.start()).toEqual({ ok: true, seeded: true });
    const before = await call(c, 'settings.get', {});
    expect(before.place).toBeTruthy();
    const updated = await call(c, 'settings.update', { patch: { place: 'Phong Thổ' } });
    expect(updated.place).toBe('Phong Thổ');
    expect((await call(c, 'settings.get', {})).place).toBe('Phong Thổ');
    // Faults cross the port as envelopes with their Vietnamese message.
    const bad = await c.dispatch('settings.update', { patch: { place: 5 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    const unknown = await c.dispatch('no.such', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('prints through the main process: the host asks, the bytes come back', async () => {
    const printed: string[] = [];
    const { c } = client(HOST, {
      open: { print: true },
      print: async (html) => {
        printed.push(html);
        const pdf = await PDFDocument.create();
        pdf.addPage([595, 842]);
        return pdf.save();
      },
    });
    await c.start();
    const letter = await call(c, 'reports.reminder', { period: '2025-Q3', number: '5' });
    const file = await call(c, 'reports.pdf', { fileId: letter.id });
    expect(file.fileName).toBe('CongVan_DonDoc_2025-Q3_so-05.pdf');
    expect(Buffer.from(file.data, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(printed.join('')).toContain('đôn đốc');
  });

  it('writes a forms zip where the main process says, not through the window', async () => {
    const { c, dir } = client(HOST);
    await c.start();
    const { expected } = await call(c, 'periods.get', { period: '2025-Q3' });
    let job = await call(c, 'forms.start', { period: '2025-Q3', agencyIds: [expected[0]!.id] });
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = await call(c, 'jobs.get', { id: job.id });
    }
    const target = join(dir, 'BieuMau.zip');
    expect(await c.saveJobFile(job.id, target)).toEqual({
      fileName: 'BieuMau_2025-Q3.zip',
      path: target,
    });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    await expect(c.saveJobFile(job.id, target)).rejects.toThrow('Không tìm thấy');
  }, 60_000);

  it('reports a database that will not open, for the start-up dialog', async () => {
    const { c, dir } = client(HOST);
    writeFileSync(join(dir, 'data.db'), 'không phải SQLite '.repeat(200));
    const reply = await c.start();
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.problem.kind).toBe('damaged');
    expect(reply.problem.title).toBe('Tệp dữ liệu bị hỏng');
    expect(reply.problem.actions.map((a) => a.id)).toEqual(['quit']);
    // API calls say why instead of hanging.
    const envelope = await c.dispatch('settings.get', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    if (!envelope.ok) expect(envelope.error.message).toContain('bị hỏng');
  });

  it('restores the latest backup over a damaged database, as the start-up dialog offers', async () => {
    const { c, dir } = client(HOST);
    await c.start();
    await call(c, 'settings.update', { patch: { place: 'Mường Tè' } });
    const backup = await call(c, 'backups.create', {});
    await c.close();
    const dbPath = join(dir, 'data.db');
    for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    writeFileSync(dbPath, 'hỏng '.repeat(500));

    const { c: again } = client(HOST, { open: { dbPath } });
    const reply = await again.start();
    if (reply.ok) throw new Error('a damaged database must not open');
    expect(reply.problem.latestBackup).toBe(backup.path);
    expect(reply.problem.actions.map((a) => a.id)).toContain('restore-latest-backup');
    const restored = await again.restore(reply.problem.latestBackup!);
    expect(restored.restored).toBe(backup.name);
    expect(restored.keptAs).toMatch(/data\.db\.hong-/);
    expect(await again.start()).toEqual({ ok: true, seeded: false });
    expect((await call(again, 'settings.get', {})).place).toBe('Mường Tè');
  });

  it('a crash fails the call under way in Vietnamese, restarts the host, and the data is intact', async () => {
    let restarts = 0;
    const { c } = client(GATED_HOST, { onRestart: () => restarts++ });
    await c.start();
    await call(c, 'settings.update', { patch: { place: 'Sìn Hồ' } });
    const firstPid = c.pid;
    const waiting = testCall(c, 'test.wait');
    // The call is in the host (it answers another one meanwhile) when the process is killed.
    await call(c, 'settings.get', {});
    process.kill(firstPid!, 'SIGKILL');
    await expect(waiting).rejects.toThrow(RESTARTING_MESSAGE);
    expect(restarts).toBe(1);
    expect(c.pid).not.toBe(firstPid);
    expect((await call(c, 'settings.get', {})).place).toBe('Sìn Hồ');
    // Through the IPC door the same fault is an envelope the window shows.
    const again = c.dispatch('test.wait', {});
    await call(c, 'settings.get', {});
    process.kill(c.pid!, 'SIGKILL');
    expect(await again).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: RESTARTING_MESSAGE },
    });
    expect(restarts).toBe(2);
    expect((await call(c, 'settings.get', {})).place).toBe('Sìn Hồ');
  });

  it('stops restarting a host that keeps dying, and says so', async () => {
    let restarts = 0;
    const { c } = client(GATED_HOST, {
      maxRestartsPerMinute: 1,
      onRestart: () => restarts++,
    });
    await c.start();
    const killAndWait = async () => {
      const waiting = c.dispatch('test.wait', {});
      await c.call('settings.get', {});
      process.kill(c.pid!, 'SIGKILL');
      return waiting;
    };
    expect(await killAndWait()).toMatchObject({ error: { message: RESTARTING_MESSAGE } });
    expect(await killAndWait()).toMatchObject({ error: { message: RESTARTING_MESSAGE } });
    expect(restarts).toBe(1);
    expect(c.pid).toBeUndefined();
    expect(await c.dispatch('settings.get', {})).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: STOPPED_MESSAGE },
    });
  });

  it('ends a host busy with a long call when the app closes, instead of hanging', async () => {
    const { c } = client(GATED_HOST, { closeTimeoutMs: 200 });
    await c.start();
    const spinning = c.dispatch('test.spin', {});
    // The host never reads the close request: the client ends it after closeTimeoutMs.
    await c.close();
    // The call under way is answered when the process is gone, not left pending.
    expect(await spinning).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('a long call does not hold up a short one', async () => {
    const { c } = client(GATED_HOST);
    await c.start();
    const order: string[] = [];
    const long = testCall(c, 'test.wait').then(() => order.push('long'));
    const short = call(c, 'settings.get', {}).then(() => order.push('short'));
    await short;
    expect(order).toEqual(['short']);
    await testCall(c, 'test.release');
    await long;
    expect(order).toEqual(['short', 'long']);
  });
});
