// Correcting a committed submission: withdraw a version, change its received date or agency, or
// one row's match or status. Each change is written with its audit entry in one transaction.
import { REPORTED_STATUS_LABEL } from '../../../shared/domain/status-labels';
import type { GeneratedFile, SubmissionDetail } from '../../../shared/api';
import { periodFromKey, periodLabel } from '../../../shared/domain/periods';
import { formatVnDate } from '../../../shared/domain/text';
import type { ReportedStatus, Submission } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  findSubmissionsByHashInPlan,
  getSubmission,
  moveSubmission,
  progressOf,
  replaceSubmissionRows,
  setReceivedOn,
  submissionFile,
  valuesOf,
  withdrawSubmission,
} from '../db/repositories/submissions';
import { codeLookup } from '../../../shared/domain/version-diff';
import { audit } from './audit-log';
import { activeCatalogue } from './catalogue';
import { getSubmissionDetail } from './submission-register';
import { CATALOGUE_MESSAGES } from '../../../shared/messages/catalogue';

function periodName(key: string): string {
  try {
    return periodLabel(periodFromKey(key));
  } catch {
    return key;
  }
}

/** "phiên bản 2 báo cáo quý III năm 2025 của Sở Nội vụ" */
function submissionName(s: Submission): string {
  return `phiên bản ${s.version} báo cáo ${periodName(s.period)} của ${s.agency.name}`;
}

function load(ctx: BackendContext, id: number): Submission {
  const s = getSubmission(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này.');
  return s;
}

export function withdraw(ctx: BackendContext, id: number, reason: string): SubmissionDetail {
  const s = load(ctx, id);
  if (s.withdrawn)
    throw new AppError(
      'CONFLICT',
      `Phiên bản ${s.version} đã được rút trước đây; không cần rút lại.`,
    );
  ctx.db.transaction(() => {
    withdrawSubmission(ctx.db, id, reason);
    audit(ctx, {
      action: 'submission.withdraw',
      entity: 'submission',
      entityId: String(id),
      summary: `Rút ${submissionName(s)}. Lý do: ${reason}`,
      before: { withdrawn: false, current: !s.superseded },
      after: { withdrawn: true, reason },
    });
  })();
  return getSubmissionDetail(ctx, id);
}

export function updateSubmission(
  ctx: BackendContext,
  id: number,
  patch: { receivedOn?: string; agencyId?: number },
): SubmissionDetail {
  const s = load(ctx, id);
  const { c, plan } = activeCatalogue(ctx);
  ctx.db.transaction(() => {
    if (patch.receivedOn !== undefined && patch.receivedOn !== s.receivedOn) {
      setReceivedOn(ctx.db, id, patch.receivedOn);
      audit(ctx, {
        action: 'submission.update',
        entity: 'submission',
        entityId: String(id),
        summary: `Sửa ngày nhận ${submissionName(s)}: ${formatVnDate(s.receivedOn)} → ${formatVnDate(patch.receivedOn)}`,
        before: { receivedOn: s.receivedOn },
        after: { receivedOn: patch.receivedOn },
      });
    }
    if (patch.agencyId !== undefined && patch.agencyId !== s.agency.id) {
      const agency = c.agencies.find((a) => a.id === patch.agencyId);
      if (!agency) throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.agencyNotFound);
      if (agency.successor)
        throw new AppError(
          'VALIDATION',
          CATALOGUE_MESSAGES.agencyMerged(agency.name, agency.current.name),
        );
      const clash = findSubmissionsByHashInPlan(ctx.db, plan.id, s.sha256).find(
        (x) => x.agency.id === agency.id && x.period === s.period,
      );
      if (clash)
        throw new AppError(
          'CONFLICT',
          `${agency.name} đã có đúng tệp này cho kỳ này (phiên bản ${clash.version}); không chuyển được. Hãy rút phiên bản này thay vì chuyển.`,
        );
      moveSubmission(ctx.db, id, agency.id);
      const moved = getSubmission(ctx.db, id)!;
      audit(ctx, {
        action: 'submission.update',
        entity: 'submission',
        entityId: String(id),
        summary: `Chuyển ${submissionName(s)} sang ${agency.name} (phiên bản ${moved.version})`,
        before: { agency: s.agency.name, agencyId: s.agency.id, version: s.version },
        after: { agency: agency.name, agencyId: agency.id, version: moved.version },
      });
    }
  })();
  return getSubmissionDetail(ctx, id);
}

export function updateSubmissionRow(
  ctx: BackendContext,
  args: {
    id: number;
    kind: 'task' | 'indicator';
    rowId: number;
    matchId?: number | null;
    status?: ReportedStatus | null;
  },
): SubmissionDetail {
  const s = load(ctx, args.id);
  const { c } = activeCatalogue(ctx);
  const codes = codeLookup(c);
  const progress = progressOf(ctx.db, [s.id]);
  const values = valuesOf(ctx.db, [s.id]);
  const code = args.kind === 'task' ? codes.task : codes.indicator;
  const rows: { key: number }[] =
    args.kind === 'task'
      ? progress.map((p) => ({ key: p.taskId }))
      : values.map((v) => ({ key: v.indicatorId }));
  if (!rows.some((r) => r.key === args.rowId))
    throw new AppError('NOT_FOUND', `Báo cáo này không có dòng ${code(args.rowId)}.`);
  const changes: string[] = [];
  const before: Record<string, unknown> = { code: code(args.rowId) };
  const after: Record<string, unknown> = {};
  let target = args.rowId;
  if (args.matchId !== undefined && args.matchId !== args.rowId) {
    if (args.matchId !== null) {
      const exists =
        args.kind === 'task'
          ? c.tasks.some((t) => t.id === args.matchId)
          : c.indicators.some((x) => x.id === args.matchId);
      if (!exists)
        throw new AppError(
          'NOT_FOUND',
          'Không tìm thấy nhiệm vụ hoặc chỉ tiêu này trong kế hoạch.',
        );
      if (rows.some((r) => r.key === args.matchId))
        throw new AppError(
          'CONFLICT',
          `Báo cáo này đã có một dòng khớp ${code(args.matchId)}; mỗi dòng của kế hoạch chỉ khớp một lần.`,
        );
      changes.push(`dòng ${code(args.rowId)} khớp lại với ${code(args.matchId)}`);
      after.code = code(args.matchId);
    } else {
      changes.push(`bỏ dòng ${code(args.rowId)}`);
      after.code = null;
    }
    target = args.matchId ?? 0;
  }
  let nextProgress = progress.map((p) => ({ ...p }));
  let nextValues = values.map((v) => ({ ...v }));
  if (args.kind === 'task') {
    const row = nextProgress.find((p) => p.taskId === args.rowId)!;
    if (args.status !== undefined && args.status !== row.status) {
      before.status = row.status;
      after.status = args.status;
      changes.push(
        `tình trạng ${code(args.rowId)}: ${row.status ? REPORTED_STATUS_LABEL[row.status] : 'không ghi'} → ${args.status ? REPORTED_STATUS_LABEL[args.status] : 'không ghi'}`,
      );
      row.status = args.status;
    }
    if (target === 0) nextProgress = nextProgress.filter((p) => p !== row);
    else row.taskId = target;
  } else {
    const row = nextValues.find((v) => v.indicatorId === args.rowId)!;
    if (target === 0) nextValues = nextValues.filter((v) => v !== row);
    else row.indicatorId = target;
  }
  if (changes.length === 0) return getSubmissionDetail(ctx, s.id);
  if (nextProgress.length + nextValues.length === 0)
    throw new AppError(
      'VALIDATION',
      'Không thể bỏ dòng cuối cùng của báo cáo. Nếu cả báo cáo nhập nhầm, hãy rút phiên bản này.',
    );
  ctx.db.transaction(() => {
    replaceSubmissionRows(ctx.db, s.id, nextProgress, nextValues);
    audit(ctx, {
      action: 'submission.updateRow',
      entity: 'submission',
      entityId: String(s.id),
      summary: `Sửa ${submissionName(s)}: ${changes.join('; ')}`,
      before,
      after,
    });
  })();
  return getSubmissionDetail(ctx, s.id);
}

export function originalFile(ctx: BackendContext, id: number): GeneratedFile {
  const s = load(ctx, id);
  const bytes = submissionFile(ctx.db, id);
  if (!bytes) throw new AppError('NOT_FOUND', 'Không còn tệp gốc của phiên bản này.');
  return { fileName: s.fileName, data: bytes.toString('base64') };
}
