// Documents (forms, the Word report and its Excel appendices) are built in worker threads, so
// that the one thread answering API calls keeps answering while 60 forms or a report are made.
// A small pool: min(2, cpus) threads, started on first use, released (unref) when idle so they
// never keep a CLI command or a test alive. Should a thread fail to start (a packaging fault), the
// job runs in-process: slower for the other calls, but the user still gets the document.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/errors';
import type { DocJob, DocResult } from './doc-jobs';
import type { DocReply, DocRequest } from './doc-worker';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  /** The job under way (one at a time), or null when idle. */
  job: { request: DocRequest; pending: Pending } | null;
  /** Whether it ever answered: a thread that dies before its first answer cannot start here. */
  answered: boolean;
}

/** Where the worker's code is: the bundle beside this chunk, or the sources through tsx. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return new Worker(new URL('./doc-boot.mjs', here), {
      workerData: { entry: new URL('./doc-worker.ts', here).href },
    });
  }
  return new Worker(new URL('./doc-worker.js', here));
}

class DocPool {
  private readonly threads: Thread[] = [];
  private readonly queue: { request: DocRequest; pending: Pending }[] = [];
  private nextId = 1;
  /** Threads cannot start in this process: every job runs in-process. */
  private inProcess = false;
  /** Jobs finished on a worker thread and on the calling thread (for tests and the bench). */
  readonly finished = { onThread: 0, inProcess: 0 };

  constructor(readonly size = Math.max(1, Math.min(2, availableParallelism()))) {}

  run<J extends DocJob>(job: J): Promise<DocResult<J>> {
    return new Promise((resolve, reject) => {
      const request = { id: this.nextId++, job };
      this.queue.push({ request, pending: { resolve: resolve as (v: unknown) => void, reject } });
      this.pump();
    });
  }

  /**
   * Starts the threads ahead of need (the screens that make documents call this when they open):
   * a new thread loads exceljs and docx, which would otherwise delay the first document.
   */
  warm(): void {
    if (this.inProcess) return;
    while (this.threads.length < this.size) this.spawn().worker.unref();
  }

  async close(): Promise<void> {
    const threads = this.threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.inProcess) {
        const { request, pending } = this.queue.shift()!;
        // Loaded only on this fallback, so the backend starts without exceljs and docx.
        import('./doc-jobs')
          .then(({ runDocJob }) => runDocJob(request.job))
          .then((result) => {
            this.finished.inProcess++;
            pending.resolve(result);
          }, pending.reject);
        continue;
      }
      const thread =
        this.threads.find((t) => t.job === null) ??
        (this.threads.length < this.size ? this.spawn() : null);
      if (!thread) return;
      thread.job = this.queue.shift()!;
      thread.worker.ref();
      thread.worker.postMessage(thread.job.request);
    }
  }

  private spawn(): Thread {
    const thread: Thread = { worker: startWorker(), job: null, answered: false };
    thread.worker.on('message', (reply: DocReply) => {
      const job = thread.job;
      if (!job || job.request.id !== reply.id) return;
      thread.job = null;
      thread.answered = true;
      thread.worker.unref();
      if (reply.ok) this.finished.onThread++;
      if (reply.ok) job.pending.resolve(reply.result);
      else job.pending.reject(replyError(reply));
      this.pump();
    });
    const lose = () => this.lose(thread);
    thread.worker.on('error', lose);
    thread.worker.on('exit', lose);
    this.threads.push(thread);
    return thread;
  }

  private lose(thread: Thread): void {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    const job = thread.job;
    thread.job = null;
    if (!thread.answered) {
      // It never started (the worker's code missing or broken): build here from now on.
      this.inProcess = true;
      if (job) this.queue.unshift(job);
    } else if (job) {
      job.pending.reject(new Error('Luồng tạo văn bản dừng bất thường.'));
    }
    this.pump();
  }
}

function replyError(reply: Extract<DocReply, { ok: false }>): Error {
  if (reply.code !== null) return new AppError(reply.code as ErrorCode, reply.message);
  const error = new Error(reply.message);
  if (reply.stack) error.stack = reply.stack;
  return error;
}

let shared: DocPool | null = null;

/** The process's pool (threads are per process, not per database). */
export function docPool(): DocPool {
  return (shared ??= new DocPool());
}
