import type { Db } from './db/connection';
import type { PreviewStore } from './importer/preview-store';
import type { Logger } from './logger';
import type { HtmlPrinter } from './reports/html-printer';

/** What every handler gets: the open database and facts about how the backend runs. */
export interface BackendContext {
  /** Replaced when a backup is restored (closed, swapped, reopened): always read it from here. */
  db: Db;
  dbPath: string;
  transport: 'ipc' | 'http' | 'cli';
  desktop: boolean;
  version: string;
  log: Logger;
  /** Emptied (replaced) when a backup is restored. */
  previews: PreviewStore;
  /** Prints HTML to PDF (Electron's printToPDF); absent in browser mode and on the command line. */
  printer?: HtmlPrinter;
  /** How many API calls are under way (set by dispatch); a restore waits for the others. */
  runningCalls?: () => number;
  /** Today's date as yyyy-mm-dd; replaceable in tests. */
  today: () => string;
}
