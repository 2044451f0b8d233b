import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
export { fillForm } from '../fixtures/fill-form';

export const EXAMPLES_DIR = join(process.cwd(), 'seeds', 'examples');

export function exampleFiles(): { name: string; data: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, data: readFileSync(join(EXAMPLES_DIR, name)).toString('base64') }));
}

export function b64(bytes: Uint8Array | ArrayBuffer): string {
  return Buffer.from(bytes as Uint8Array).toString('base64');
}

export async function importAll(
  backend: Backend,
  files: { name: string; data: string }[],
  opts: { period?: string; acceptSuggested?: boolean } = {},
) {
  const preview = await call(backend.dispatch, 'imports.preview', { files, period: opts.period });
  const commit = await call(backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: preview.files.map((f) => ({
      fileId: f.fileId,
      acceptSuggested: opts.acceptSuggested ?? false,
    })),
  });
  return { preview, commit };
}
