// Look-ups over one loaded catalogue, built once per load.
import { leadAgencyIds } from '../../../shared/domain/agency-work';
import type { Catalogue } from '../../../shared/api';
import type { Agency, AssignmentGroup, Plan, TaskGroup } from '../../../shared/domain/types';
import { compareVi } from '../../../shared/domain/text';

export interface CatalogueIndex {
  /** The plan being tracked (chosen on the Kế hoạch screen). */
  plan: Plan | null;
  agencyById: Map<number, Agency>;
  groupByCode: Map<string, TaskGroup>;
  assignmentGroupById: Map<number, AssignmentGroup>;
  /** Active agencies in Vietnamese alphabetical order. */
  activeAgencies: Agency[];
  /** Every agency, active ones first, each part in alphabetical order. */
  sortedAgencies: Agency[];
  /**
   * The agency itself followed by its successors (`Sở TT&TT` → `Sở KH&CN`): a link to an agency
   * counts for every agency on this chain.
   */
  chain(agencyId: number): number[];
  /**
   * The agencies leading each task today, by the one rule forms and the register use
   * (shared/domain/agency-work.ts: named agencies after mergers, members of a named group).
   */
  leadIdsByTask: Map<number, number[]>;
}

export function buildIndex(catalogue: Catalogue): CatalogueIndex {
  const agencyById = new Map(catalogue.agencies.map((a) => [a.id, a]));
  const byName = (a: Agency, b: Agency) => compareVi(a.name, b.name);
  const active = catalogue.agencies.filter((a) => a.active).sort(byName);
  const inactive = catalogue.agencies.filter((a) => !a.active).sort(byName);
  const chains = new Map<number, number[]>();
  const plan =
    catalogue.plans.find((p) => p.id === catalogue.activePlanId) ?? catalogue.plans[0] ?? null;
  const leadIdsByTask = new Map(catalogue.tasks.map((t) => [t.id, leadAgencyIds(catalogue, t)]));
  return {
    plan,
    agencyById,
    leadIdsByTask,
    // Group codes (I, II, …) repeat from plan to plan: only the tracked plan's groups.
    groupByCode: new Map(
      catalogue.groups.filter((g) => !plan || g.planId === plan.id).map((g) => [g.code, g]),
    ),
    assignmentGroupById: new Map(catalogue.assignmentGroups.map((g) => [g.id, g])),
    activeAgencies: active,
    sortedAgencies: [...active, ...inactive],
    chain(agencyId) {
      let known = chains.get(agencyId);
      if (!known) {
        known = [];
        for (let id: number | undefined = agencyId; id !== undefined && !known.includes(id);) {
          known.push(id);
          id = agencyById.get(id)?.successor?.id;
        }
        chains.set(agencyId, known);
      }
      return known;
    },
  };
}
