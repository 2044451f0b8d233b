// The audit log (Nhật ký thay đổi): one row per change, written inside the change's transaction.
import type { AuditEntry } from '../../../../shared/api';
import type { Db } from '../connection';

export type NewAudit = Omit<AuditEntry, 'id' | 'at'> & { at?: string };

export function recordAudit(db: Db, e: NewAudit): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.at ?? new Date().toISOString(),
    e.actor,
    e.action,
    e.entity,
    e.entityId,
    e.summary,
    e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
    e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
  );
}

export interface AuditFilter {
  /** yyyy-mm-dd: entries on or after that day (UTC). */
  since?: string;
  entity?: string;
  limit?: number;
}

export function listAudit(db: Db, f: AuditFilter = {}): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id, summary, before, after FROM audit_log
       WHERE (@since IS NULL OR at >= @since) AND (@entity IS NULL OR entity = @entity)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({ since: f.since ?? null, entity: f.entity ?? null, limit: f.limit ?? 5000 }) as {
    id: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    summary: string;
    before: string | null;
    after: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    summary: r.summary,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }));
}
