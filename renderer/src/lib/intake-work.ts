// What an agency reports on, counted the way the backend builds its form: tasks it leads or
// cooperates on (itself, an agency merged into it, or a collective group it belongs to) and the
// indicators it monitors.
import type { Catalogue } from '../../../shared/api';
import type { Assignee } from '../../../shared/domain/types';

export interface WorkCounts {
  lead: number;
  partner: number;
  indicators: number;
}

function standsFor(c: Catalogue, assignee: Assignee, agencyId: number): boolean {
  if (assignee.type === 'agency') return assignee.currentId === agencyId;
  const agency = c.agencies.find((a) => a.id === agencyId);
  const group = c.assignmentGroups.find((g) => g.id === assignee.id);
  return (
    agency !== undefined &&
    group !== undefined &&
    agency.active &&
    agency.reports &&
    group.memberKinds.includes(agency.kind)
  );
}

/** A task counts once: as lead when the agency leads it, otherwise as partner. */
export function workCounts(c: Catalogue, agencyId: number): WorkCounts {
  let lead = 0;
  let partner = 0;
  for (const t of c.tasks) {
    if (t.lead.some((a) => standsFor(c, a, agencyId))) lead += 1;
    else if (t.partners.some((a) => standsFor(c, a, agencyId))) partner += 1;
  }
  const indicators = c.indicators.filter((x) => x.agency?.currentId === agencyId).length;
  return { lead, partner, indicators };
}
