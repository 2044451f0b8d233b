import type { AgencyInput } from '../../../shared/api';
import { foldVietnamese } from '../../../shared/domain/text';
import type { Agency } from '../../../shared/domain/types';
import { AppError, validationError, type FieldError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  agencyKeyExists,
  findAgencyIdByName,
  insertAgency,
  lastMerge,
  listAgencies,
  markMergeUndone,
  recordMerge,
  setSuccessor,
  updateAgency as updateAgencyRow,
} from '../db/repositories/agencies';
import { backupBefore } from './backups';
import { audit, changedFields } from './audit-log';
import { fieldName, trimStrings } from './tasks';
import { CATALOGUE_MESSAGES } from '../../../shared/messages/catalogue';

export function createAgency(ctx: BackendContext, input: AgencyInput): Agency {
  const clean = cleanAgency(input);
  checkAgency(ctx, clean, null);
  const id = ctx.db.transaction(() => {
    const newId = insertAgency(ctx.db, { ...clean, key: uniqueKey(ctx, clean.name) });
    audit(ctx, {
      action: 'agency.create',
      entity: 'agency',
      entityId: String(newId),
      summary: `Thêm đơn vị ${clean.name}`,
      before: null,
      after: clean,
    });
    return newId;
  })();
  return findAgency(ctx, id);
}

export function updateAgency(ctx: BackendContext, id: number, patch: Partial<AgencyInput>): Agency {
  const existing = findAgency(ctx, id);
  const clean = cleanAgency(patch);
  checkAgency(ctx, clean, existing);
  ctx.db.transaction(() => {
    const change = changedFields(existing, clean);
    if (change.keys.length > 0)
      audit(ctx, {
        action: 'agency.update',
        entity: 'agency',
        entityId: String(id),
        summary: `Sửa đơn vị ${existing.name}: ${change.keys.map(fieldName).join(', ')}`,
        before: change.before,
        after: change.after,
      });
    updateAgencyRow(ctx.db, id, clean);
  })();
  return findAgency(ctx, id);
}

/**
 * Records that `fromId` was merged into `intoId` (2025 reorganisation style): the old agency
 * becomes inactive, keeps its links in the plan, and shows its successor wherever it appears.
 * Its name becomes an alias of the successor so that files sent under the old name still match.
 */
export function mergeAgency(ctx: BackendContext, fromId: number, intoId: number): Agency {
  const from = findAgency(ctx, fromId);
  const into = findAgency(ctx, intoId);
  if (fromId === intoId)
    throw validationError([
      { field: 'intoId', message: 'Không thể sáp nhập một đơn vị vào chính nó.' },
    ]);
  if (from.successor)
    throw validationError([
      { field: 'fromId', message: `${from.name} đã được sáp nhập vào ${from.successor.name}.` },
    ]);
  if (into.current.id === fromId || !into.active)
    throw validationError([
      {
        field: 'intoId',
        message: `${into.name} không còn hoạt động; hãy chọn đơn vị đang hoạt động (${into.current.name}).`,
      },
    ]);
  backupBefore(ctx, 'pre-agency-merge');
  ctx.db.transaction(() => {
    setSuccessor(ctx.db, fromId, intoId);
    updateAgencyRow(ctx.db, fromId, { active: false, reports: false });
    const known = new Set([into.name, ...into.aliases].map(foldVietnamese));
    const extra = [from.name, ...from.aliases].filter((n) => !known.has(foldVietnamese(n)));
    if (extra.length > 0) updateAgencyRow(ctx.db, intoId, { aliases: [...into.aliases, ...extra] });
    recordMerge(ctx.db, {
      fromId,
      intoId,
      wasActive: from.active,
      wasReporting: from.reports,
      addedAliases: extra,
    });
    audit(ctx, {
      action: 'agency.merge',
      entity: 'agency',
      entityId: String(fromId),
      summary: `Sáp nhập ${from.name} vào ${into.name}`,
      before: { successor: null, active: from.active, reports: from.reports },
      after: { successor: into.name, active: false, reports: false, addedAliases: extra },
    });
  })();
  return findAgency(ctx, fromId);
}

/**
 * Undoes a merger entered by mistake: the agency stands on its own again with the flags it had,
 * and the names the merger gave the receiving agency are taken back (so its files are recognised
 * as its own again). Reports already received stay with the agency that sent them.
 */
export function unmergeAgency(ctx: BackendContext, id: number): Agency {
  const agency = findAgency(ctx, id);
  if (!agency.successor)
    throw new AppError('VALIDATION', `${agency.name} không được sáp nhập vào đơn vị nào.`);
  const into = findAgency(ctx, agency.successor.id);
  const record = lastMerge(ctx.db, id, into.id);
  // Mergers from the seed (the 2025 reorganisation) or made before mergers were recorded: the
  // agency's own names are what the merger would have moved.
  const moved = new Set(
    (record ? record.addedAliases : [agency.name, ...agency.aliases]).map(foldVietnamese),
  );
  ctx.db.transaction(() => {
    setSuccessor(ctx.db, id, null);
    updateAgencyRow(ctx.db, id, {
      active: record?.wasActive ?? true,
      reports: record?.wasReporting ?? true,
    });
    const kept = into.aliases.filter((a) => !moved.has(foldVietnamese(a)));
    if (kept.length !== into.aliases.length) updateAgencyRow(ctx.db, into.id, { aliases: kept });
    if (record) markMergeUndone(ctx.db, record.id);
    audit(ctx, {
      action: 'agency.unmerge',
      entity: 'agency',
      entityId: String(id),
      summary: `Hủy sáp nhập ${agency.name} vào ${into.name}`,
      before: { successor: into.name, active: agency.active, reports: agency.reports },
      after: {
        successor: null,
        active: record?.wasActive ?? true,
        reports: record?.wasReporting ?? true,
      },
    });
  })();
  return findAgency(ctx, id);
}

function findAgency(ctx: BackendContext, id: number): Agency {
  const agency = listAgencies(ctx.db).find((a) => a.id === id);
  if (!agency) throw new AppError('NOT_FOUND', CATALOGUE_MESSAGES.agencyNotFound);
  return agency;
}

function cleanAgency<T extends Partial<AgencyInput>>(input: T): T {
  const clean = trimStrings(input);
  if (clean.shortName !== undefined && clean.shortName !== null && clean.shortName === '')
    clean.shortName = null;
  if (clean.aliases) {
    const seen = new Set<string>();
    clean.aliases = clean.aliases
      .map((a) => a.normalize('NFC').trim())
      .filter((a) => a !== '' && !seen.has(foldVietnamese(a)) && seen.add(foldVietnamese(a)));
  }
  return clean;
}

function checkAgency(ctx: BackendContext, a: Partial<AgencyInput>, existing: Agency | null): void {
  const errors: FieldError[] = [];
  if (a.name !== undefined) {
    if (a.name === '') errors.push({ field: 'name', message: 'Tên đơn vị không được để trống.' });
    else {
      const clash = findAgencyIdByName(ctx.db, a.name);
      if (clash !== null && clash !== existing?.id)
        errors.push({ field: 'name', message: `Đã có đơn vị tên "${a.name}".` });
    }
  }
  if (existing?.successor && a.active === true)
    errors.push({
      field: 'active',
      message: `${existing.name} đã sáp nhập vào ${existing.successor.name}, không thể bật hoạt động lại.`,
    });
  if (errors.length > 0) throw validationError(errors);
}

function uniqueKey(ctx: BackendContext, name: string): string {
  const base =
    foldVietnamese(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'don-vi';
  let key = base;
  for (let i = 2; agencyKeyExists(ctx.db, key); i++) key = `${base}-${i}`;
  return key;
}
