// Times one thing on the 70-file batch in a fresh process, so both sides start equally cold:
// `exceljs DIR` loads every file with exceljs alone; `import DIR DB` previews and commits them.
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { carefulClerkAnswers } from '../electron/backend/cli-demo';
import { call } from '../electron/backend/dispatch';
import { silentLogger } from '../electron/backend/logger';

const [mode, dir, db] = process.argv.slice(2);
const files = readdirSync(dir!)
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(dir!, name)) }));

if (mode === 'exceljs') {
  const t0 = performance.now();
  for (const f of files) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as ArrayBuffer);
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
} else {
  const backend = createBackend({ dbPath: db!, transport: 'cli', logger: silentLogger });
  // The import handlers load on first use; load them now, as exceljs above is loaded before timing.
  await import('../electron/backend/handlers/imports');
  const batch = files.map((f) => ({ name: f.name, data: f.bytes.toString('base64') }));
  const t0 = performance.now();
  const preview = await call(backend.dispatch, 'imports.preview', {
    files: batch,
    period: '2025-Q3',
  });
  const commit = await call(backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: preview.files.map(carefulClerkAnswers),
  });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, ok: commit.files.filter((f) => f.ok).length }));
  backend.close();
}
