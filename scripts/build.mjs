// Builds the renderer (vite) and the Electron main and preload bundles (esbuild) into dist/.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

const external = [
  'electron',
  'better-sqlite3',
  'exceljs',
  'docx',
  '@e965/xlsx',
  'fflate',
  'pdf-lib',
];

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// Split at dynamic imports: the handlers that need exceljs, docx, SheetJS or pdf-lib load (with
// those libraries) on first use instead of when the window opens. The backend host is a second
// entry: main.js forks it as Electron's utility process (electron/backend-host/).
await esbuild({
  entryPoints: {
    main: 'electron/main.ts',
    'backend-host': 'electron/backend-host/electron-entry.ts',
    // Documents are built on worker threads (electron/backend/workers/doc-pool.ts).
    'doc-worker': 'electron/backend/workers/doc-worker.ts',
  },
  outdir: 'dist/electron',
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
});
await esbuild({
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
});
// The schema migrations are TypeScript modules bundled with the rest: nothing to copy beside it.
// A migrations folder left by an older build would only mislead, so it goes.
rmSync('dist/electron/migrations', { recursive: true, force: true });
writeFileSync('dist/.build-stamp', new Date().toISOString());
console.log('Đã build giao diện và tiến trình Electron vào dist/.');
