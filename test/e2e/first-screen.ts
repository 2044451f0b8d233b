// What the window really loads before the first screen (Tổng quan) shows its figures: every
// script Chromium fetched, by chunk, as served from the build (issue 13: < 500 KB of JS).
// Shared by `npm run size` and the renderer bundle test. No DOM types: also compiled for Node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { TestApp } from './harness';

export interface LoadedScript {
  /** The file name under assets/, e.g. `react-DCTAcUCH.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Opens the app at its default route, waits until the dashboard shows its stat tiles and the
 * network is quiet, and returns the scripts fetched meanwhile, largest first.
 */
export async function firstScreenScripts(browser: Browser, app: TestApp): Promise<LoadedScript[]> {
  const pending: Promise<LoadedScript | null>[] = [];
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
  });
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => ({
          file: new URL(response.url()).pathname.split('/').pop() ?? response.url(),
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
        }),
        () => null,
      ),
    );
  });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.locator('.stat-tiles').first().waitFor();
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(pending)).filter((s): s is LoadedScript => s !== null);
  await context.close();
  return scripts.sort((a, b) => b.bytes - a.bytes);
}

/** The scripts of the build, by file name. */
export const ASSETS = join(process.cwd(), 'dist', 'renderer', 'assets');

export const builtScripts = (): string[] => readdirSync(ASSETS).filter((f) => f.endsWith('.js'));

const code = (file: string) => readFileSync(join(ASSETS, file), 'utf8');

/** The chunks a module imports at the top (`import{…}from"./x.js"`), not the `import()` ones. */
function staticChunks(file: string): string[] {
  return [...code(file).matchAll(/import(?:[\w\s{},*$]*from)?\s*"\.\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
}

/** A module and everything it loads before it runs. */
export function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const c of staticChunks(file)) closure(c, seen);
  return seen;
}

/** The script index.html starts. */
export function entryChunk(): string {
  const html = readFileSync(join(ASSETS, '..', 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html has no module script');
  return src;
}

/** What the build says the first screen needs: the entry, the dashboard's chunk, their imports. */
export function firstScreenChunks(): Set<string> {
  const overview = builtScripts().find((f) => f.startsWith('OverviewScreen-'));
  if (!overview) throw new Error('the build has no OverviewScreen chunk');
  return closure(overview, closure(entryChunk()));
}

/** A table of the scripts and their total, in KB, for a person to read. */
export function scriptTable(scripts: LoadedScript[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(8);
  const width = Math.max(5, ...scripts.map((s) => s.file.length));
  const total = scripts.reduce(
    (t, s) => ({ bytes: t.bytes + s.bytes, gzip: t.gzip + s.gzipBytes }),
    { bytes: 0, gzip: 0 },
  );
  return [
    `${'Tệp JS'.padEnd(width)}  ${'KB'.padStart(8)}  ${'KB gzip'.padStart(8)}`,
    ...scripts.map((s) => `${s.file.padEnd(width)}  ${kb(s.bytes)}  ${kb(s.gzipBytes)}`),
    `${'Tổng'.padEnd(width)}  ${kb(total.bytes)}  ${kb(total.gzip)}`,
  ].join('\n');
}
