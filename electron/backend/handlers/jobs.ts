// Long document jobs: forms for every agency are built on the document pool while the caller polls
// `jobs.get` for "Đang tạo biểu mẫu 23/60…"; the result is a zip the backend writes to disk and
// hands out once (`jobs.file`, or GET /files/<id> in browser mode), not one huge response.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { GeneratedFile, JobInfo } from '../../../shared/api';
import { AppError, INTERNAL_MESSAGE } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { activeCatalogue } from './catalogue';
import { buildForms } from './forms';
import { resolvePeriod } from './periods';

interface Job extends JobInfo {
  path: string | null;
}

const jobs = new WeakMap<BackendContext, Map<string, Job>>();

function jobsOf(ctx: BackendContext): Map<string, Job> {
  let map = jobs.get(ctx);
  if (!map) jobs.set(ctx, (map = new Map()));
  return map;
}

const info = ({ path: _path, ...job }: Job): JobInfo => ({ ...job });

/** Where finished files wait to be fetched: the system's temporary folder, one file a job. */
function jobsDir(): string {
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
    state: 'running',
    done: 0,
    total: 0,
    message: 'Đang chuẩn bị biểu mẫu…',
    file: null,
    error: null,
    path: null,
  };
  // A period or agency that does not exist fails this call, not the job.
  const { plan } = activeCatalogue(ctx);
  resolvePeriod(ctx, plan, a.period);
  jobsOf(ctx).set(job.id, job);
  const progress = (done: number, total: number) => {
    job.done = done;
    job.total = total;
    job.message = `Đang tạo biểu mẫu ${done}/${total}…`;
  };
  const built = buildForms(ctx, a.period, a.agencyIds, progress);
  built.then(
    ({ period, files }) => {
      const zip = zipSync(zipEntries(files), { level: 0 });
      const path = join(jobsDir(), `${job.id}.zip`);
      writeFileSync(path, zip);
      Object.assign(job, {
        state: 'done',
        path,
        message: `Đã tạo ${files.length} biểu mẫu`,
        file: { fileName: `BieuMau_${period}.zip`, size: statSync(path).size },
      });
    },
    (error: unknown) => {
      if (!(error instanceof AppError)) ctx.log.error('forms job failed', error);
      Object.assign(job, {
        state: 'failed',
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
  const job = find(ctx, id);
  if (job.state !== 'done' || !job.path || !job.file)
    throw new AppError('VALIDATION', 'Văn bản chưa tạo xong.');
  const bytes = readFileSync(job.path);
  rmSync(job.path, { force: true });
  jobsOf(ctx).delete(id);
  return { fileName: job.file.fileName, bytes };
}

/** The same as a GeneratedFile, for the IPC door (the browser downloads GET /files/<id>). */
export function jobFile(ctx: BackendContext, id: string): GeneratedFile {
  const { fileName, bytes } = takeJobFile(ctx, id);
  return { fileName, data: bytes.toString('base64') };
}
