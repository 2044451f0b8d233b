import type { Catalogue } from '../../../shared/api';
import type { Plan } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { listAgencies, listAssignmentGroups } from '../db/repositories/agencies';
import { readSettings, writeSettings } from '../db/repositories/settings';
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
  const plans = listPlans(ctx.db);
  return {
    plans,
    activePlanId: chosenPlan(ctx, plans),
    groups: listTaskGroups(ctx.db, planId),
    tasks: listTasks(ctx.db, resolver, planId),
    indicators: listIndicators(ctx.db, resolver, planId),
    agencies,
    assignmentGroups,
  };
}

const ACTIVE_PLAN_KEY = 'activePlanId';

/** The plan chosen on the Kế hoạch screen; the first plan when none was chosen or it is gone. */
function chosenPlan(ctx: BackendContext, plans: Plan[]): number | null {
  const stored = readSettings(ctx.db)[ACTIVE_PLAN_KEY];
  return plans.find((p) => p.id === stored)?.id ?? plans[0]?.id ?? null;
}

/** Makes `planId` the plan every screen, form, import and report works on. */
export function activatePlan(ctx: BackendContext, planId: number): Catalogue {
  if (!listPlans(ctx.db).some((p) => p.id === planId))
    throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này; có thể nó đã bị xóa.');
  writeSettings(ctx.db, { [ACTIVE_PLAN_KEY]: planId });
  return getCatalogue(ctx);
}

/**
 * The active plan and the catalogue narrowed to it: what forms, imports, status and reports
 * read, so that a second plan's tasks are never matched, counted or printed by mistake.
 */
export function activeCatalogue(ctx: BackendContext): { c: Catalogue; plan: Plan } {
  const plan = activePlan(ctx);
  return { c: getCatalogue(ctx, plan.id), plan };
}

/**
 * The active plan alone, for a call that needs only the plan (a period's key, the reports kept
 * for it): reading the whole catalogue of a 750-task plan takes tens of milliseconds.
 */
export function activePlan(ctx: BackendContext): Plan {
  const plans = listPlans(ctx.db);
  const id = chosenPlan(ctx, plans);
  const plan = plans.find((p) => p.id === id);
  if (!plan)
    throw new AppError('NOT_FOUND', 'Chưa có kế hoạch nào trong cơ sở dữ liệu. Chạy lệnh init.');
  return plan;
}
