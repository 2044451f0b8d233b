// The submission register: for a period, every expected agency with what it sent and when.
import type { Catalogue, Register, SubmissionDetail } from '../../../shared/api';
import { isLate } from '../../../shared/domain/periods';
import { countRegister } from '../../../shared/domain/status';
import type { Period, Plan, RegisterRow, Submission } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  getSubmission,
  listSubmissions,
  progressOf,
  submissionDetails,
  valuesOf,
} from '../db/repositories/submissions';
import { codeLookup, diffVersions } from '../../../shared/domain/version-diff';
import { activeCatalogue } from './catalogue';
import { scopeOf } from './period-scope';
import { describePeriod, resolvePeriod } from './periods';

export function registerRows(
  ctx: BackendContext,
  c: Catalogue,
  plan: Plan,
  period: Period,
): RegisterRow[] {
  const all = listSubmissions(ctx.db, plan.id, period.key);
  const current = new Map(all.filter((s) => !s.superseded).map((s) => [s.agency.id, s]));
  const versions = (agencyId: number) => all.filter((s) => s.agency.id === agencyId).length;
  const state = (s: Submission | undefined): RegisterRow['state'] =>
    !s ? 'missing' : isLate(s.receivedOn, period) ? 'late' : 'on_time';
  const expected = scopeOf(ctx, c, plan).expected;
  const rows: RegisterRow[] = expected.map((a) => ({
    agency: { id: a.id, name: a.name },
    expected: true,
    state: state(current.get(a.id)),
    submission: current.get(a.id) ?? null,
    versions: versions(a.id),
  }));
  const expectedIds = new Set(expected.map((a) => a.id));
  for (const s of current.values()) {
    if (expectedIds.has(s.agency.id)) continue;
    rows.push({
      agency: s.agency,
      expected: false,
      state: state(s),
      submission: s,
      versions: versions(s.agency.id),
    });
  }
  return rows;
}

export function getRegister(ctx: BackendContext, periodKey: string): Register {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  const rows = registerRows(ctx, c, plan, period);
  const k = countRegister(rows);
  return {
    period: describePeriod(period),
    rows,
    counts: {
      expected: k.expected,
      onTime: k.on_time,
      late: k.late,
      missing: k.missing,
      extra: k.not_expected,
    },
    versions: listSubmissions(ctx.db, plan.id, period.key),
  };
}

export function getSubmissionDetail(ctx: BackendContext, id: number): SubmissionDetail {
  const submission = getSubmission(ctx.db, id);
  if (!submission) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này.');
  const { c, plan } = activeCatalogue(ctx);
  const codes = codeLookup(c);
  const versions = listSubmissions(ctx.db, plan.id, submission.period).filter(
    (s) => s.agency.id === submission.agency.id,
  );
  const previous = versions.find((s) => s.version === submission.version - 1);
  const progress = progressOf(ctx.db, [id]);
  const values = valuesOf(ctx.db, [id]);
  return {
    submission,
    versions,
    header: submissionDetails(ctx.db, id)!,
    progress: progress.map((p) => ({ ...p, code: codes.task(p.taskId) })),
    values: values.map((v) => ({ ...v, code: codes.indicator(v.indicatorId) })),
    diff: previous
      ? diffVersions(
          { progress: progressOf(ctx.db, [previous.id]), values: valuesOf(ctx.db, [previous.id]) },
          { progress, values },
          codes,
        )
      : [],
  };
}
