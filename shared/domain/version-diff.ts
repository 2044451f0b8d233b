// What changed between an agency's previous version and a new one, row by plan row.
import { REPORTED_STATUS_LABEL } from './status-labels';
import type { Catalogue } from '../api';
import type { ImportDiffEntry } from './import-types';
import { formatVnDate, formatVnNumber } from './text';
import type { IndicatorValue, ReportedStatus, TaskProgress } from './types';

type Progress = Omit<TaskProgress, 'submissionId' | 'sourceRow'>;
type Value = Omit<IndicatorValue, 'submissionId' | 'sourceRow'>;

export function diffVersions(
  before: { progress: Progress[]; values: Value[] },
  after: { progress: Progress[]; values: Value[] },
  codes: { task: (id: number) => string; indicator: (id: number) => string },
): ImportDiffEntry[] {
  const out: ImportDiffEntry[] = [];
  const oldTasks = new Map(before.progress.map((p) => [p.taskId, p]));
  const newTasks = new Map(after.progress.map((p) => [p.taskId, p]));
  for (const [taskId, now] of newTasks) {
    const code = codes.task(taskId);
    const was = oldTasks.get(taskId);
    if (!was) {
      out.push({ kind: 'task', code, field: 'added', before: null, after: statusText(now.status) });
      continue;
    }
    push(out, 'task', code, 'status', statusText(was.status), statusText(now.status));
    push(out, 'task', code, 'completedOn', date(was.completedOn), date(now.completedOn));
    push(out, 'task', code, 'progress', was.progress, now.progress);
  }
  for (const [taskId, was] of oldTasks)
    if (!newTasks.has(taskId))
      out.push({
        kind: 'task',
        code: codes.task(taskId),
        field: 'removed',
        before: statusText(was.status),
        after: null,
      });
  const oldValues = new Map(before.values.map((v) => [v.indicatorId, v]));
  const newValues = new Map(after.values.map((v) => [v.indicatorId, v]));
  for (const [id, now] of newValues) {
    const code = codes.indicator(id);
    const was = oldValues.get(id);
    if (!was)
      out.push({ kind: 'indicator', code, field: 'added', before: null, after: valueText(now) });
    else push(out, 'indicator', code, 'value', valueText(was), valueText(now));
  }
  for (const [id, was] of oldValues)
    if (!newValues.has(id))
      out.push({
        kind: 'indicator',
        code: codes.indicator(id),
        field: 'removed',
        before: valueText(was),
        after: null,
      });
  return out;
}

function push(
  out: ImportDiffEntry[],
  kind: ImportDiffEntry['kind'],
  code: string,
  field: ImportDiffEntry['field'],
  before: string | null,
  after: string | null,
): void {
  if ((before ?? '') !== (after ?? '')) out.push({ kind, code, field, before, after });
}

const statusText = (s: ReportedStatus | null) => (s ? REPORTED_STATUS_LABEL[s] : null);
const date = (d: string | null) => (d ? formatVnDate(d) : null);
const valueText = (v: Value) =>
  v.value !== null ? formatVnNumber(v.value) : (v.valueText ?? null);

/** Plan codes by id, for messages and diffs. */
export function codeLookup(c: Catalogue) {
  const tasks = new Map(c.tasks.map((t) => [t.id, t.code]));
  const indicators = new Map(c.indicators.map((x) => [x.id, x.code]));
  return {
    task: (id: number) => tasks.get(id) ?? `#${id}`,
    indicator: (id: number) => indicators.get(id) ?? `#${id}`,
  };
}
