// Starts doc-worker.ts from the sources (tests, bench, `npm run cli`): TypeScript through tsx.
// The built app starts the bundled dist/electron/doc-worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
