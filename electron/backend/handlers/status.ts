// Status of every task and indicator for a period, from the agencies' current versions.
import type {
  Catalogue,
  PeriodStatus,
  PeriodStatusFull,
  TaskPartnerReports,
} from '../../../shared/api';
import { indicatorAssessment, judgeTask, reportSearchFields } from '../../../shared/domain/status';
import { targetProgress } from '../../../shared/domain/target';
import type {
  AgencyReport,
  IndicatorStatusRow,
  Period,
  Plan,
  Submission,
  TaskProgress,
  TaskStatusFull,
} from '../../../shared/domain/types';
import { matchesSearch } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';
import { CATALOGUE_MESSAGES } from '../../../shared/messages/catalogue';
import type { BackendContext } from '../context';
import { reportFigures } from '../db/repositories/reports';
import {
  listJudgements,
  listSubmissions,
  progressOf,
  setJudgement,
  valuesOf,
} from '../db/repositories/submissions';
import { activeCatalogue } from './catalogue';
import { scopeOf } from './period-scope';
import { describePeriod, resolvePeriod } from './periods';
import { registerRows } from './submission-register';

function agencyReport(s: Submission, p: TaskProgress): AgencyReport {
  return {
    agency: s.agency,
    submissionId: s.id,
    version: s.version,
    status: p.status,
    completedOn: p.completedOn,
    progress: p.progress,
    difficulties: p.difficulties,
    proposals: p.proposals,
  };
}

/** The period's status with every cooperating agency's report (the report writer's input). */
export function periodStatus(
  ctx: BackendContext,
  c: Catalogue,
  plan: Plan,
  period: Period,
): PeriodStatusFull {
  const current = listSubmissions(ctx.db, plan.id, period.key).filter((s) => !s.superseded);
  const byId = new Map<number, Submission>(current.map((s) => [s.id, s]));
  const ids = current.map((s) => s.id);

  const reportsByTask = new Map<number, AgencyReport[]>();
  for (const p of progressOf(ctx.db, ids)) {
    const s = byId.get(p.submissionId)!;
    const list = reportsByTask.get(p.taskId) ?? [];
    list.push(agencyReport(s, p));
    reportsByTask.set(p.taskId, list);
  }
  const scope = scopeOf(ctx, c, plan);
  const tasks: TaskStatusFull[] = c.tasks
    .filter((t) => t.planId === plan.id)
    .map((t) => {
      const leads = new Set(scope.leadIds(t.id));
      const reports = reportsByTask.get(t.id) ?? [];
      const leadReports = reports.filter((r) => leads.has(r.agency.id));
      const partnerReports = reports.filter((r) => !leads.has(r.agency.id));
      return {
        taskId: t.id,
        code: t.code,
        group: t.group,
        number: t.number,
        text: t.text,
        lead: t.lead,
        deadline: t.deadline,
        ...judgeTask(t.deadline, leadReports, period.end),
        leadReports,
        leadCount: leadReports.length,
        leadSubmissionIds: leadReports.map((r) => r.submissionId),
        partnerCount: partnerReports.length,
        partnerReports,
      };
    });

  const judgements = listJudgements(ctx.db, period.key);
  const values = valuesOf(ctx.db, ids);
  const indicators: IndicatorStatusRow[] = c.indicators
    .filter((x) => x.planId === plan.id)
    .map((x) => {
      const monitor = x.agency?.currentId ?? null;
      const candidates = values.filter((v) => v.indicatorId === x.id);
      // The monitoring agency's figure wins; another agency's figure is used only without it.
      const chosen =
        candidates.find((v) => byId.get(v.submissionId)!.agency.id === monitor) ??
        candidates[0] ??
        null;
      const judgement = judgements.get(x.id) ?? null;
      const value = chosen?.value ?? null;
      return {
        indicatorId: x.id,
        code: x.code,
        parent: x.parent,
        text: x.text,
        unit: x.unit,
        target: x.target,
        horizon: x.horizon,
        value,
        valueText: chosen?.valueText ?? null,
        note: chosen?.note ?? null,
        assessment: indicatorAssessment(x.target, value, judgement, {
          horizon: x.horizon,
          periodEnd: period.end,
        }),
        progress: x.target ? targetProgress(x.target, value) : null,
        judgement,
        reportedBy: chosen ? byId.get(chosen.submissionId)!.agency : null,
        submissionId: chosen?.submissionId ?? null,
        agency: x.agency ? { id: x.agency.currentId, name: x.agency.currentName } : null,
      };
    });
  return {
    period: describePeriod(period),
    tasks,
    indicators,
    register: registerRows(ctx, c, plan, period),
  };
}

/** Lead reports a status row carries: what Báo cáo tổng hợp's row shows before "Xem thêm". */
export const LEAD_REPORTS_SHIPPED = 3;

/**
 * What the screens get: cooperating agencies' reports only counted, lead reports cut to the first
 * few (a task led by a whole group has one per agency); the rest load per task (`taskPartnerReports`).
 */
export function withoutPartnerReports(full: PeriodStatusFull): PeriodStatus {
  return {
    ...full,
    // Counted from the lists, not read from the row: figures kept before the counts existed.
    tasks: full.tasks.map(({ partnerReports, leadReports, ...row }) => ({
      ...row,
      leadReports: leadReports.slice(0, LEAD_REPORTS_SHIPPED),
      leadCount: leadReports.length,
      leadSubmissionIds: leadReports.map((r) => r.submissionId),
      partnerCount: partnerReports.length,
    })),
  };
}

export function getStatus(ctx: BackendContext, periodKey: string): PeriodStatus {
  const { c, plan } = activeCatalogue(ctx);
  return withoutPartnerReports(periodStatus(ctx, c, plan, resolvePeriod(ctx, plan, periodKey)));
}

/**
 * One task's lead and cooperating agencies' reports for the period, by the same rule as
 * `periodStatus` (current versions, split by who leads the task); or as a report's kept figures
 * have them.
 */
export function taskPartnerReports(
  ctx: BackendContext,
  a: { period: string; taskId: number; reportId?: number },
): TaskPartnerReports {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, a.period);
  const task = c.tasks.find((t) => t.id === a.taskId);
  if (!task) throw new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ này trong kế hoạch.');
  if (a.reportId !== undefined) {
    const row = keptFigures(ctx, a.reportId, period).tasks.find((t) => t.taskId === a.taskId);
    return {
      taskId: a.taskId,
      leadReports: row?.leadReports ?? [],
      partnerReports: row?.partnerReports ?? [],
    };
  }
  const current = listSubmissions(ctx.db, plan.id, period.key).filter((s) => !s.superseded);
  const byId = new Map(current.map((s) => [s.id, s]));
  const leads = new Set(scopeOf(ctx, c, plan).leadIds(task.id));
  const reports = progressOf(
    ctx.db,
    current.map((s) => s.id),
    task.id,
  ).map((p) => agencyReport(byId.get(p.submissionId)!, p));
  return {
    taskId: task.id,
    leadReports: reports.filter((r) => leads.has(r.agency.id)),
    partnerReports: reports.filter((r) => !leads.has(r.agency.id)),
  };
}

/** The figures a generated report kept, which must be of the period asked about. */
function keptFigures(ctx: BackendContext, reportId: number, period: Period): PeriodStatusFull {
  const kept = reportFigures(ctx.db, reportId);
  if (!kept || kept.period.key !== period.key)
    throw new AppError('NOT_FOUND', 'Không tìm thấy số liệu của báo cáo này.');
  return kept;
}

/**
 * The report screen searches the words of the lead reports it has; those status.get did not ship
 * (a task led by a whole group) are searched here, so a search never misses a task silently.
 */
export function searchUnshippedLeadReports(
  ctx: BackendContext,
  a: { period: string; query: string; reportId?: number },
): { taskIds: number[] } {
  if (a.query.trim() === '') return { taskIds: [] };
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, a.period);
  const tasks: readonly TaskStatusFull[] =
    a.reportId !== undefined
      ? keptFigures(ctx, a.reportId, period).tasks
      : periodStatus(ctx, c, plan, period).tasks;
  const matches = (r: AgencyReport) => reportSearchFields(r).some((f) => matchesSearch(f, a.query));
  return {
    taskIds: tasks
      .filter((t) => t.leadReports.slice(LEAD_REPORTS_SHIPPED).some(matches))
      .map((t) => t.taskId),
  };
}

export function judgeIndicator(
  ctx: BackendContext,
  indicatorId: number,
  periodKey: string,
  judgement: 'met' | 'not_met' | null,
): IndicatorStatusRow {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  const indicator = c.indicators.find((x) => x.id === indicatorId);
  if (!indicator) throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.indicatorNotFound);
  if (indicator.target?.op !== 'text')
    throw new AppError(
      'VALIDATION',
      'Chỉ tiêu này có mục tiêu định lượng; đánh giá được tính từ số liệu, không nhập tay.',
    );
  setJudgement(ctx.db, indicatorId, period.key, judgement);
  return periodStatus(ctx, c, plan, period).indicators.find((x) => x.indicatorId === indicatorId)!;
}
