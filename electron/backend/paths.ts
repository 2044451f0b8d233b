import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join, posix, win32 } from 'node:path';

const APP_DIR_NAME = 'tong-hop-bao-cao';
const DB_ENV = 'THBC_DB';

/**
 * The OS user-data folder, the same one Electron's app.getPath('userData') is pointed at: on
 * Windows %APPDATA%\tong-hop-bao-cao (roaming, per user, no administrator rights needed). The
 * platform, environment and home folder are parameters so each platform's rule is tested anywhere.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  }
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), APP_DIR_NAME);
}

/** `--db PATH` wins, then the THBC_DB environment variable, then the user-data folder. */
export function resolveDbPath(cliPath?: string): string {
  return cliPath ?? process.env[DB_ENV] ?? join(defaultUserDataDir(), 'tong-hop-bao-cao.db');
}

/** The folder holding package.json: the repository in development, the app folder when built. */
export function appRoot(from: string = import.meta.dirname ?? process.cwd()): string {
  let dir = from;
  for (let i = 0; i < 10; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return process.cwd();
}
