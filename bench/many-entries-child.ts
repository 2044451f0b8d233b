// Previews one workbook file in a fresh process and prints, as JSON, how much the process grew
// while doing it: its peak resident memory (maxRSS) over its peak before the preview.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { call } from '../electron/backend/dispatch';
import { silentLogger } from '../electron/backend/logger';

const [file, warmUp] = process.argv.slice(2) as [string, string];
const dir = mkdtempSync(join(tmpdir(), 'thbc-many-'));
const backend = createBackend({
  dbPath: join(dir, 'many.db'),
  transport: 'cli',
  logger: silentLogger,
});
const preview = (name: string, path: string) =>
  call(backend.dispatch, 'imports.preview', {
    files: [{ name, data: readFileSync(path).toString('base64') }],
    period: '2025-Q3',
  });
// A small file first, so that loading the readers is not counted as the big file's cost.
await preview('nho.xlsx', warmUp);
const before = process.resourceUsage().maxRSS; // KiB
const t0 = performance.now();
const f = (await preview('nhieu-muc.xlsx', file)).files[0]!;
const ms = performance.now() - t0;
const peak = process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({
    ok: f.ok,
    message: f.message,
    rows: f.rows.length,
    ms: Math.round(ms),
    beforeMB: Math.round(before / 1024),
    growthMB: Math.round((peak - before) / 1024),
  }),
);
backend.close();
rmSync(dir, { recursive: true, force: true });
