// Counts for the plan overview: tasks per group and by deadline kind.
import type { Catalogue } from '../../../../shared/api';
import type { DeadlineKind, TaskGroup } from '../../../../shared/domain/types';

export type KindCounts = Record<DeadlineKind, number>;

export interface GroupSummary {
  group: TaskGroup;
  tasks: number;
  byKind: KindCounts;
}

const emptyCounts = (): KindCounts => ({
  date: 0,
  range: 0,
  recurring: 0,
  conditional: 0,
  none: 0,
});

export function summariseGroups(catalogue: Catalogue, planId: number | null): GroupSummary[] {
  const groups = catalogue.groups
    .filter((g) => planId === null || g.planId === planId)
    .sort((a, b) => a.position - b.position);
  return groups.map((group) => {
    const byKind = emptyCounts();
    const tasks = catalogue.tasks.filter(
      (t) => t.planId === group.planId && t.group === group.code,
    );
    for (const t of tasks) byKind[t.deadline.kind] += 1;
    return { group, tasks: tasks.length, byKind };
  });
}

export function totalCounts(rows: readonly GroupSummary[]): GroupSummary['byKind'] & {
  tasks: number;
} {
  const total = { ...emptyCounts(), tasks: 0 };
  for (const r of rows) {
    total.tasks += r.tasks;
    for (const k of Object.keys(r.byKind) as DeadlineKind[]) total[k] += r.byKind[k];
  }
  return total;
}
