// What an agency reports on, counted by the one rule the forms use (shared/domain/agency-work.ts):
// tasks it leads or cooperates on and the indicators it monitors.
import type { Catalogue } from '../../../../shared/api';
import { workOf } from '../../../../shared/domain/agency-work';

export interface WorkCounts {
  lead: number;
  partner: number;
  indicators: number;
}

/** A task counts once: as lead when the agency leads it, otherwise as partner. */
export function workCounts(c: Catalogue, agencyId: number): WorkCounts {
  const work = workOf(c, agencyId);
  return {
    lead: work.tasks.filter((t) => t.role === 'lead').length,
    partner: work.tasks.filter((t) => t.role === 'partner').length,
    indicators: work.indicators.length,
  };
}
