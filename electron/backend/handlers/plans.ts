// Plans: their own details, and a new plan from an Excel table shaped like the plan's appendices
// (preview, then one transaction).
import type { ParsedArgs, PlanImportPreview } from '../../../shared/api';
import { docNumber } from '../../../shared/domain/doc-number';
import { foldVietnamese } from '../../../shared/domain/text';
import type { Plan } from '../../../shared/domain/types';
import { AppError, validationError, type FieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  insertIndicator,
  insertPlan,
  insertTask,
  insertTaskGroup,
  listPlans,
  updatePlanFields,
} from '../db/repositories/plans';
import { extractPlan, type PlanDraft } from '../importer/extract-plan';
import { groupTargetsFromPhrases, type LinkTarget } from '../importer/link-assignees';
import { readWorkbook } from '../importer/read-workbook';
import { backupBefore } from './backups';
import { getCatalogue } from './catalogue';

type PlanArgs = ParsedArgs<'plans.import'>;

async function draftFrom(ctx: BackendContext, args: PlanArgs) {
  // The details first: a wrong number should not wait for the whole file to be read.
  const meta = {
    ...args.plan,
    title: args.plan.title.normalize('NFC'),
    symbol: args.plan.symbol.normalize('NFC'),
    issuer: args.plan.issuer.normalize('NFC'),
  };
  const errors = planFieldErrors(meta, ctx.today());
  if (errors.length > 0) throw validationError(errors);
  const read = await readWorkbook(
    new Uint8Array(Buffer.from(args.file.data, 'base64')),
    args.file.name,
  );
  if (!read.ok) throw new AppError('BAD_FILE', read.message);
  const c = getCatalogue(ctx);
  const targets: LinkTarget[] = [
    ...c.agencies.map((a) => ({
      type: 'agency' as const,
      id: a.id,
      names: [a.name, ...(a.shortName ? [a.shortName] : []), ...a.aliases],
    })),
    ...groupTargetsFromPhrases(c.assignmentGroups),
  ];
  const names = new Map<string, string>([
    ...c.agencies.map((a) => [`agency:${a.id}`, a.name] as const),
    ...c.assignmentGroups.map((g) => [`group:${g.id}`, g.name] as const),
  ]);
  const key = planKey(args.plan.title, args.plan.number, listPlans(ctx.db));
  return { draft: extractPlan(read.workbook, targets), names, key, meta };
}

export async function previewPlanImport(
  ctx: BackendContext,
  args: PlanArgs,
): Promise<PlanImportPreview> {
  const { draft, names, key } = await draftFrom(ctx, args);
  const name = (l: { type: string; id: number }) => names.get(`${l.type}:${l.id}`) ?? '';
  return {
    plan: { key, title: args.plan.title, symbol: args.plan.symbol, number: args.plan.number },
    groups: draft.groups,
    tasks: draft.tasks.map((t) => ({
      code: t.code,
      group: t.group,
      number: t.number,
      text: t.text,
      leadText: t.leadText,
      lead: t.lead.map(name),
      partners: t.partners.map(name),
      output: t.output,
      deadlineText: t.deadlineText,
    })),
    indicators: draft.indicators.map((x) => ({
      code: x.code,
      parent: x.parent,
      text: x.text,
      unit: x.unit,
      targetText: x.targetText,
      agency: x.agencyId ? (names.get(`agency:${x.agencyId}`) ?? null) : null,
    })),
    issues: draft.issues,
    canImport: canImport(draft),
  };
}

/**
 * Reads the plan's file and creates the plan; `record` runs inside the same transaction as the
 * inserts (the audit entry: if it fails, no plan is created).
 */
export async function importPlan(
  ctx: BackendContext,
  args: PlanArgs,
  record: (plan: Plan) => void = () => {},
): Promise<Plan> {
  const { draft, key, meta } = await draftFrom(ctx, args);
  if (!canImport(draft)) {
    const first = draft.issues.find((i) => i.severity === 'error')!;
    throw new AppError('VALIDATION', `Chưa nhập được kế hoạch: ${first.message}`, {
      issues: draft.issues,
    });
  }
  backupBefore(ctx, 'pre-plan-import');
  return ctx.db.transaction(() => {
    const planId = insertPlan(ctx.db, { key, ...meta });
    const groups = new Map<string, number>();
    draft.groups.forEach((g, i) => {
      if (!groups.has(g.code))
        groups.set(g.code, insertTaskGroup(ctx.db, planId, { ...g, position: i + 1 }));
    });
    const link = (l: { type: 'agency' | 'group'; id: number }) =>
      l.type === 'agency' ? { agencyId: l.id, groupId: null } : { agencyId: null, groupId: l.id };
    draft.tasks.forEach((t, i) =>
      insertTask(ctx.db, planId, {
        ...t,
        groupId: groups.get(t.group)!,
        position: i + 1,
        lead: t.lead.map(link),
        partners: t.partners.map(link),
      }),
    );
    draft.indicators.forEach((x, i) =>
      insertIndicator(ctx.db, planId, { ...x, parentCode: x.parent, position: i + 1 }),
    );
    const plan = listPlans(ctx.db).find((p) => p.id === planId)!;
    record(plan);
    return plan;
  })();
}

function canImport(d: PlanDraft): boolean {
  return d.tasks.length + d.indicators.length > 0 && !d.issues.some((i) => i.severity === 'error');
}

function planKey(title: string, number: string, existing: Plan[]): string {
  const base =
    foldVietnamese(`${number} ${title}`)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'ke-hoach';
  let key = base;
  for (let i = 2; existing.some((p) => p.key === key); i++) key = `${base}-${i}`;
  return key;
}

/** The checks on a plan's own details, for an edit and for a new plan alike. */
function planFieldErrors(
  p: { title?: string; symbol?: string; number?: string; issuedOn?: string | null },
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (p.title === '') errors.push({ field: 'title', message: 'Tên kế hoạch không được để trống.' });
  if (p.symbol === '')
    errors.push({ field: 'symbol', message: 'Cần ký hiệu văn bản (ví dụ: KH-UBND).' });
  if (p.number && docNumber(p.number) === null)
    errors.push({
      field: 'number',
      message: 'Số kế hoạch chỉ gồm chữ số (ví dụ: 35); ký hiệu nhập ở ô riêng.',
    });
  if (p.issuedOn && p.issuedOn > today)
    errors.push({ field: 'issuedOn', message: 'Ngày ban hành không thể sau ngày hôm nay.' });
  return errors;
}

/** The plan's own number, date and wording, which the report quotes ("Kế hoạch số 35/KH-UBND"). */
export function updatePlan(
  ctx: BackendContext,
  id: number,
  patch: ParsedArgs<'plans.update'>['patch'],
): Plan {
  if (!listPlans(ctx.db).some((p) => p.id === id))
    throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch này.');
  const clean = Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.normalize('NFC').trim() : v,
    ]),
  ) as typeof patch;
  const errors = planFieldErrors(clean, ctx.today());
  if (errors.length > 0) throw validationError(errors);
  updatePlanFields(ctx.db, id, clean);
  return listPlans(ctx.db).find((p) => p.id === id)!;
}
