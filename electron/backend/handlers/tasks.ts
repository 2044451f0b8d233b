import type { AssigneeRef, IndicatorPatch, TaskPatch } from '../../../shared/api';
import { parseDeadline } from '../../../shared/domain/deadline';
import type { Indicator, Task } from '../../../shared/domain/types';
import { AppError, validationError, type FieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import { listAgencies, listAssignmentGroups } from '../db/repositories/agencies';
import {
  indicatorExists,
  replaceAssignees,
  taskExists,
  updateIndicatorFields,
  updateTaskFields,
  type AssigneeLink,
} from '../db/repositories/plans';
import { audit, changedFields } from './audit-log';
import { getCatalogue } from './catalogue';
import { CATALOGUE_MESSAGES } from '../../../shared/messages/catalogue';

const FIELD_NAMES: Record<string, string> = {
  text: 'nội dung',
  leadText: 'cơ quan chủ trì (văn bản)',
  partnersText: 'cơ quan phối hợp (văn bản)',
  lead: 'cơ quan chủ trì',
  partners: 'cơ quan phối hợp',
  output: 'kết quả/sản phẩm',
  deadlineText: 'thời hạn',
  unit: 'đơn vị tính',
  targetText: 'mục tiêu',
  agencyId: 'cơ quan theo dõi',
  name: 'tên',
  shortName: 'tên viết tắt',
  aliases: 'tên gọi khác',
  kind: 'loại',
  reports: 'phải báo cáo',
  active: 'đang hoạt động',
};

export function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? key;
}

export function updateTask(ctx: BackendContext, id: number, patch: TaskPatch): Task {
  if (!taskExists(ctx.db, id)) throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.taskNotFound);
  const clean = trimStrings(patch);
  const errors: FieldError[] = [];
  if (clean.text !== undefined && clean.text === '')
    errors.push({ field: 'text', message: 'Nội dung nhiệm vụ không được để trống.' });
  if (clean.lead !== undefined && clean.lead.length === 0)
    errors.push({ field: 'lead', message: 'Nhiệm vụ phải có ít nhất một cơ quan chủ trì.' });
  if (clean.deadlineText && parseDeadline(clean.deadlineText).kind === 'none')
    errors.push({
      field: 'deadlineText',
      message: `Không hiểu thời hạn "${clean.deadlineText}". Nhập dạng 3/2025, 2026, 2026 - 2030, Thường xuyên, Hàng năm hoặc Sau khi …`,
    });
  errors.push(...checkRefs(ctx, 'lead', clean.lead), ...checkRefs(ctx, 'partners', clean.partners));
  if (errors.length > 0) throw validationError(errors);

  const old = getCatalogue(ctx).tasks.find((t) => t.id === id)!;
  const oldRefs = {
    ...old,
    lead: old.lead.map((r) => ({ type: r.type, id: r.id })),
    partners: old.partners.map((r) => ({ type: r.type, id: r.id })),
  };
  ctx.db.transaction(() => {
    const change = changedFields(oldRefs, clean);
    if (change.keys.length > 0)
      audit(ctx, {
        action: 'task.update',
        entity: 'task',
        entityId: String(id),
        summary: `Sửa nhiệm vụ ${old.code}: ${change.keys.map(fieldName).join(', ')}`,
        before: change.before,
        after: change.after,
      });
    updateTaskFields(ctx.db, id, clean);
    if (clean.lead) replaceAssignees(ctx.db, id, 'lead', clean.lead.map(toLink));
    if (clean.partners) replaceAssignees(ctx.db, id, 'partner', clean.partners.map(toLink));
  })();
  return getCatalogue(ctx).tasks.find((t) => t.id === id)!;
}

export function updateIndicator(ctx: BackendContext, id: number, patch: IndicatorPatch): Indicator {
  if (!indicatorExists(ctx.db, id))
    throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.indicatorNotFound);
  const clean = trimStrings(patch);
  const errors: FieldError[] = [];
  if (clean.text !== undefined && clean.text === '')
    errors.push({ field: 'text', message: 'Tên chỉ tiêu không được để trống.' });
  if (clean.agencyId !== undefined && clean.agencyId !== null) {
    const agency = listAgencies(ctx.db).find((a) => a.id === clean.agencyId);
    if (!agency)
      errors.push({
        field: 'agencyId',
        message: 'Cơ quan theo dõi không có trong danh sách đơn vị.',
      });
    else if (agency.successor)
      errors.push({
        field: 'agencyId',
        message: CATALOGUE_MESSAGES.agencyMerged(agency.name, agency.current.name),
      });
  }
  if (errors.length > 0) throw validationError(errors);
  const old = getCatalogue(ctx).indicators.find((x) => x.id === id)!;
  ctx.db.transaction(() => {
    const change = changedFields({ ...old, agencyId: old.agency?.id ?? null }, clean);
    if (change.keys.length > 0)
      audit(ctx, {
        action: 'indicator.update',
        entity: 'indicator',
        entityId: String(id),
        summary: `Sửa chỉ tiêu ${old.code}: ${change.keys.map(fieldName).join(', ')}`,
        before: change.before,
        after: change.after,
      });
    updateIndicatorFields(ctx.db, id, clean);
  })();
  return getCatalogue(ctx).indicators.find((x) => x.id === id)!;
}

function toLink(ref: AssigneeRef): AssigneeLink {
  return ref.type === 'agency'
    ? { agencyId: ref.id, groupId: null }
    : { agencyId: null, groupId: ref.id };
}

function checkRefs(
  ctx: BackendContext,
  field: string,
  refs: AssigneeRef[] | undefined,
): FieldError[] {
  if (!refs || refs.length === 0) return [];
  const agencyIds = new Set(listAgencies(ctx.db).map((a) => a.id));
  const groupIds = new Set(listAssignmentGroups(ctx.db).map((g) => g.id));
  const unknown = refs.filter((r) => !(r.type === 'agency' ? agencyIds : groupIds).has(r.id));
  const seen = new Set(refs.map((r) => `${r.type}:${r.id}`));
  const errors: FieldError[] = [];
  if (unknown.length > 0)
    errors.push({ field, message: 'Có đơn vị không còn trong danh sách; hãy chọn lại.' });
  if (seen.size !== refs.length)
    errors.push({ field, message: 'Một đơn vị được chọn hai lần; hãy bỏ bớt.' });
  return errors;
}

/** Trims every string field so "  " counts as empty and stray spaces never reach the database. */
export function trimStrings<T extends object>(patch: T): T {
  return Object.fromEntries(
    Object.entries(patch).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.normalize('NFC').trim() : v,
    ]),
  ) as T;
}
