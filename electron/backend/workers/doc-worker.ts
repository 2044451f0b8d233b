// A worker thread of the document pool (doc-pool.ts): builds the documents it is sent, one at a
// time, and answers with the bytes.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { runDocJob, type DocJob } from './doc-jobs';

export interface DocRequest {
  id: number;
  job: DocJob;
}

export type DocReply =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof runDocJob>> }
  | { id: number; ok: false; code: string | null; message: string; stack: string | undefined };

const port = parentPort;
if (!port) throw new Error('doc-worker runs only as a worker thread');

port.on('message', (request: DocRequest) => {
  runDocJob(request.job).then(
    // Copied, not transferred: a Buffer may sit in Node's shared pool, which must stay usable here.
    (result) => port.postMessage({ id: request.id, ok: true, result } satisfies DocReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      const reply: DocReply = {
        id: request.id,
        ok: false,
        code: e instanceof AppError ? e.code : null,
        message: e.message,
        stack: e.stack,
      };
      port.postMessage(reply);
    },
  );
});
