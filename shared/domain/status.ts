// Status of tasks and indicators for a reporting period (PRODUCT.md "Statuses"), and the counts
// that the report, the appendices and the dashboard print. Pure: the backend gathers the reports,
// these functions judge them.

import { horizonLabel, TASK_STATUS_ORDER } from './status-labels';
import { assessTarget } from './target';
import { fromRoman } from './text';
import type {
  AgencyReport,
  Deadline,
  IndicatorAssessment,
  IndicatorStatusRow,
  IsoDate,
  RegisterRow,
  RegisterState,
  ReportedStatus,
  Target,
  TaskStatus,
  TaskStatusRow,
} from './types';

/** Every indicator assessment, in report order. */
export const INDICATOR_ASSESSMENTS: readonly IndicatorAssessment[] = [
  'met',
  'not_met',
  'not_due',
  'no_data',
  'qualitative',
];

const REGISTER_STATES: readonly RegisterState[] = ['on_time', 'late', 'missing', 'not_expected'];

/** What the lead agency said about a task, as `taskStatus` needs it. */
export interface LeadStatement {
  status: ReportedStatus | null;
  completedOn: IsoDate | null;
}

/**
 * A task's status for a period, as of the period's end date (PRODUCT.md "Statuses"):
 * - a dated or range deadline already passed and the task not reported done → `overdue`, whether
 *   or not the lead reported (see `judgeTask` for the "chưa có báo cáo" flag);
 * - otherwise no lead report → `no_report`;
 * - reported done: completion date ≤ due date → `done_on_time`, later → `done_late`; with no due
 *   date (conditional, unrecognised) → `done_on_time`; with no completion date → `done_on_time`
 *   as well, since the agency's word is all there is — callers should flag such rows
 *   (see `doneWithoutDate`) so that the user can ask for the date; a completion date after the
 *   period's end still counts as done (the report is written after the period and says the latest);
 *   a recurring deadline (`Thường xuyên`, `Hàng năm`) → `ongoing`: recurring work is never
 *   finished once and for all (Resolution 57 tracking);
 * - reported not started ("Chưa thực hiện"): conditional → `waiting`, a dated or range deadline
 *   already passed → `overdue`, otherwise `not_started` — recurring tasks included, since
 *   "Thường xuyên" would be a kinder word than the lead's own;
 * - reported in progress: recurring → `ongoing`; a dated or range deadline whose due date lies
 *   before the period's end → `overdue` (on the due date itself the task is still within its
 *   deadline), otherwise `in_progress` — a conditional deadline ("Sau khi có Quyết định …") does
 *   not override the lead's word that work has started;
 * - no status ticked: read as not done but not claimed started either: conditional → `waiting`,
 *   otherwise as in progress.
 */
export function taskStatus(
  deadline: Deadline,
  lead: LeadStatement | null,
  periodEnd: IsoDate,
): TaskStatus {
  // Only date and range deadlines carry a due date; anything else is never late.
  const due = dueDate(deadline);
  if (lead === null) return due !== null && due < periodEnd ? 'overdue' : 'no_report';
  if (lead.status === 'done') {
    if (deadline.kind === 'recurring') return 'ongoing';
    if (due === null || lead.completedOn === null) return 'done_on_time';
    return lead.completedOn <= due ? 'done_on_time' : 'done_late';
  }
  if (deadline.kind === 'conditional' && lead.status !== 'in_progress') return 'waiting';
  if (due !== null && due < periodEnd) return 'overdue';
  if (lead.status === 'not_started') return 'not_started';
  if (deadline.kind === 'recurring') return 'ongoing';
  return 'in_progress';
}

/**
 * A task judged from its lead agencies' reports for a period: the status (`taskStatus` on the
 * combined reports, see `combineLeadReports`), whether any lead reported on it at all — a task
 * overdue with no report is shown as such ("chưa có báo cáo") — and whether the leads disagree.
 */
export function judgeTask(
  deadline: Deadline,
  leadReports: AgencyReport[],
  periodEnd: IsoDate,
): Pick<TaskStatusRow, 'status' | 'reported' | 'conflict'> {
  const { effective, conflict } = combineLeadReports(leadReports);
  return {
    status: taskStatus(deadline, effective, periodEnd),
    reported: effective !== null,
    conflict,
  };
}

/** Past due, not done, and the lead sent nothing: counted overdue, named "chưa có báo cáo". */
export function overdueWithoutReport(row: Pick<TaskStatusRow, 'status' | 'reported'>): boolean {
  return row.status === 'overdue' && !row.reported;
}

/** Reported done (on time or late); recurring work is never done once and for all. */
export function isDone(status: TaskStatus): boolean {
  return status === 'done_on_time' || status === 'done_late';
}

/**
 * Tasks "due in" a window of dates (PRODUCT.md): a dated or range deadline whose due date is on or
 * after `start` and on or before `end`, in order of due date (plan order for the same date).
 * Recurring, conditional and unrecognised deadlines are never due. The period's own window gives
 * "due in the period", the next period's window "due next period"; tasks due before the window
 * are not in it — when not done they are `overdue`, a list of their own.
 */
export function tasksDueIn<T extends Pick<TaskStatusRow, 'deadline'>>(
  rows: readonly T[],
  window: { start: IsoDate; end: IsoDate },
): T[] {
  return rows
    .map((row, i) => ({ row, i, due: dueDate(row.deadline) }))
    .filter(
      (x): x is { row: T; i: number; due: IsoDate } =>
        x.due !== null && x.due >= window.start && x.due <= window.end,
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.i - b.i)
    .map((x) => x.row);
}

function dueDate(d: Deadline): IsoDate | null {
  return d.kind === 'date' || d.kind === 'range' ? d.due : null;
}

/** A done task without a completion date is counted on time; the user should be told. */
export function doneWithoutDate(lead: LeadStatement | null): boolean {
  return lead !== null && lead.status === 'done' && lead.completedOn === null;
}

// How far a report says the work has got. A blank status is read as "not done" (the agency did
// not claim completion) but ranks above an explicit "not started".
function progressRank(status: ReportedStatus | null): number {
  switch (status) {
    case 'done':
      return 3;
    case 'in_progress':
      return 2;
    case null:
      return 1;
    case 'not_started':
      return 0;
  }
}

/**
 * Combines the reports of a task's lead agencies (several leads share some tasks, e.g. I.4).
 * - `conflict`: at least one lead says done and at least one does not (a blank status counts as
 *   not done) — the row is then shown with every lead's report, never merged silently;
 * - `effective`: the least advanced report, because a task shared by several leads is done only
 *   when all of them say so; when all say done, the one with the latest completion date (the task
 *   was finished when its last part was), preferring a known date over a blank one.
 * Several versions from the same agency: only the highest version counts. Leads that sent nothing
 * are not visible here; the caller decides whether a missing co-lead matters.
 */
export function combineLeadReports(reports: AgencyReport[]): {
  effective: AgencyReport | null;
  conflict: boolean;
} {
  const latest = new Map<number, AgencyReport>();
  for (const r of reports) {
    const prev = latest.get(r.agency.id);
    if (!prev || r.version > prev.version) latest.set(r.agency.id, r);
  }
  const all = [...latest.values()];
  if (all.length === 0) return { effective: null, conflict: false };

  const done = all.filter((r) => r.status === 'done');
  const conflict = done.length > 0 && done.length < all.length;

  let effective = all[0]!;
  for (const r of all.slice(1)) {
    const a = progressRank(r.status);
    const b = progressRank(effective.status);
    if (a < b) effective = r;
    else if (a === b && r.status === 'done' && laterDate(r.completedOn, effective.completedOn)) {
      effective = r;
    }
  }
  return { effective, conflict };
}

function laterDate(a: IsoDate | null, b: IsoDate | null): boolean {
  if (a === null) return false;
  return b === null || a > b;
}

/**
 * An indicator's assessment for a period (PRODUCT.md "Statuses"):
 * - no target (parent rows 6 and 13) → null;
 * - a qualitative target (`Đạt mức trung bình …`) → the user's recorded judgement, else
 *   `qualitative` (to be judged);
 * - a numeric target → `assessTarget` (`no_data` without a value). A judgement recorded on a
 *   numeric indicator is ignored: the number decides;
 * - a target missed before its horizon — "đến năm 2030" judged in any period of 2029 or earlier —
 *   is `not_due`, never `not_met`: the value is shown with its progress toward the target
 *   (`targetProgress`). From the horizon's year on, a miss is `not_met`.
 */
export function indicatorAssessment(
  target: Target | null,
  value: number | null,
  judgement: 'met' | 'not_met' | null,
  when: { horizon: number; periodEnd: IsoDate },
): IndicatorAssessment | null {
  if (target === null) return null;
  const a = assessTarget(target, value);
  const judged = a === 'qualitative' ? (judgement ?? 'qualitative') : a;
  const due = Number(when.periodEnd.slice(0, 4)) >= when.horizon;
  return judged === 'not_met' && !due ? 'not_due' : judged;
}

/**
 * Rows under their horizon, as the plan's Phụ lục I lists them ("Đến năm 2030", "Đến năm 2045"):
 * horizons in ascending order, rows in their given order within each.
 */
export function byHorizon<T extends { horizon: number }>(
  rows: readonly T[],
): { horizon: number; label: string; rows: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const r of rows) {
    const list = groups.get(r.horizon);
    if (list) list.push(r);
    else groups.set(r.horizon, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([horizon, list]) => ({ horizon, label: horizonLabel(horizon), rows: list }));
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/** Tasks per status; every status is present (0 when none). */
export function countByStatus(rows: TaskStatusRow[]): Record<TaskStatus, number> {
  const out = zeroes(TASK_STATUS_ORDER);
  for (const r of rows) out[r.status] += 1;
  return out;
}

export interface GroupCount {
  group: string;
  total: number;
  byStatus: Record<TaskStatus, number>;
}

/** Tasks per group (I…VII in Roman order; unknown codes after them, in order of appearance). */
export function countByGroup(rows: TaskStatusRow[]): GroupCount[] {
  const groups = new Map<string, TaskStatusRow[]>();
  for (const r of rows) {
    const list = groups.get(r.group);
    if (list) list.push(r);
    else groups.set(r.group, [r]);
  }
  const order = (g: string): number => fromRoman(g) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .map(([group, list], i) => ({ group, list, i }))
    .sort((a, b) => order(a.group) - order(b.group) || a.i - b.i)
    .map(({ group, list }) => ({ group, total: list.length, byStatus: countByStatus(list) }));
}

export type AssessmentCounts = Record<IndicatorAssessment, number> & {
  /** Indicators that have a target (parent rows without one are left out). */
  total: number;
};

/** Indicators per assessment; rows without an assessment (parent rows) are not counted. */
export function countAssessments(rows: IndicatorStatusRow[]): AssessmentCounts {
  const out: AssessmentCounts = { ...zeroes(INDICATOR_ASSESSMENTS), total: 0 };
  for (const r of rows) {
    if (r.assessment === null) continue;
    out[r.assessment] += 1;
    out.total += 1;
  }
  return out;
}

export type RegisterStateCounts = Record<RegisterState, number> & {
  /** Agencies asked to report. */
  expected: number;
  /** Agencies (asked or not) whose report arrived. */
  received: number;
};

/**
 * The state a register row shows everywhere (screen, Phụ lục III in Word and Excel): a report from
 * an agency not asked to report is "Ngoài danh sách", never "Đúng hạn" or "Muộn" — those speak of
 * a deadline the agency did not have.
 */
export function registerStateShown(r: RegisterRow): RegisterState {
  return r.expected ? r.state : 'not_expected';
}

/**
 * Agencies per register state, with the number expected and the number received. On time, late
 * and missing count only agencies asked to report; a report from anyone else counts as
 * `not_expected`, so the register and the dashboard always show the same figures.
 */
export function countRegister(rows: RegisterRow[]): RegisterStateCounts {
  const out: RegisterStateCounts = { ...zeroes(REGISTER_STATES), expected: 0, received: 0 };
  for (const r of rows) {
    out[registerStateShown(r)] += 1;
    if (r.expected) out.expected += 1;
    if (r.submission !== null) out.received += 1;
  }
  return out;
}

/** What a search reads of an agency's report: its name and what it reported (screen and server). */
export function reportSearchFields(r: AgencyReport): string[] {
  return [r.agency.name, r.progress ?? ''];
}
