// A finished job's file (the forms zip) waits in the temporary folder until it is taken: saved by
// the desktop app where the clerk chose, or downloaded. One nobody takes is deleted after ten
// minutes, or as soon as the next forms job starts, so zips of megabytes do not pile up.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobInfo } from '../../shared/api';
import { JOB_FILE_KEPT_MS, jobsDir, saveJobFile } from '../../electron/backend/handlers/jobs';
import { memoryBackend } from './helpers';

const PERIOD = '2025-Q3';

type App = ReturnType<typeof memoryBackend>;

/** A forms job for one agency, waited for until its zip is written. */
async function finishedJob(app: App): Promise<JobInfo> {
  const { expected } = await app.call('periods.get', { period: PERIOD });
  let job = await app.call('forms.start', { period: PERIOD, agencyIds: [expected[0]!.id] });
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = await app.call('jobs.get', { id: job.id });
  }
  expect(job.state).toBe('done');
  return job;
}

const waiting = (job: JobInfo) => join(jobsDir(), `${job.id}.zip`);

afterEach(() => {
  vi.useRealTimers();
});

describe('a finished job’s file', () => {
  it('is written where the desktop app chose, once, with .zip added to a bare name', async () => {
    const app = memoryBackend();
    const job = await finishedJob(app);
    const folder = mkdtempSync(join(tmpdir(), 'thbc-saved-'));
    const saved = saveJobFile(app.ctx, job.id, join(folder, 'Biểu mẫu quý III'));
    expect(saved).toEqual({
      fileName: `BieuMau_${PERIOD}.zip`,
      path: join(folder, 'Biểu mẫu quý III.zip'),
    });
    expect(Object.keys(unzipSync(readFileSync(saved.path)))).toHaveLength(1);
    // Moved, not copied: nothing left behind, and the job is done with.
    expect(existsSync(waiting(job))).toBe(false);
    expect(() => saveJobFile(app.ctx, job.id, join(folder, 'lai.zip'))).toThrow('Không tìm thấy');
    rmSync(folder, { recursive: true, force: true });
    app.close();
  }, 60_000);

  it('is never written to a relative path', async () => {
    const app = memoryBackend();
    const job = await finishedJob(app);
    expect(() => saveJobFile(app.ctx, job.id, 'BieuMau.zip')).toThrow('Nơi lưu tệp không hợp lệ');
    expect(existsSync(waiting(job))).toBe(true);
    app.close();
  }, 60_000);

  it('is deleted when the next forms job starts without anyone having taken it', async () => {
    const app = memoryBackend();
    const first = await finishedJob(app);
    expect(existsSync(waiting(first))).toBe(true);
    const second = await finishedJob(app);
    expect(existsSync(waiting(first))).toBe(false);
    await expect(app.call('jobs.get', { id: first.id })).rejects.toThrow('Không tìm thấy');
    // The new one is kept, and handed out as usual.
    const file = await app.call('jobs.file', { id: second.id });
    expect(file.fileName).toBe(`BieuMau_${PERIOD}.zip`);
    app.close();
  }, 60_000);

  it('is deleted ten minutes after it was made if nobody took it', async () => {
    const app = memoryBackend();
    const job = await finishedJob(app);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + JOB_FILE_KEPT_MS - 60_000);
    expect((await app.call('jobs.get', { id: job.id })).state).toBe('done');
    vi.setSystemTime(Date.now() + 61_000);
    await expect(app.call('jobs.get', { id: job.id })).rejects.toThrow('Không tìm thấy');
    expect(existsSync(waiting(job))).toBe(false);
    app.close();
  }, 60_000);
});
