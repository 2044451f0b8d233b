// Requests with ids over one message port, in both directions: the main process asks the backend
// host to open the database and run API calls; the host asks the main process to print HTML to PDF.
// The same code runs over Electron's utility-process port and over a Node child process's IPC.
import { AppError, INTERNAL_MESSAGE, type ErrorPayload } from '../../shared/errors';

/** What both ends need from a message channel (adapters in ports.ts). */
export interface Port {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

type Request = { t: 'req'; id: number; op: string; payload: unknown };
type Response =
  | { t: 'res'; id: number; ok: true; value: unknown }
  | { t: 'res'; id: number; ok: false; error: ErrorPayload };

export type Handler = (payload: unknown) => unknown;

export interface Peer {
  request(op: string, payload?: unknown): Promise<unknown>;
  /** Settles every request still waiting for its answer with this error (the other end is gone). */
  rejectAll(error: Error): void;
  pending(): number;
}

export function createPeer(port: Port, handlers: Record<string, Handler>): Peer {
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  port.onMessage((message) => {
    if (isRequest(message)) void answer(message);
    else if (isResponse(message)) {
      const call = waiting.get(message.id);
      if (!call) return;
      waiting.delete(message.id);
      if (message.ok) call.resolve(message.value);
      else
        call.reject(new AppError(message.error.code, message.error.message, message.error.details));
    }
  });

  async function answer({ id, op, payload }: Request): Promise<void> {
    const handler = handlers[op];
    try {
      if (!handler) throw new AppError('UNKNOWN_METHOD', `Yêu cầu nội bộ "${op}" không tồn tại.`);
      port.postMessage({ t: 'res', id, ok: true, value: await handler(payload) });
    } catch (error) {
      const payload =
        error instanceof AppError
          ? error.toPayload()
          : { code: 'INTERNAL' as const, message: INTERNAL_MESSAGE };
      port.postMessage({ t: 'res', id, ok: false, error: payload });
    }
  }

  return {
    request(op, payload) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ t: 'req', id, op, payload } satisfies Request);
      });
    },
    rejectAll(error) {
      const calls = [...waiting.values()];
      waiting.clear();
      for (const call of calls) call.reject(error);
    },
    pending: () => waiting.size,
  };
}

function isRequest(m: unknown): m is Request {
  return typeof m === 'object' && m !== null && (m as Request).t === 'req';
}

function isResponse(m: unknown): m is Response {
  return typeof m === 'object' && m !== null && (m as Response).t === 'res';
}
