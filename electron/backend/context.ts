import type { Db } from './db/connection';
import type { PreviewStore } from './importer/preview-store';
import type { Logger } from './logger';

/** What every handler gets: the open database and facts about how the backend runs. */
export interface BackendContext {
  db: Db;
  dbPath: string;
  transport: 'ipc' | 'http' | 'cli';
  desktop: boolean;
  version: string;
  log: Logger;
  previews: PreviewStore;
  /** Today's date as yyyy-mm-dd; replaceable in tests. */
  today: () => string;
}
