// The backend host: runs the backend (database, dispatch) in a process of its own, so that a long
// form batch or report never freezes the window. In the desktop app it is Electron's utility
// process (electron-entry.ts); in tests it is a Node child process (node-entry.ts). It answers:
//   open     → opens the database; a problem is described (describeStartupProblem) for main's dialog
//   restore  → puts the latest backup in place of a database that will not open
//   dispatch → one API call, answered with the envelope dispatch returns
//   close    → closes the database
// and asks the main process to `print` HTML to PDF (Electron's printToPDF lives there).
import type { Envelope } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import { createBackend, type Backend, type BackendOptions } from '../backend/backend';
import { describeStartupProblem, type StartupProblem } from '../backend/db/problems';
import { restoreOver } from '../backend/db/restore';
import type { Dispatch } from '../backend/dispatch';
import { fileLogger, logPathFor, logUncaught, type Logger } from '../backend/logger';
import { createPeer, type Port } from './peer';

export interface OpenRequest {
  dbPath: string;
  transport: BackendOptions['transport'];
  desktop: boolean;
  /** Print through the main process (the desktop app); absent: no printer, as in browser mode. */
  print: boolean;
  today?: string;
  dailyBackup?: boolean;
}

export type OpenReply = { ok: true; seeded: boolean } | { ok: false; problem: StartupProblem };

export interface RestoreReply {
  restored: string;
  keptAs: string | null;
}

export interface HostOptions {
  /** Wraps dispatch; tests add slow methods this way, production dispatch stays as it is. */
  wrapDispatch?: (dispatch: Dispatch) => Dispatch;
  /** Called after an uncaught exception has been logged (default: exit, so main restarts us). */
  onUncaught?: (error: unknown) => void;
}

const NOT_OPEN_MESSAGE =
  'Cơ sở dữ liệu chưa được mở. Hãy đóng rồi mở lại ứng dụng; nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận kỹ thuật.';

export function runHost(port: Port, options: HostOptions = {}): void {
  let backend: Backend | null = null;
  let dispatch: Dispatch | null = null;
  let log: Logger = fileLogger(null);
  logUncaught(process, () => log, options.onUncaught ?? (() => process.exit(1)));

  const peer = createPeer(port, {
    open(payload) {
      const request = payload as OpenRequest;
      log = fileLogger(logPathFor(request.dbPath), { label: 'backend' });
      backend?.close();
      backend = null;
      try {
        backend = createBackend({
          dbPath: request.dbPath,
          transport: request.transport,
          desktop: request.desktop,
          logger: log,
          printer: request.print
            ? async (html) => (await peer.request('print', html)) as Uint8Array
            : undefined,
          today: request.today,
          dailyBackup: request.dailyBackup,
        });
      } catch (error) {
        const problem = describeStartupProblem(error, request.dbPath);
        if (problem.kind === 'unknown') log.error('Không mở được cơ sở dữ liệu', error);
        return { ok: false, problem } satisfies OpenReply;
      }
      dispatch = options.wrapDispatch ? options.wrapDispatch(backend.dispatch) : backend.dispatch;
      return { ok: true, seeded: backend.seeded } satisfies OpenReply;
    },
    restore(payload) {
      const { dbPath, backup } = payload as { dbPath: string; backup: string };
      try {
        const { restored, keptAs } = restoreOver(dbPath, backup);
        return { restored: restored.name, keptAs } satisfies RestoreReply;
      } catch (error) {
        if (!(error instanceof AppError)) log.error('Khôi phục bản sao lưu thất bại', error);
        throw error;
      }
    },
    async dispatch(payload): Promise<Envelope<unknown>> {
      const { method, args } = payload as { method: string; args: unknown };
      if (!dispatch)
        return { ok: false, error: new AppError('UNAVAILABLE', NOT_OPEN_MESSAGE).toPayload() };
      return dispatch(method, args);
    },
    async saveJobFile(payload) {
      const { id, path } = payload as { id: string; path: string };
      if (!backend) throw new AppError('UNAVAILABLE', NOT_OPEN_MESSAGE);
      // Loaded when first used, like the handlers (handlers/index.ts): the host starts sooner.
      const jobs = await import('../backend/handlers/jobs');
      return jobs.saveJobFile(backend.ctx, id, path);
    },
    close() {
      backend?.close();
      backend = null;
      dispatch = null;
      return true;
    },
  });
}
