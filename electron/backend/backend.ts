// Opens the database, seeds it on first run and returns the dispatch every transport calls.
import { dirname, join } from 'node:path';
import { localIsoDate } from '../../shared/domain/text';
import type { BackendContext } from './context';
import { openDatabase } from './db/connection';
import { dailyBackup } from './handlers/backups';
import { createDispatch, type Dispatch } from './dispatch';
import { PreviewStore } from './importer/preview-store';
import type { HtmlPrinter } from './reports/html-printer';
import { fileLogger, type Logger } from './logger';
import { seedIfEmpty } from './seed/seed-catalogue';
import { APP_VERSION } from './version';

export interface BackendOptions {
  dbPath: string;
  transport: BackendContext['transport'];
  desktop?: boolean;
  logger?: Logger;
  /** HTML → PDF through the desktop shell's Chromium (Electron's printToPDF). */
  printer?: HtmlPrinter;
  /** Fixed "today" for tests and demos (yyyy-mm-dd). */
  today?: string;
  /** The daily backup on the first start of the day (default on; off for the demo). */
  dailyBackup?: boolean;
}

export interface Backend {
  ctx: BackendContext;
  dispatch: Dispatch;
  /** True when this start created the catalogue from the seed files. */
  seeded: boolean;
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const db = openDatabase(options.dbPath);
  const log =
    options.logger ??
    fileLogger(
      options.dbPath === ':memory:' ? null : join(dirname(options.dbPath), 'logs', 'app.log'),
    );
  const ctx: BackendContext = {
    db,
    dbPath: options.dbPath,
    transport: options.transport,
    desktop: options.desktop ?? false,
    version: APP_VERSION,
    log,
    previews: new PreviewStore(),
    printer: options.printer,
    today: () => options.today ?? localIsoDate(),
  };
  const seeded = seedIfEmpty(db);
  if (options.dailyBackup !== false) dailyBackup(ctx);
  // ctx.db, not db: a restore replaces the open database.
  return { ctx, dispatch: createDispatch(ctx), seeded, close: () => ctx.db.close() };
}
