import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import type { PlanRows } from '../../electron/backend/importer/read-agency-layout';
import type { Catalogue } from '../../shared/api';
import { SUGGESTION_FLOOR } from '../../shared/domain/import-types';
import { memoryBackend } from './helpers';
export { fillForm } from '../fixtures/fill-form';

export const EXAMPLES_DIR = join(process.cwd(), 'seeds', 'examples');

export function exampleFiles(): { name: string; data: string }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((n) => n.endsWith('.xlsx'))
    .sort()
    .map((name) => ({ name, data: readFileSync(join(EXAMPLES_DIR, name)).toString('base64') }));
}

/** The seeded plan's catalogue, and its rows as the agency-layout reader takes them. */
export async function seededPlan(): Promise<{ catalogue: Catalogue; plan: PlanRows }> {
  const app = memoryBackend();
  try {
    const catalogue = await app.call('catalogue.get', {});
    return { catalogue, plan: { tasks: catalogue.tasks, indicators: catalogue.indicators } };
  } finally {
    app.close();
  }
}

export function b64(bytes: Uint8Array | ArrayBuffer): string {
  return Buffer.from(bytes as Uint8Array).toString('base64');
}

export async function importAll(
  backend: Backend,
  files: { name: string; data: string }[],
  opts: { period?: string; acceptSuggested?: boolean; receivedOn?: string } = {},
) {
  const preview = await call(backend.dispatch, 'imports.preview', { files, period: opts.period });
  const commit = await call(backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: preview.files.map((f) => {
      const decision: {
        fileId: string;
        acceptSuggested: boolean;
        receivedOn?: string;
        matches?: Record<string, number | null>;
      } = { fileId: f.fileId, acceptSuggested: opts.acceptSuggested ?? false };
      // The clerk enters the received date of a file that gives no document date.
      if (f.needsReceivedOn) decision.receivedOn = opts.receivedOn ?? '2025-09-15';
      // Accepting suggestions in these tests stands for a clerk who also confirms, one by one,
      // the weak guesses that "Chấp nhận gợi ý" leaves as questions.
      if (opts.acceptSuggested) {
        const weak = f.rows.filter(
          (r) => r.uncertain && r.targetId !== null && r.confidence < SUGGESTION_FLOOR,
        );
        if (weak.length > 0)
          decision.matches = Object.fromEntries(weak.map((r) => [r.key, r.targetId]));
      }
      return decision;
    }),
  });
  return { preview, commit };
}
