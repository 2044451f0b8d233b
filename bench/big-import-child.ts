// Imports one large workbook in a fresh process so its peak memory is this import's alone.
import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { call } from '../electron/backend/dispatch';
import { silentLogger } from '../electron/backend/logger';

const file = process.argv[2]!;
const dir = mkdtempSync(join(tmpdir(), 'thbc-big-'));
const backend = createBackend({
  dbPath: join(dir, 'big.db'),
  transport: 'cli',
  logger: silentLogger,
});
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
const preview = await call(backend.dispatch, 'imports.preview', {
  files: [{ name: 'big.xlsx', data: readFileSync(file).toString('base64') }],
  period: '2025-Q3',
});
const elapsed = performance.now() - t0;
const peak = process.resourceUsage().maxRSS; // KiB
const f = preview.files[0]!;
// Rows in the preview, not in the file: past the per-sheet limit rows are counted in a warning.
const rows = `${f.rows.length} dòng xem trước (${f.rows.filter((r) => r.targetId !== null).length} dòng khớp), ${f.issues.length} cảnh báo về tệp`;
console.log(
  `Tệp ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB: ${f.ok ? rows : f.message} trong ${elapsed.toFixed(0)} ms; bộ nhớ đỉnh của tiến trình ${(peak / 1024).toFixed(0)} MB (trước khi nhập ${(before / 1024).toFixed(0)} MB)`,
);
backend.close();
rmSync(dir, { recursive: true, force: true });
