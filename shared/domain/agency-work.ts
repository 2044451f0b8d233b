// Who is expected to report and on what: an agency carries a task when it (or an agency merged
// into it) is named as lead or partner, or when it belongs to a group the plan names
// ("Các sở, ban, ngành"); it carries an indicator it monitors. One rule for forms, register,
// status and the importer (which prefers an agency's own tasks when matching its rows).
import type { Catalogue } from '../api';
import { compareVi } from './text';
import type { Agency, Assignee, Indicator, Task } from './types';

export interface AgencyWork {
  tasks: { task: Task; role: 'lead' | 'partner' }[];
  indicators: Indicator[];
}

function reportingAgencies(c: Catalogue): Agency[] {
  return c.agencies.filter((a) => a.active && a.reports);
}

/**
 * Who must report on what, for every agency and task at once: one pass over the tasks with the
 * groups' members looked up by kind, so linear in tasks + agencies (+ the assignments it lists).
 * Every question below (an agency's work, the expected agencies, a task's leads) reads this.
 */
export interface PlanScope {
  /** Reporting agencies with something to report on, sorted the Vietnamese way. */
  expected: Agency[];
  /** An agency's tasks (in plan order) and the indicators it monitors. */
  workOf(agencyId: number): AgencyWork;
  /** Lead agency ids of a task as of today (groups expanded), in the order the plan names them. */
  leadIds(taskId: number): number[];
  partnerIds(taskId: number): number[];
}

export function planScope(c: Catalogue): PlanScope {
  const reporting = reportingAgencies(c);
  // A handful of groups, each listing its members once (in catalogue order).
  const groupMembers = new Map(
    c.assignmentGroups.map((g) => [
      g.id,
      reporting.filter((a) => g.memberKinds.includes(a.kind)).map((a) => a.id),
    ]),
  );
  /** Agency ids an assignee list stands for today, each once. */
  const expand = (list: readonly Assignee[]): number[] => {
    const ids = new Set<number>();
    for (const x of list)
      for (const id of x.type === 'agency' ? [x.currentId] : (groupMembers.get(x.id) ?? []))
        ids.add(id);
    return [...ids];
  };

  const work = new Map<number, AgencyWork>();
  const workFor = (id: number): AgencyWork => {
    let w = work.get(id);
    if (!w) work.set(id, (w = { tasks: [], indicators: [] }));
    return w;
  };
  const leads = new Map<number, number[]>();
  const partners = new Map<number, number[]>();
  for (const task of c.tasks) {
    const l = expand(task.lead);
    const p = expand(task.partners);
    leads.set(task.id, l);
    partners.set(task.id, p);
    const leading = new Set(l);
    for (const id of l) workFor(id).tasks.push({ task, role: 'lead' });
    for (const id of p) if (!leading.has(id)) workFor(id).tasks.push({ task, role: 'partner' });
  }
  for (const x of c.indicators)
    if (x.agency?.currentId !== undefined) workFor(x.agency.currentId).indicators.push(x);

  const expected = reporting
    .filter((a) => work.has(a.id))
    .sort((a, b) => compareVi(a.name, b.name));
  return {
    expected,
    workOf: (id) => work.get(id) ?? { tasks: [], indicators: [] },
    leadIds: (taskId) => leads.get(taskId) ?? [],
    partnerIds: (taskId) => partners.get(taskId) ?? [],
  };
}

/** Tasks an agency leads or cooperates on and the indicators it monitors (see `planScope`). */
export function workOf(c: Catalogue, agencyId: number): AgencyWork {
  return planScope(c).workOf(agencyId);
}

/** Agencies expected to report for a period of this plan, sorted the Vietnamese way. */
export function expectedAgencies(c: Catalogue): Agency[] {
  return planScope(c).expected;
}

/** Lead agency ids of a task as of today (groups expanded). */
export function leadAgencyIds(c: Catalogue, task: Task): number[] {
  return planScope({ ...c, tasks: [task], indicators: [] }).leadIds(task.id);
}
