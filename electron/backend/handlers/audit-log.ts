// Who changes what: the OS user in the desktop app and browser mode, "dòng lệnh" on the CLI.
import { userInfo } from 'node:os';
import type { AuditEntry } from '../../../shared/api';
import type { BackendContext } from '../context';
import { listAudit, recordAudit, type NewAudit } from '../db/repositories/audit';

const CLI_ACTOR = 'dòng lệnh';

export function actorOf(ctx: Pick<BackendContext, 'transport'>): string {
  if (ctx.transport === 'cli') return CLI_ACTOR;
  try {
    return userInfo().username || 'người dùng';
  } catch {
    return 'người dùng';
  }
}

/** Records one change; call it inside the transaction that makes the change. */
export function audit(ctx: BackendContext, entry: Omit<NewAudit, 'actor'>): void {
  recordAudit(ctx.db, { ...entry, actor: actorOf(ctx) });
}

export function listAuditEntries(
  ctx: BackendContext,
  filter: { since?: string; entity?: string },
): { entries: AuditEntry[] } {
  return { entries: listAudit(ctx.db, filter) };
}

/** The patched fields whose value changes, as before/after objects for the audit log. */
export function changedFields(
  old: object,
  patch: object,
): { before: Record<string, unknown>; after: Record<string, unknown>; keys: string[] } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const o = old as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || JSON.stringify(o[k]) === JSON.stringify(v)) continue;
    before[k] = o[k] ?? null;
    after[k] = v;
  }
  return { before, after, keys: Object.keys(after) };
}
