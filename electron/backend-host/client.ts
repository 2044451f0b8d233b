// The main process's side of the backend host: starts it, forwards API calls with ids, answers its
// print requests, and when it dies unexpectedly fails the calls under way with a Vietnamese message,
// starts a new one on the same database and lets the window know. No call ever times out silently:
// each one gets the host's answer or, if the host goes away, that message.
import type { SavedJobFile } from '../../shared/api';
import { AppError, INTERNAL_MESSAGE, type Envelope } from '../../shared/errors';
import type { Dispatch } from '../backend/dispatch';
import { silentLogger, type Logger } from '../backend/logger';
import type { OpenReply, OpenRequest, RestoreReply } from './host';
import { createPeer, type Peer, type Port } from './peer';

/** A started host process (Electron's utility process, or a Node child in tests). */
export interface HostProcess {
  port: Port;
  pid: number | undefined;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface BackendClientOptions {
  spawn: () => HostProcess;
  open: OpenRequest;
  /** Answers the host's print requests (Electron's printToPDF in the main process). */
  print?: (html: string) => Promise<Uint8Array>;
  /** Called when the host stopped unexpectedly and a new one is being started. */
  onRestart?: () => void;
  log?: Logger;
  /** Restarts allowed within a minute before giving up (a host that dies at once, again and again). */
  maxRestartsPerMinute?: number;
  /** How long closing waits for the host to close the database before ending it (default 5 s). */
  closeTimeoutMs?: number;
}

export const RESTARTING_MESSAGE =
  'Phần xử lý dữ liệu vừa bị dừng và đang được khởi động lại. Hãy thử lại thao tác.';
export const STOPPED_MESSAGE =
  'Phần xử lý dữ liệu bị dừng nhiều lần liên tiếp nên không được khởi động lại. Hãy đóng rồi mở lại ' +
  'ứng dụng; nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận kỹ thuật.';

interface Running {
  process: HostProcess;
  peer: Peer;
  /** The answer to `open`; API calls wait for it. */
  ready: Promise<OpenReply>;
  exited: boolean;
}

export class BackendClient {
  private current: Running | null = null;
  private closing = false;
  private stopped = false;
  private restarts: number[] = [];
  private readonly log: Logger;

  constructor(private readonly options: BackendClientOptions) {
    this.log = options.log ?? silentLogger;
  }

  /** Starts the host (once) and opens the database; a problem comes back for the start-up dialog. */
  start(): Promise<OpenReply> {
    const running = this.current ?? this.spawn();
    running.ready = open(running.peer, this.options.open);
    return running.ready;
  }

  /** Restores `backup` over a database that would not open (the start-up dialog's choice). */
  async restore(backup: string): Promise<RestoreReply> {
    const running = this.current ?? this.spawn();
    return (await running.peer.request('restore', {
      dbPath: this.options.open.dbPath,
      backup,
    })) as RestoreReply;
  }

  /** The Dispatch the IPC door calls: always an envelope, never a rejection. */
  readonly dispatch: Dispatch = async (method, args) => {
    try {
      return await this.call(method, args);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      this.log.error(`${method}: không gọi được phần xử lý dữ liệu`, error);
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
    }
  };

  /** One API call; rejects with an AppError when the host stops before answering. */
  async call(method: string, args: unknown): Promise<Envelope<unknown>> {
    const running = await this.opened();
    return (await running.peer.request('dispatch', { method, args })) as Envelope<unknown>;
  }

  /**
   * A finished job's file written by the host to `path`, which the main process chose (the save
   * dialog): not an API method, so the window can never name a path itself.
   */
  async saveJobFile(id: string, path: string): Promise<SavedJobFile> {
    const running = await this.opened();
    return (await running.peer.request('saveJobFile', { id, path })) as SavedJobFile;
  }

  /** The running host once its database is open; an AppError when there is none. */
  private async opened(): Promise<Running> {
    if (this.stopped) throw new AppError('UNAVAILABLE', STOPPED_MESSAGE);
    const running = this.current;
    if (!running || this.closing) throw new AppError('UNAVAILABLE', RESTARTING_MESSAGE);
    const reply = await running.ready;
    if (!reply.ok) throw new AppError('UNAVAILABLE', reply.problem.message);
    if (running.exited) throw new AppError('UNAVAILABLE', RESTARTING_MESSAGE);
    return running;
  }

  /** The host's process id (tests stop it from outside). */
  get pid(): number | undefined {
    return this.current?.process.pid;
  }

  /**
   * Closes the database and ends the host; its exit is then not a crash. A host busy with a long
   * call is ended after closeTimeoutMs, so that quitting the app never hangs: SQLite's journal
   * keeps the database whole, the unfinished call is simply not written.
   */
  async close(): Promise<void> {
    this.closing = true;
    const running = this.current;
    this.current = null;
    if (!running || running.exited) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.closeTimeoutMs ?? 5000);
    });
    try {
      await Promise.race([running.peer.request('close'), timeout]);
    } catch {
      // Already gone: nothing left to close.
    } finally {
      clearTimeout(timer);
    }
    running.process.kill();
  }

  private spawn(): Running {
    const process = this.options.spawn();
    const peer = createPeer(process.port, {
      print: async (html) => {
        if (!this.options.print) throw new AppError('UNAVAILABLE', 'Không có máy in PDF.');
        try {
          return await this.options.print(String(html));
        } catch (error) {
          this.log.error('In PDF thất bại', error);
          throw error;
        }
      },
    });
    const running: Running = {
      process,
      peer,
      ready: Promise.resolve({ ok: true, seeded: false }),
      exited: false,
    };
    process.onExit((code) => this.exited(running, code));
    this.current = running;
    return running;
  }

  private exited(running: Running, code: number | null): void {
    running.exited = true;
    const crashed = !this.closing && this.current === running;
    running.peer.rejectAll(new AppError('UNAVAILABLE', RESTARTING_MESSAGE));
    if (!crashed) return;
    this.log.error(`Phần xử lý dữ liệu dừng bất thường (mã ${code ?? 'không rõ'}); khởi động lại`);
    const now = Date.now();
    this.restarts = [...this.restarts.filter((t) => now - t < 60_000), now];
    if (this.restarts.length > (this.options.maxRestartsPerMinute ?? 3)) {
      this.log.error('Phần xử lý dữ liệu dừng quá nhiều lần; không khởi động lại nữa');
      this.stopped = true;
      this.current = null;
      return;
    }
    const next = this.spawn();
    next.ready = open(next.peer, this.options.open);
    this.options.onRestart?.();
  }
}

/** `open` on a host; a host that dies while opening answers with the restart message. */
function open(peer: Peer, request: OpenRequest): Promise<OpenReply> {
  const reply = peer.request('open', request) as Promise<OpenReply>;
  // Nobody may be waiting for it (a restart with no call pending): not an unhandled rejection.
  reply.catch(() => {});
  return reply;
}
