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

/** Agency ids an assignee stands for today. */
function assigneeAgencyIds(c: Catalogue, assignee: Assignee): number[] {
  if (assignee.type === 'agency') return [assignee.currentId];
  const group = c.assignmentGroups.find((g) => g.id === assignee.id);
  if (!group) return [];
  return reportingAgencies(c)
    .filter((a) => group.memberKinds.includes(a.kind))
    .map((a) => a.id);
}

export function workOf(c: Catalogue, agencyId: number): AgencyWork {
  const tasks: AgencyWork['tasks'] = [];
  for (const task of c.tasks) {
    if (task.lead.some((l) => assigneeAgencyIds(c, l).includes(agencyId)))
      tasks.push({ task, role: 'lead' });
    else if (task.partners.some((p) => assigneeAgencyIds(c, p).includes(agencyId)))
      tasks.push({ task, role: 'partner' });
  }
  const indicators = c.indicators.filter((x) => x.agency?.currentId === agencyId);
  return { tasks, indicators };
}

/** Agencies expected to report for a period of this plan, sorted the Vietnamese way. */
export function expectedAgencies(c: Catalogue): Agency[] {
  return reportingAgencies(c)
    .filter((a) => {
      const work = workOf(c, a.id);
      return work.tasks.length > 0 || work.indicators.length > 0;
    })
    .sort((a, b) => compareVi(a.name, b.name));
}

/** Lead agency ids of a task as of today (groups expanded). */
export function leadAgencyIds(c: Catalogue, task: Task): number[] {
  return [...new Set(task.lead.flatMap((l) => assigneeAgencyIds(c, l)))];
}

export function partnerAgencyIds(c: Catalogue, task: Task): number[] {
  return [...new Set(task.partners.flatMap((p) => assigneeAgencyIds(c, p)))];
}
