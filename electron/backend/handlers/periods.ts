import type { Catalogue } from '../../../shared/api';
import {
  DEFAULT_DUE_RULES,
  periodFromKey,
  periodLabel,
  type DueRules,
} from '../../../shared/domain/periods';
import type { Period, Plan } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { readSettings } from '../db/repositories/settings';

/** Per-plan due-date rules, stored with the settings; PRODUCT.md's defaults otherwise. */
export function dueRules(ctx: BackendContext, plan: Plan): DueRules {
  const stored = readSettings(ctx.db)[`dueRules.${plan.key}`] as Partial<DueRules> | undefined;
  return { ...DEFAULT_DUE_RULES, ...stored };
}

export function resolvePeriod(ctx: BackendContext, plan: Plan, key: string): Period {
  try {
    return periodFromKey(key.trim(), dueRules(ctx, plan));
  } catch (error) {
    throw new AppError('VALIDATION', (error as Error).message, {
      fields: [{ field: 'period', message: (error as Error).message }],
    });
  }
}

export function describePeriod(p: Period): {
  key: string;
  label: string;
  start: string;
  end: string;
  due: string;
} {
  return { key: p.key, label: periodLabel(p), start: p.start, end: p.end, due: p.due };
}

/** The plan an operation works on: the only one, or the one asked for. */
export function activePlan(c: Catalogue, planId?: number): Plan {
  const plan = planId === undefined ? c.plans[0] : c.plans.find((p) => p.id === planId);
  if (!plan)
    throw new AppError('NOT_FOUND', 'Chưa có kế hoạch nào trong cơ sở dữ liệu. Chạy lệnh init.');
  return plan;
}
