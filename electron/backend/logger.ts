import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

/** Stacks go to a log file, never to the user's screen (ARCHITECTURE.md, Errors). */
export function fileLogger(path: string | null): Logger {
  const write = (level: string, message: string, error?: unknown) => {
    const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : '';
    const line = `${new Date().toISOString()} ${level} ${message}${detail}\n`;
    if (path === null) return;
    try {
      mkdirSync(dirname(path), { recursive: true });
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

export const silentLogger: Logger = { error: () => {}, info: () => {} };
