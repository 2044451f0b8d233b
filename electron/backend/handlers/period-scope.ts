// Who must report on what (shared/domain/agency-work.ts `planScope`), computed once and kept until
// the database changes: periods, the register, status, forms and the report all read it, and on a
// province of 750 tasks and 60 agencies working it out again on every call was most of their time.
// The rule does not depend on the period (only on the plan and the agencies), so one entry per
// database and plan serves every period.
import type { Catalogue } from '../../../shared/api';
import { planScope, type PlanScope } from '../../../shared/domain/agency-work';
import type { Plan } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { changeStamp } from '../db/change-stamp';
import type { Db } from '../db/connection';

const cache = new WeakMap<Db, { stamp: string; planId: number; scope: PlanScope }>();

/** The scope of `plan`, whose catalogue (as `activeCatalogue` narrows it) is `c`. */
export function scopeOf(ctx: BackendContext, c: Catalogue, plan: Plan): PlanScope {
  const stamp = changeStamp(ctx.db);
  const hit = cache.get(ctx.db);
  if (hit && hit.stamp === stamp && hit.planId === plan.id) return hit.scope;
  const scope = planScope(c);
  cache.set(ctx.db, { stamp, planId: plan.id, scope });
  return scope;
}
