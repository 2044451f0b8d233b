import type { Args } from '../../../shared/api';
import type {
  CommitResult,
  FilePreview,
  ImportDiffEntry,
  ImportPreview,
} from '../../../shared/domain/import-types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { commitFile } from '../importer/commit-file';
import { blankPreview, diffWithPrevious, previewFile } from '../importer/preview-file';
import { actorOf } from './audit-log';
import { activeCatalogue } from './catalogue';

/** Reads every file independently: one broken file never stops the others. */
export async function previewImports(
  ctx: BackendContext,
  args: Args<'imports.preview'>,
): Promise<ImportPreview> {
  const { c: catalogue, plan } = activeCatalogue(ctx);
  const stored = [];
  for (const f of args.files) {
    const bytes = new Uint8Array(Buffer.from(f.data, 'base64'));
    const hints = { period: args.period, agencyId: args.agencyId };
    try {
      const p = await previewFile(ctx.db, catalogue, plan, { name: f.name, bytes }, hints);
      stored.push({ ...p, bytes, planId: plan.id });
    } catch (error) {
      ctx.log.error(`preview of ${f.name} failed`, error);
      const message = `Không đọc được tệp "${f.name}" do lỗi không mong muốn. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại.`;
      stored.push({
        preview: blankPreview(f.name, bytes, message),
        extraction: null,
        bytes,
        planId: plan.id,
      });
    }
  }
  markSameBatch(stored.map((s) => s.preview));
  const id = ctx.previews.add(stored);
  return { id, files: stored.map((s) => s.preview) };
}

/** The preview was dropped (an hour passed, or memory ran short) or never existed. */
function previewGone(): AppError {
  return new AppError(
    'NOT_FOUND',
    'Bản xem trước đã hết hạn hoặc không tồn tại. Hãy chọn lại các tệp để xem trước.',
  );
}

export function commitImports(
  ctx: BackendContext,
  args: Args<'imports.commit'>,
): { files: CommitResult[] } {
  const files = ctx.previews.get(args.previewId);
  if (!files) throw previewGone();
  const { c: catalogue, plan } = activeCatalogue(ctx);
  return {
    files: args.files.map((decision) => {
      const stored = files.get(decision.fileId);
      if (!stored)
        return {
          fileId: decision.fileId,
          file: '',
          ok: false,
          unchanged: false,
          message: 'Không tìm thấy tệp trong bản xem trước.',
          submission: null,
        };
      try {
        return commitFile(ctx.db, catalogue, plan, stored, decision, actorOf(ctx));
      } catch (error) {
        ctx.log.error(`commit of ${stored.preview.file} failed`, error);
        return {
          fileId: decision.fileId,
          file: stored.preview.file,
          ok: false,
          unchanged: false,
          message: 'Không ghi được tệp này; dữ liệu chưa bị thay đổi. Hãy thử lại.',
          submission: null,
        };
      }
    }),
  };
}

/**
 * Two files of one batch for the same agency and period: each names the other, so the clerk
 * chooses which is the later version before anything is written.
 */
function markSameBatch(previews: FilePreview[]): void {
  const seen = new Map<string, FilePreview>();
  for (const p of previews) {
    if (!p.ok || !p.agency || !p.period) continue;
    const key = `${p.agency.id} ${p.period}`;
    const other = seen.get(key);
    if (other) {
      p.sameBatchAs = other.file;
      other.sameBatchAs ??= p.file;
    } else seen.set(key, p);
  }
}

/** The change list against the previous version after the clerk's picks and answers. */
export function diffImport(
  ctx: BackendContext,
  args: Args<'imports.diff'>,
): { diff: ImportDiffEntry[] } {
  const stored = ctx.previews.get(args.previewId)?.get(args.fileId);
  if (!stored) throw previewGone();
  const previous = stored.preview.previous;
  if (!previous) return { diff: [] };
  const { c } = activeCatalogue(ctx);
  return {
    diff: diffWithPrevious(
      ctx.db,
      c,
      previous,
      stored.preview.rows,
      args.matches ?? {},
      args.answers ?? {},
    ),
  };
}
