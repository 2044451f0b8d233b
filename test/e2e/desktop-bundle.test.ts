// The desktop app's main-process bundle (built by `npm run build`, as `npm start` runs it): the
// window opens without loading the Office libraries; each is loaded by the screen that needs it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
  it('starts without exceljs, docx, SheetJS or pdf-lib', () => {
    // Modules shared with the lazy chunks (the database layer) sit in chunks of their own.
    const imports = startupImports('main.js');
    expect(imports).toContain('electron');
    expect(imports).toContain('better-sqlite3');
    for (const lib of HEAVY) expect(imports, lib).not.toContain(lib);
  });

  it('loads them from chunks next to main.js', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.js') && f !== 'main.js');
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
