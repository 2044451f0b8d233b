// `cli demo`: the main job end to end on the example submissions, headless.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Backend } from './backend';
import { createDemoDatabase, isDemoDatabase } from './db/demo-db';
import { call } from './dispatch';
import { appRoot } from './paths';
import type { Args } from '../../shared/api';
import { acceptableSuggestion } from '../../shared/domain/import-rules';
import type { FilePreview } from '../../shared/domain/import-types';

type CommitFileDecision = Args<'imports.commit'>['files'][number];

export const DEMO_PERIOD = '2025-Q3';
const DEMO_DB_NAME = 'demo.db';

/**
 * The demo always starts from a fresh database, `<out>/demo.db`, so it shows the first-run path
 * too. It replaces that file only when the demo made it (a mark in its header): anything else of
 * that name is someone's data and is left alone.
 */
export async function prepareDemoDb(out: string): Promise<string> {
  const dbPath = join(out, DEMO_DB_NAME);
  if (existsSync(dbPath) && !isDemoDatabase(dbPath))
    throw new AppError(
      'CONFLICT',
      `Thư mục ${out} đã có tệp ${DEMO_DB_NAME} không do lệnh demo tạo ra; lệnh demo không ghi đè lên nó. Hãy chọn một thư mục khác cho --out.`,
    );
  await mkdir(out, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) await rm(dbPath + suffix, { force: true });
  createDemoDatabase(dbPath);
  return dbPath;
}

export async function runDemo(backend: Backend, out: string, period: string) {
  await mkdir(out, { recursive: true });
  const dir = join(appRoot(), 'seeds', 'examples');
  const names = (await readdir(dir)).filter((n) => /\.(xlsx|xls|ods)$/i.test(n)).sort();
  const files = await Promise.all(
    names.map(async (n) => ({ name: n, data: (await readFile(join(dir, n))).toString('base64') })),
  );
  const preview = await call(backend.dispatch, 'imports.preview', { files, period });
  const committed = await call(backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: preview.files.filter((f) => f.ok).map(carefulClerkAnswers),
  });
  const { files: reportFiles } = await call(backend.dispatch, 'reports.generate', { period });
  const written: string[] = [];
  for (const f of reportFiles) {
    await writeFile(join(out, f.fileName), Buffer.from(f.data, 'base64'));
    written.push(join(out, f.fileName));
  }
  const register = await call(backend.dispatch, 'submissions.register', { period });
  if (register.counts.missing > 0) {
    const letter = await call(backend.dispatch, 'reports.reminder', { period });
    await writeFile(join(out, letter.fileName), Buffer.from(letter.data, 'base64'));
    written.push(join(out, letter.fileName));
  }
  const status = await call(backend.dispatch, 'status.get', { period });
  const byStatus: Record<string, number> = {};
  for (const t of status.tasks) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
  return {
    period: status.period.label,
    database: backend.ctx.dbPath,
    imported: committed.files.map((f) => `${f.ok ? 'OK ' : 'LỖI'} ${f.file}: ${f.message}`),
    unreadable: preview.files.filter((f) => !f.ok).map((f) => `${f.file}: ${f.message}`),
    register: register.counts,
    tasksByStatus: byStatus,
    files: written,
  };
}

/**
 * The demo plays a careful clerk on the example files: it takes the suggestions "Chấp nhận gợi ý"
 * takes, leaves out the rows it would have to guess (a weak match is never written), confirms the
 * detected sender, keeps each reading it is asked about, and dates files that carry no date with
 * the day the examples arrived.
 */
export function carefulClerkAnswers(f: FilePreview): CommitFileDecision {
  const asked = f.rows.filter((r) => r.uncertain && !acceptableSuggestion(r));
  const questioned = f.rows.filter((r) => r.questions.length > 0);
  return {
    fileId: f.fileId,
    acceptSuggested: true,
    ...(f.agencyQuestion && f.agency ? { agencyId: f.agency.id } : {}),
    ...(f.needsReceivedOn ? { receivedOn: EXAMPLES_RECEIVED_ON } : {}),
    ...(asked.length > 0 ? { matches: Object.fromEntries(asked.map((r) => [r.key, null])) } : {}),
    ...(questioned.length > 0
      ? { answers: Object.fromEntries(questioned.map((r) => [r.key, {}])) }
      : {}),
  };
}

/** The day the example reports of quarter III 2025 arrived (seeds/examples/README.md). */
const EXAMPLES_RECEIVED_ON = '2025-09-10';
