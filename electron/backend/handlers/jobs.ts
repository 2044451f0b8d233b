// Long document jobs: forms for every agency are built on the document pool while the caller polls
// `jobs.get` for "Đang tạo biểu mẫu 23/60…"; the result is a zip the backend writes to disk and
// hands out once (`jobs.file`, or GET /files/<id> in browser mode), not one huge response. A file
// nobody takes is deleted after JOB_FILE_KEPT_MS, or when the next job of its kind starts.
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join } from 'node:path';
import { zipSync } from 'fflate';
import type { GeneratedFile, JobInfo, SavedJobFile } from '../../../shared/api';
import { AppError, INTERNAL_MESSAGE } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { activePlan } from './catalogue';
import { buildForms } from './forms';
import { resolvePeriod } from './periods';

interface Job extends JobInfo {
  kind: 'forms';
  path: string | null;
  /** When its file was written (Date.now()); it is deleted JOB_FILE_KEPT_MS later if not taken. */
  finishedAt: number | null;
}

/** How long a finished file waits to be taken: 60 zipped forms are megabytes in the temp folder. */
export const JOB_FILE_KEPT_MS = 10 * 60_000;

const jobs = new WeakMap<BackendContext, Map<string, Job>>();

function jobsOf(ctx: BackendContext): Map<string, Job> {
  let map = jobs.get(ctx);
  if (!map) jobs.set(ctx, (map = new Map()));
  return map;
}

const info = ({ path: _path, kind: _kind, finishedAt: _at, ...job }: Job): JobInfo => ({ ...job });

/** Forgets a finished job and deletes its file. */
function free(ctx: BackendContext, job: Job): void {
  jobsOf(ctx).delete(job.id);
  if (job.path) rmSync(job.path, { force: true });
}

/** Frees the finished jobs nobody took in time, and those of `kind` when a new one starts. */
function sweep(ctx: BackendContext, starting?: Job['kind']): void {
  const now = Date.now();
  for (const job of [...jobsOf(ctx).values()]) {
    const stale = job.finishedAt !== null && now - job.finishedAt >= JOB_FILE_KEPT_MS;
    if (stale || (job.kind === starting && job.state !== 'running')) free(ctx, job);
  }
}

/** Where finished files wait to be fetched: the system's temporary folder, one file a job. */
export function jobsDir(): string {
  const dir = join(tmpdir(), 'thbc-jobs');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Starts the forms of a period (all expected agencies, or those asked for) and returns at once.
 * The zip's members are stored, not deflated again: each .xlsx is already compressed.
 */
export function startForms(
  ctx: BackendContext,
  a: { period: string; agencyIds?: number[] },
): JobInfo {
  const job: Job = {
    id: randomUUID(),
    kind: 'forms',
    finishedAt: null,
    state: 'running',
    done: 0,
    total: 0,
    message: 'Đang chuẩn bị biểu mẫu…',
    file: null,
    error: null,
    path: null,
  };
  // A period or agency that does not exist fails this call, not the job.
  resolvePeriod(ctx, activePlan(ctx), a.period);
  sweep(ctx, job.kind);
  jobsOf(ctx).set(job.id, job);
  const progress = (done: number, total: number) => {
    job.done = done;
    job.total = total;
    job.message = `Đang tạo biểu mẫu ${done}/${total}…`;
  };
  // Begun on the next turn of the event loop: this call answers first, and the catalogue read
  // above and the one buildForms makes do not hold other calls up together.
  const built = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    buildForms(ctx, a.period, a.agencyIds, progress),
  );
  built.then(
    ({ period, files }) => {
      const zip = zipSync(zipEntries(files), { level: 0 });
      const path = join(jobsDir(), `${job.id}.zip`);
      writeFileSync(path, zip);
      Object.assign(job, {
        state: 'done',
        path,
        finishedAt: Date.now(),
        message: `Đã tạo ${files.length} biểu mẫu`,
        file: { fileName: `BieuMau_${period}.zip`, size: statSync(path).size },
      });
      // Freed by then if nobody took it, even if no other call comes to sweep.
      setTimeout(() => sweep(ctx), JOB_FILE_KEPT_MS + 1_000).unref();
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) ctx.log.error('forms job failed', error);
      Object.assign(job, {
        state: 'failed',
        finishedAt: Date.now(),
        error: error instanceof AppError ? error.message : INTERNAL_MESSAGE,
        message: 'Không tạo được biểu mẫu.',
      });
    },
  );
  return info(job);
}

/** Entries by file name; two agencies with the same short name get `… (2).xlsx`. */
function zipEntries(files: readonly { fileName: string; bytes: Uint8Array }[]) {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) {
    let name = f.fileName;
    for (let n = 2; name in entries; n++) name = f.fileName.replace(/(\.[^.]+)?$/, ` (${n})$1`);
    entries[name] = f.bytes;
  }
  return entries;
}

function find(ctx: BackendContext, id: string): Job {
  sweep(ctx);
  const job = jobsOf(ctx).get(id);
  if (!job)
    throw new AppError('NOT_FOUND', 'Không tìm thấy việc tạo văn bản này (có thể đã tải về).');
  return job;
}

export function getJob(ctx: BackendContext, id: string): JobInfo {
  return info(find(ctx, id));
}

/** The finished file, once: it is deleted from disk and the job forgotten after this. */
export function takeJobFile(ctx: BackendContext, id: string): { fileName: string; bytes: Buffer } {
  const { job, path, fileName } = finished(ctx, id);
  const bytes = readFileSync(path);
  free(ctx, job);
  return { fileName, bytes };
}

function finished(ctx: BackendContext, id: string) {
  const job = find(ctx, id);
  if (job.state !== 'done' || !job.path || !job.file)
    throw new AppError('VALIDATION', 'Văn bản chưa tạo xong.');
  return { job, path: job.path, fileName: job.file.fileName };
}

/**
 * The finished file moved to `target`, once (the desktop app: where the clerk chose to save it;
 * the main process asks through the host, never the window). Moved, or copied across drives.
 */
export function saveJobFile(ctx: BackendContext, id: string, target: string): SavedJobFile {
  const { job, path, fileName } = finished(ctx, id);
  if (!isAbsolute(target)) throw new AppError('VALIDATION', 'Nơi lưu tệp không hợp lệ.');
  // A name typed in the dialog without its extension still saves a .zip.
  const ext = extname(fileName);
  const to = extname(target).toLowerCase() === ext.toLowerCase() ? target : `${target}${ext}`;
  try {
    renameSync(path, to);
  } catch {
    copyFileSync(path, to);
  }
  free(ctx, job);
  return { fileName, path: to };
}

/** The same as a GeneratedFile, for the IPC door (the browser downloads GET /files/<id>). */
export function jobFile(ctx: BackendContext, id: string): GeneratedFile {
  const { fileName, bytes } = takeJobFile(ctx, id);
  return { fileName, data: bytes.toString('base64') };
}
