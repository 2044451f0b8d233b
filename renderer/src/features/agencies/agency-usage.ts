// How many plan rows name an agency (itself or an agency merged into it), in one plan or in all.
import type { Catalogue } from '../../../../shared/api';
import type { Assignee } from '../../../../shared/domain/types';
import type { CatalogueIndex } from '../../lib/catalogue-index';

export interface AgencyUsage {
  lead: number;
  partner: number;
  /** Tasks where it leads or cooperates (each task once). */
  tasks: number;
  indicators: number;
}

/** `planId` null counts every plan (a merger changes them all); a number counts that plan only. */
export function agencyUsage(
  agencyId: number,
  catalogue: Catalogue,
  index: CatalogueIndex,
  planId: number | null,
): AgencyUsage {
  const inPlan = (x: { planId: number }) => planId === null || x.planId === planId;
  const names = (list: readonly Assignee[]) =>
    list.some((a) => a.type === 'agency' && index.chain(a.id).includes(agencyId));
  let lead = 0;
  let partner = 0;
  let tasks = 0;
  for (const t of catalogue.tasks.filter(inPlan)) {
    const l = names(t.lead);
    const p = names(t.partners);
    if (l) lead += 1;
    if (p) partner += 1;
    if (l || p) tasks += 1;
  }
  const indicators = catalogue.indicators.filter(
    (i) => inPlan(i) && i.agency !== null && index.chain(i.agency.id).includes(agencyId),
  ).length;
  return { lead, partner, tasks, indicators };
}
