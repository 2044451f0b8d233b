// The desktop app's bundles (built by `npm run build`, as `npm start` runs them): main.js, the
// window's process, loads neither the database nor the Office libraries; backend-host.js, the
// utility process main.js forks, opens the database and loads each Office library on first use.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackendClient } from '../../electron/backend-host/client';
import { forkHost } from '../../electron/backend-host/node-process';

const DIR = join(process.cwd(), 'dist', 'electron');
const HEAVY = ['exceljs', 'docx', '@e965/xlsx', 'pdf-lib'];

/** The packages a built module imports statically (`import … from "pkg"` at the top level). */
function staticImports(file: string): string[] {
  const code = readFileSync(join(DIR, file), 'utf8');
  return [...code.matchAll(/^import\s[^;]*?\sfrom\s"([^"./][^"]*)";$/gm)].map((m) => m[1]!);
}

/** What starting main.js loads: its packages and those of the chunks it imports statically. */
function startupImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(join(DIR, file), 'utf8');
  const chunks = [...code.matchAll(/^import\s[^;]*?\sfrom\s"\.\/([^"]+)";$/gm)].map((m) => m[1]!);
  return [...staticImports(file), ...chunks.flatMap((c) => startupImports(c, seen))];
}

describe('desktop bundle', () => {
  it('starts the window without the database or exceljs, docx, SheetJS, pdf-lib', () => {
    const imports = startupImports('main.js');
    expect(imports).toContain('electron');
    // The database lives in the backend host, so a long call never blocks the window's process.
    expect(imports).not.toContain('better-sqlite3');
    for (const lib of HEAVY) expect(imports, lib).not.toContain(lib);
  });

  it('starts the backend host with the database, the Office libraries still deferred', () => {
    // Modules shared with the lazy chunks (the database layer) sit in chunks of their own.
    const imports = startupImports('backend-host.js');
    expect(imports).toContain('better-sqlite3');
    expect(imports).not.toContain('electron');
    for (const lib of HEAVY) expect(imports, lib).not.toContain(lib);
  });

  it('the bundled backend host answers over its parent port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-bundle-host-'));
    const client = new BackendClient({
      // Node with a stand-in for Electron's process.parentPort (the host's only Electron need).
      spawn: () => forkHost('test/fixtures/bundled-host.mjs', []),
      open: { dbPath: join(dir, 'data.db'), transport: 'ipc', desktop: true, print: false },
    });
    try {
      expect(await client.start()).toEqual({ ok: true, seeded: true });
      const reply = await client.dispatch('catalogue.get', {});
      expect(reply.ok && (reply.value as { tasks: unknown[] }).tasks.length).toBe(75);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads them from chunks next to main.js', () => {
    const files = readdirSync(DIR).filter(
      (f) => f.endsWith('.js') && f !== 'main.js' && f !== 'backend-host.js',
    );
    const loaded = new Set(files.flatMap(staticImports));
    for (const lib of HEAVY) expect([...loaded], lib).toContain(lib);
    expect(files.some((f) => /^reports-/.test(f))).toBe(true);
  });

  it('carries the schema migrations inside the bundle, with no files beside it', () => {
    // A packaged app has only dist/electron: a migration read from disk would be missing there.
    expect(existsSync(join(DIR, 'migrations'))).toBe(false);
    const code = readdirSync(DIR)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(DIR, f), 'utf8'))
      .join('\n');
    expect(code).toContain('CREATE TABLE agency_merge');
    expect(code).toContain('ADD COLUMN entry_note');
  });
});
