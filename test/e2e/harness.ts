// Starts the real backend over HTTP with the built UI, and Debian's Chromium to drive it.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { startHttpServer, type RunningServer } from '../../electron/backend/http-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestApp {
  backend: Backend;
  server: RunningServer;
  dir: string;
  dbPath: string;
  /** Stops the server, closes the database and removes the temporary folder. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Fills the new database file before the app opens it (e.g. the large province fixture). */
  prepare?: (dbPath: string) => Promise<unknown>;
}

export async function startApp(options: StartOptions = {}): Promise<TestApp> {
  const staticDir = join(process.cwd(), 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the end-to-end tests');
  }
  const dir = mkdtempSync(join(tmpdir(), 'thbc-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  await options.prepare?.(dbPath);
  const backend = createBackend({ dbPath, transport: 'http' });
  const server = await startHttpServer({ dispatch: backend.dispatch, staticDir });
  return {
    backend,
    server,
    dir,
    dbPath,
    close: async () => {
      await server.close();
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Playwright refuses `--user-data-dir` in launch(); it gives every launch a fresh temporary
// profile of its own and removes it on close, which is what the tests need.
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}

/** Opens the app with its token, the way a user opens the printed URL. */
export async function openApp(browser: Browser, app: TestApp): Promise<Page> {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(app.server.url);
  return page;
}

/**
 * Screenshots are for a person to look at (they assert nothing), all in one temporary folder:
 * `$E2E_SHOTS`, else <tmp>/thbc-e2e-shots.
 */
export const SHOTS_DIR = process.env.E2E_SHOTS ?? join(tmpdir(), 'thbc-e2e-shots');

/**
 * Saves `<name>.png` in SHOTS_DIR and returns its path: the whole page from the top, or with
 * `fullPage: false` the window as it is (drawers, dialogs and open lists are fixed to it).
 */
export async function shot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const fullPage = options.fullPage ?? true;
  mkdirSync(SHOTS_DIR, { recursive: true });
  // A string: this file is also compiled for Node (bench, the Chromium printer), without the DOM.
  if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Records what a user would see as breakage: page errors, console errors and warnings, failed requests. */
export function watchProblems(page: Page, problems: string[]): void {
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400)
      problems.push(`HTTP ${r.status()}: ${r.url().replace(/token=[^&#]+/, 'token=…')}`);
  });
}
