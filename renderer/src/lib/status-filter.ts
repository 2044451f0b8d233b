// Which rows of a period's status the report tables show: the same rules serve the dashboard's
// counts, so that a figure and the list behind it always agree.
import type {
  IndicatorAssessment,
  IndicatorStatusRow,
  TaskStatus,
  TaskStatusRow,
} from '../../../shared/domain/types';
import { matchesSearch } from '../../../shared/domain/text';
import { INDICATOR_ASSESSMENTS, reportSearchFields } from '../../../shared/domain/status';
import { TASK_STATUS_ORDER } from '../../../shared/domain/status-labels';
import { assigneeNames } from './assignees';
import type { CatalogueIndex } from './catalogue-index';

export interface TaskStatusFilter {
  search: string;
  status: TaskStatus | null;
  group: string | null;
  agencyId: number | null;
  /** Only tasks whose lead agencies disagree. */
  conflict: boolean;
}

export function parseTaskStatus(v: string | null): TaskStatus | null {
  return v !== null && (TASK_STATUS_ORDER as readonly string[]).includes(v)
    ? (v as TaskStatus)
    : null;
}

export function parseAssessment(v: string | null): IndicatorAssessment | null {
  return v !== null && (INDICATOR_ASSESSMENTS as readonly string[]).includes(v)
    ? (v as IndicatorAssessment)
    : null;
}

export function parseId(v: string | null): number | null {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The agencies leading a task today, by the one rule forms and the register use. */
function leadAgencyIds(row: TaskStatusRow, index: CatalogueIndex): number[] {
  return index.leadIdsByTask.get(row.taskId) ?? [];
}

/**
 * Field by field, like the catalogue's task search: code, text, lead names, what the lead agencies
 * reported. Lead reports after the first three of a task led by a whole group are not in the
 * status: the server searches them (`status.search`) and its answer comes in as `unshippedHits`.
 * Cooperating agencies' reports are not searched (they load when a task is opened).
 */
function taskRowMatchesSearch(
  row: TaskStatusRow,
  search: string,
  unshippedHits: ReadonlySet<number>,
): boolean {
  if (search.trim() === '') return true;
  if (unshippedHits.has(row.taskId)) return true;
  const fields = [
    row.code,
    row.text,
    ...assigneeNames(row.lead),
    ...row.leadReports.flatMap(reportSearchFields),
  ];
  return fields.some((f) => matchesSearch(f, search));
}

const NO_HITS: ReadonlySet<number> = new Set();

/** Every condition except the status: the status chips count within this. */
export function taskRowMatchesExceptStatus(
  row: TaskStatusRow,
  f: TaskStatusFilter,
  index: CatalogueIndex,
  unshippedHits: ReadonlySet<number> = NO_HITS,
): boolean {
  if (f.group !== null && row.group !== f.group) return false;
  if (f.conflict && !row.conflict) return false;
  if (f.agencyId !== null) {
    const wanted = f.agencyId;
    // A merged agency's filter also finds the tasks its successor leads today.
    if (!leadAgencyIds(row, index).some((id) => index.chain(wanted).includes(id))) return false;
  }
  return taskRowMatchesSearch(row, f.search, unshippedHits);
}

export interface AgencyTaskCount {
  agencyId: number;
  name: string;
  total: number;
  byStatus: Record<TaskStatus, number>;
}

/** Tasks per lead agency (see `leadAgencyIds`), most tasks first; ties in alphabetical order. */
export function countByLeadAgency(
  rows: readonly TaskStatusRow[],
  index: CatalogueIndex,
  nameOf: (id: number, fallback: string) => string,
): AgencyTaskCount[] {
  const out = new Map<number, AgencyTaskCount>();
  for (const row of rows) {
    for (const id of leadAgencyIds(row, index)) {
      let c = out.get(id);
      if (!c) {
        const fallback =
          row.leadReports.find((r) => r.agency.id === id)?.agency.name ??
          row.lead.find((a) => a.type === 'agency' && a.currentId === id)?.name ??
          '';
        const byStatus = {} as Record<TaskStatus, number>;
        for (const s of TASK_STATUS_ORDER) byStatus[s] = 0;
        c = { agencyId: id, name: nameOf(id, fallback), total: 0, byStatus };
        out.set(id, c);
      }
      c.total += 1;
      c.byStatus[row.status] += 1;
    }
  }
  return [...out.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'vi'));
}

export interface IndicatorStatusFilter {
  search: string;
  assessment: IndicatorAssessment | null;
}

export function indicatorRowMatches(row: IndicatorStatusRow, f: IndicatorStatusFilter): boolean {
  if (f.assessment !== null && row.assessment !== f.assessment) return false;
  if (f.search.trim() === '') return true;
  return [row.code, row.text, row.unit, row.target?.text ?? '', row.reportedBy?.name ?? ''].some(
    (x) => matchesSearch(x, f.search),
  );
}
