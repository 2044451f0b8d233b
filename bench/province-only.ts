// `npx tsx bench/province-only.ts`: only issue 13's table (the full `npm run bench` prints it too).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provincePart } from './province';

const work = mkdtempSync(join(tmpdir(), 'thbc-province-'));
await provincePart(work);
rmSync(work, { recursive: true, force: true });
