import type { Db } from '../connection';
import type {
  Agency,
  AgencyKind,
  AgencyRef,
  AssignmentGroup,
} from '../../../../shared/domain/types';
import { foldVietnamese } from '../../../../shared/domain/text';

interface AgencyRow {
  id: number;
  key: string;
  name: string;
  short_name: string | null;
  kind: AgencyKind;
  active: number;
  reports: number;
  successor_id: number | null;
}

export interface NewAgency {
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  active: boolean;
  reports: boolean;
}

export function listAgencies(db: Db): Agency[] {
  const rows = db.prepare('SELECT * FROM agency ORDER BY id').all() as AgencyRow[];
  const aliases = db
    .prepare('SELECT agency_id, alias FROM agency_alias ORDER BY agency_id, position')
    .all() as { agency_id: number; alias: string }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ref = (r: AgencyRow): AgencyRef => ({ id: r.id, name: r.name });
  // Follow successor links to the agency that carries the work today; a cycle cannot be
  // written (merge refuses it) but a bound keeps a damaged file from hanging the app.
  const current = (r: AgencyRow): AgencyRow => {
    let at = r;
    for (let i = 0; i < rows.length && at.successor_id !== null; i++) {
      const next = byId.get(at.successor_id);
      if (!next) break;
      at = next;
    }
    return at;
  };
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    shortName: r.short_name,
    aliases: aliases.filter((a) => a.agency_id === r.id).map((a) => a.alias),
    kind: r.kind,
    active: r.active === 1,
    reports: r.reports === 1,
    successor: r.successor_id !== null ? ref(byId.get(r.successor_id)!) : null,
    current: ref(current(r)),
  }));
}

/** The id of an agency whose folded name equals `name`'s, if any (duplicate check). */
export function findAgencyIdByName(db: Db, name: string): number | null {
  const row = db.prepare('SELECT id FROM agency WHERE name_key = ?').get(foldVietnamese(name)) as
    { id: number } | undefined;
  return row?.id ?? null;
}

export function insertAgency(db: Db, a: NewAgency): number {
  const info = db
    .prepare(
      `INSERT INTO agency (key, name, name_key, short_name, kind, active, reports)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.key,
      a.name,
      foldVietnamese(a.name),
      a.shortName,
      a.kind,
      a.active ? 1 : 0,
      a.reports ? 1 : 0,
    );
  const id = Number(info.lastInsertRowid);
  replaceAliases(db, id, a.aliases);
  return id;
}

export function updateAgency(db: Db, id: number, patch: Partial<Omit<NewAgency, 'key'>>): void {
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  const set = (column: string, value: string | number | null) => {
    sets.push(`${column} = ?`);
    values.push(value);
  };
  if (patch.name !== undefined) {
    set('name', patch.name);
    set('name_key', foldVietnamese(patch.name));
  }
  if (patch.shortName !== undefined) set('short_name', patch.shortName);
  if (patch.kind !== undefined) set('kind', patch.kind);
  if (patch.active !== undefined) set('active', patch.active ? 1 : 0);
  if (patch.reports !== undefined) set('reports', patch.reports ? 1 : 0);
  if (sets.length > 0) {
    db.prepare(`UPDATE agency SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }
  if (patch.aliases !== undefined) replaceAliases(db, id, patch.aliases);
}

function replaceAliases(db: Db, id: number, aliases: string[]): void {
  db.prepare('DELETE FROM agency_alias WHERE agency_id = ?').run(id);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO agency_alias (agency_id, alias, position) VALUES (?, ?, ?)',
  );
  aliases.forEach((alias, i) => insert.run(id, alias, i));
}

export function setSuccessor(db: Db, id: number, successorId: number | null): void {
  db.prepare('UPDATE agency SET successor_id = ? WHERE id = ?').run(successorId, id);
}

export function agencyKeyExists(db: Db, key: string): boolean {
  return db.prepare('SELECT 1 FROM agency WHERE key = ?').get(key) !== undefined;
}

export function insertAssignmentGroup(
  db: Db,
  g: { key: string; name: string; memberKinds: AgencyKind[] },
): number {
  const info = db
    .prepare('INSERT INTO assignment_group (key, name, member_kinds) VALUES (?, ?, ?)')
    .run(g.key, g.name, JSON.stringify(g.memberKinds));
  return Number(info.lastInsertRowid);
}

export function listAssignmentGroups(db: Db): AssignmentGroup[] {
  const rows = db.prepare('SELECT * FROM assignment_group ORDER BY id').all() as {
    id: number;
    key: string;
    name: string;
    member_kinds: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    memberKinds: JSON.parse(r.member_kinds) as AgencyKind[],
  }));
}

export interface MergeRecord {
  id: number;
  fromId: number;
  intoId: number;
  wasActive: boolean;
  wasReporting: boolean;
  addedAliases: string[];
}

export function recordMerge(db: Db, m: Omit<MergeRecord, 'id'>): void {
  db.prepare(
    `INSERT INTO agency_merge (from_id, into_id, was_active, was_reporting, added_aliases, merged_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    m.fromId,
    m.intoId,
    m.wasActive ? 1 : 0,
    m.wasReporting ? 1 : 0,
    JSON.stringify(m.addedAliases),
    new Date().toISOString(),
  );
}

/** The merger still in force that made `fromId` part of `intoId`, if it was recorded. */
export function lastMerge(db: Db, fromId: number, intoId: number): MergeRecord | null {
  const row = db
    .prepare(
      `SELECT id, from_id, into_id, was_active, was_reporting, added_aliases FROM agency_merge
       WHERE from_id = ? AND into_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1`,
    )
    .get(fromId, intoId) as
    | {
        id: number;
        from_id: number;
        into_id: number;
        was_active: number;
        was_reporting: number;
        added_aliases: string;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    fromId: row.from_id,
    intoId: row.into_id,
    wasActive: row.was_active === 1,
    wasReporting: row.was_reporting === 1,
    addedAliases: JSON.parse(row.added_aliases) as string[],
  };
}

export function markMergeUndone(db: Db, id: number): void {
  db.prepare('UPDATE agency_merge SET undone_at = ? WHERE id = ?').run(
    new Date().toISOString(),
    id,
  );
}
