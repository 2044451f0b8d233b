// `cli import`: preview and (unless --dry-run) commit files, printing the shape scripts rely on.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Backend } from './backend';
import { call } from './dispatch';
import { foldVietnamese, parseVnDate } from '../../shared/domain/text';
import { AppError } from '../../shared/errors';

export interface CliImportOptions {
  period?: string;
  agency?: string;
  /** The date the files arrived (YYYY-MM-DD or dd/mm/yyyy); asked for files without a date. */
  received?: string;
  dryRun: boolean;
  acceptSuggested: boolean;
}

export async function cliImport(backend: Backend, paths: string[], o: CliImportOptions) {
  if (paths.length === 0)
    throw new AppError('INVALID_ARGS', 'Cần ít nhất một tệp để nhập: import --period 2025-Q3 TỆP…');
  const agencyId = o.agency ? await findAgency(backend, o.agency) : undefined;
  const files = await Promise.all(
    paths.map(async (p) => ({ name: basename(p), data: (await readFile(p)).toString('base64') })),
  );
  const preview = await call(backend.dispatch, 'imports.preview', {
    files,
    period: o.period,
    agencyId,
  });
  const receivedOn = o.received ? (parseVnDate(o.received) ?? undefined) : undefined;
  const readable = preview.files.filter((f) => f.ok);
  // Files that could not be read keep their own reason; nothing is sent for them.
  const committed =
    o.dryRun || readable.length === 0
      ? null
      : await call(backend.dispatch, 'imports.commit', {
          previewId: preview.id,
          files: readable.map((f) => ({
            fileId: f.fileId,
            acceptSuggested: o.acceptSuggested,
            ...(receivedOn ? { receivedOn } : {}),
            // --agency answers the question of who sent the files.
            ...(agencyId !== undefined && f.agency ? { agencyId: f.agency.id } : {}),
          })),
        });
  return {
    files: preview.files.map((f) => {
      const result = committed?.files.find((r) => r.fileId === f.fileId);
      return {
        file: f.file,
        ok: f.ok && (result ? result.ok : true),
        message: result?.message ?? f.message ?? (o.dryRun ? 'Chạy thử: chưa ghi gì.' : null),
        agency: f.agency,
        agencyQuestion: f.agencyQuestion,
        needsReceivedOn: f.needsReceivedOn,
        period: f.period,
        source: f.source,
        unchanged: result?.unchanged ?? false,
        rows: f.rows.map((r) => ({
          sheet: r.sheet,
          row: r.row,
          kind: r.kind,
          code: r.code,
          confidence: Math.round(r.confidence * 100) / 100,
          uncertain: r.uncertain,
          questions: r.questions.map((q) => q.message),
          status: r.status,
          completedOn: r.completedOn,
          completedApprox: r.completedApprox,
          percent: r.percent,
          value: r.value,
          text: r.text,
          note: r.note,
          issues: r.issues,
        })),
        issues: f.issues,
        notes: f.notes,
        diff: f.diff,
        submissionId: result?.submission?.id ?? null,
        version: result?.submission?.version ?? null,
      };
    }),
  };
}

async function findAgency(backend: Backend, text: string): Promise<number> {
  const { agencies } = await call(backend.dispatch, 'catalogue.get', {});
  const wanted = foldVietnamese(text);
  const found = agencies.find(
    (a) =>
      String(a.id) === text ||
      a.key === text ||
      [a.name, a.shortName ?? '', ...a.aliases].some((n) => foldVietnamese(n) === wanted),
  );
  if (!found)
    throw new AppError(
      'NOT_FOUND',
      `Không tìm thấy đơn vị "${text}". Dùng tên, tên viết tắt hoặc mã số của đơn vị.`,
    );
  return found.current.id;
}
