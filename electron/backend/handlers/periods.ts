import {
  adhocKeyParts,
  DEFAULT_DUE_RULES,
  periodFromKey,
  periodKey,
  periodError,
  periodLabel,
  type DueRules,
} from '../../../shared/domain/periods';
import { PERIOD_MESSAGES } from '../../../shared/messages/periods';
import type { Period, Plan } from '../../../shared/domain/types';
import type { BackendContext } from '../context';
import { findAdhocPeriod, insertAdhocPeriod, listAdhocPeriods } from '../db/repositories/periods';
import { readSettings, writeSettings } from '../db/repositories/settings';
import { validationError, type FieldError } from '../../../shared/errors';
import type { AdhocPeriodInfo, PeriodsOverview } from '../../../shared/api';
import { activeCatalogue } from './catalogue';

/** Per-plan due-date rules, stored with the settings; PRODUCT.md's defaults otherwise. */
function dueRules(ctx: BackendContext, plan: Plan): DueRules {
  const stored = readSettings(ctx.db)[`dueRules.${plan.key}`] as Partial<DueRules> | undefined;
  return { ...DEFAULT_DUE_RULES, ...stored };
}

/**
 * The period a key names for this plan. A key that cannot be is a VALIDATION AppError on the
 * `period` field (from periodFromKey or here); any other fault, a database one say, goes up as it
 * is, so that dispatch logs it and shows the internal-error message instead of calling it the
 * user's mistake.
 */
export function resolvePeriod(ctx: BackendContext, plan: Plan, key: string): Period {
  const adhocKey = adhocKeyParts(key);
  if (adhocKey) {
    const clean = periodKey('adhoc', adhocKey.year, adhocKey.index);
    const adhoc = findAdhocPeriod(ctx.db, plan.id, clean);
    if (!adhoc) throw periodError(PERIOD_MESSAGES.adhocNotCreated(clean));
    return periodFromKey(clean, dueRules(ctx, plan), adhoc);
  }
  return periodFromKey(key.trim(), dueRules(ctx, plan));
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
export function periodsOverview(ctx: BackendContext): PeriodsOverview {
  const { plan } = activeCatalogue(ctx);
  return {
    rules: dueRules(ctx, plan),
    adhoc: listAdhocPeriods(ctx.db, plan.id).map((a) => ({
      ...describePeriod(periodFromKey(a.key, dueRules(ctx, plan), a)),
      title: a.title,
    })),
  };
}

/** An ad hoc report (báo cáo đột xuất) with its own dates and due date, set by hand. */
export function createAdhocPeriod(
  ctx: BackendContext,
  p: { title: string; start: string; end: string; due: string },
): AdhocPeriodInfo {
  const { plan } = activeCatalogue(ctx);
  const title = p.title.normalize('NFC').trim();
  const errors: FieldError[] = [];
  if (title === '')
    errors.push({
      field: 'title',
      message: PERIOD_MESSAGES.adhocTitleRequired,
    });
  if (p.end < p.start) errors.push({ field: 'end', message: PERIOD_MESSAGES.endBeforeStart });
  if (p.due < p.start) errors.push({ field: 'due', message: PERIOD_MESSAGES.dueBeforeStart });
  if (errors.length > 0) throw validationError(errors);
  const key = insertAdhocPeriod(ctx.db, plan.id, { title, start: p.start, end: p.end, due: p.due });
  return { ...describePeriod(resolvePeriod(ctx, plan, key)), title };
}

/** Due-date rules of the active plan (PRODUCT.md's defaults until changed). */
export function updateDueRules(ctx: BackendContext, rules: DueRules): DueRules {
  const { plan } = activeCatalogue(ctx);
  const errors: FieldError[] = [];
  const day = (field: string, d: number, label: string) => {
    if (d < 1 || d > 31) errors.push({ field, message: PERIOD_MESSAGES.dueDayRange(label) });
  };
  day('monthDay', rules.monthDay, 'Báo cáo tháng');
  day('quarterDay', rules.quarterDay, 'Báo cáo quý');
  rules.halfDue.forEach((h, i) => day(`halfDue.${i}`, h.day, 'Báo cáo 6 tháng'));
  day('yearDue', rules.yearDue.day, 'Báo cáo năm');
  if (errors.length > 0) throw validationError(errors);
  writeSettings(ctx.db, { [`dueRules.${plan.key}`]: rules });
  return dueRules(ctx, plan);
}
