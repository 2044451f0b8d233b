import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export interface LogOptions {
  /** Which process wrote the line (main, backend, renderer), shown in brackets after the level. */
  label?: string;
  /** Past this size the file is rotated: app.log → app.1.log → … (default 1 MB). */
  maxBytes?: number;
  /** How many rotated files are kept beside the current one (default 5). */
  keep?: number;
}

const MAX_LOG_BYTES = 1024 * 1024;
const KEPT_LOGS = 5;

/** `logs/app.log` beside the database: every door and every process writes there. */
export function logPathFor(dbPath: string): string {
  return join(dirname(dbPath), 'logs', 'app.log');
}

/** Stacks go to a log file, never to the user's screen (ARCHITECTURE.md, Errors). */
export function fileLogger(path: string | null, options: LogOptions = {}): Logger {
  const label = options.label ? ` [${options.label}]` : '';
  const write = (level: string, message: string, error?: unknown) => {
    const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : '';
    const line = `${new Date().toISOString()} ${level}${label} ${message}${detail}\n`;
    if (path === null) return;
    try {
      mkdirSync(dirname(path), { recursive: true });
      rotateIfFull(path, options.maxBytes ?? MAX_LOG_BYTES, options.keep ?? KEPT_LOGS);
      appendFileSync(path, line);
    } catch {
      // A log that cannot be written must not break the request that tried to log.
    }
  };
  return {
    error: (message, error) => write('ERROR', message, error),
    info: (message) => write('INFO', message),
  };
}

/**
 * A full log becomes app.1.log (app.1 → app.2 …, the oldest beyond `keep` is dropped), so a
 * machine that logs for years keeps a few megabytes. Each write opens and closes the file, so the
 * main process and the backend process can share it; at worst both rotate once in a row.
 */
function rotateIfFull(path: string, maxBytes: number, keep: number): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return;
  }
  if (size < maxBytes) return;
  const rotated = (n: number) => path.replace(/(\.log)?$/, `.${n}.log`);
  rmSync(rotated(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(rotated(n), rotated(n + 1));
    } catch {
      // That generation does not exist yet.
    }
  }
  renameSync(path, rotated(1));
}

/**
 * Uncaught exceptions and unhandled rejections of this process go to the log. After an uncaught
 * exception the process is in an unknown state: `onException` decides (the backend host exits so
 * that it is restarted; the main process tells the user).
 */
export function logUncaught(
  proc: NodeJS.Process,
  log: () => Logger,
  onException: (error: unknown) => void,
): void {
  proc.on('uncaughtException', (error) => {
    log().error('Lỗi không được xử lý', error);
    onException(error);
  });
  proc.on('unhandledRejection', (reason) => {
    log().error(
      `Promise bị từ chối mà không được xử lý${reason instanceof Error ? '' : `: ${String(reason)}`}`,
      reason,
    );
  });
}

export const silentLogger: Logger = { error: () => {}, info: () => {} };
