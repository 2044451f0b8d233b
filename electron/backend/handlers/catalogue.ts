import type { Catalogue } from '../../../shared/api';
import type { BackendContext } from '../context';
import { listAgencies, listAssignmentGroups } from '../db/repositories/agencies';
import {
  AssigneeResolver,
  listIndicators,
  listPlans,
  listTaskGroups,
  listTasks,
} from '../db/repositories/plans';

export function getCatalogue(ctx: BackendContext, planId?: number): Catalogue {
  const agencies = listAgencies(ctx.db);
  const assignmentGroups = listAssignmentGroups(ctx.db);
  const resolver = new AssigneeResolver(agencies, assignmentGroups);
  return {
    plans: listPlans(ctx.db),
    groups: listTaskGroups(ctx.db, planId),
    tasks: listTasks(ctx.db, resolver, planId),
    indicators: listIndicators(ctx.db, resolver, planId),
    agencies,
    assignmentGroups,
  };
}
