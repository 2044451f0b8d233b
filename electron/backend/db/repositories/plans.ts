import type { Db } from '../connection';
import type {
  Agency,
  Assignee,
  AssignmentGroup,
  Indicator,
  Plan,
  Task,
  TaskGroup,
} from '../../../../shared/domain/types';
import { parseDeadline } from '../../../../shared/domain/deadline';
import { parseTarget } from '../../../../shared/domain/target';

export interface NewPlan {
  key: string;
  number: string;
  symbol: string;
  issuer: string;
  issuedOn: string | null;
  title: string;
}

export interface AssigneeLink {
  agencyId: number | null;
  groupId: number | null;
}

export interface NewTask {
  groupId: number;
  code: string;
  number: string;
  text: string;
  leadText: string;
  partnersText: string;
  output: string;
  deadlineText: string;
  position: number;
  lead: AssigneeLink[];
  partners: AssigneeLink[];
}

export interface NewIndicator {
  code: string;
  parentCode: string | null;
  horizon: number;
  text: string;
  unit: string;
  targetText: string;
  agencyText: string;
  agencyId: number | null;
  position: number;
}

export function countPlans(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM plan').get() as { n: number }).n;
}

export function insertPlan(db: Db, p: NewPlan): number {
  return Number(
    db
      .prepare(
        'INSERT INTO plan (key, number, symbol, issuer, issued_on, title) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(p.key, p.number, p.symbol, p.issuer, p.issuedOn, p.title).lastInsertRowid,
  );
}

export function updatePlanFields(db: Db, id: number, patch: Partial<Omit<NewPlan, 'key'>>): void {
  const columns = {
    title: 'title',
    number: 'number',
    symbol: 'symbol',
    issuer: 'issuer',
    issuedOn: 'issued_on',
  } as const;
  const entries = (Object.keys(columns) as (keyof typeof columns)[])
    .filter((k) => patch[k] !== undefined)
    .map((k) => [columns[k], patch[k]!] as const);
  if (entries.length === 0) return;
  db.prepare(`UPDATE plan SET ${entries.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    id,
  );
}

export function insertTaskGroup(
  db: Db,
  planId: number,
  g: { code: string; title: string; position: number },
): number {
  return Number(
    db
      .prepare('INSERT INTO task_group (plan_id, code, title, position) VALUES (?, ?, ?, ?)')
      .run(planId, g.code, g.title, g.position).lastInsertRowid,
  );
}

export function insertTask(db: Db, planId: number, t: NewTask): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO task (plan_id, group_id, code, number, text, lead_text, partners_text, output,
                           deadline_text, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        planId,
        t.groupId,
        t.code,
        t.number,
        t.text,
        t.leadText,
        t.partnersText,
        t.output,
        t.deadlineText,
        t.position,
      ).lastInsertRowid,
  );
  replaceAssignees(db, id, 'lead', t.lead);
  replaceAssignees(db, id, 'partner', t.partners);
  return id;
}

export function replaceAssignees(
  db: Db,
  taskId: number,
  role: 'lead' | 'partner',
  links: AssigneeLink[],
): void {
  db.prepare('DELETE FROM task_assignee WHERE task_id = ? AND role = ?').run(taskId, role);
  const insert = db.prepare(
    'INSERT INTO task_assignee (task_id, role, agency_id, group_id, position) VALUES (?, ?, ?, ?, ?)',
  );
  links.forEach((l, i) => insert.run(taskId, role, l.agencyId, l.groupId, i));
}

export function insertIndicator(db: Db, planId: number, x: NewIndicator): number {
  return Number(
    db
      .prepare(
        `INSERT INTO indicator (plan_id, code, parent_code, horizon, text, unit, target_text,
                                agency_text, agency_id, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        planId,
        x.code,
        x.parentCode,
        x.horizon,
        x.text,
        x.unit,
        x.targetText,
        x.agencyText,
        x.agencyId,
        x.position,
      ).lastInsertRowid,
  );
}

export function listPlans(db: Db): Plan[] {
  const rows = db.prepare('SELECT * FROM plan ORDER BY id').all() as {
    id: number;
    key: string;
    number: string;
    symbol: string;
    issuer: string;
    issued_on: string | null;
    title: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    number: r.number,
    symbol: r.symbol,
    issuer: r.issuer,
    issuedOn: r.issued_on,
    title: r.title,
  }));
}

export function listTaskGroups(db: Db, planId?: number): TaskGroup[] {
  const rows = db
    .prepare(
      `SELECT id, plan_id, code, title, position FROM task_group
       WHERE (@plan IS NULL OR plan_id = @plan) ORDER BY plan_id, position`,
    )
    .all({ plan: planId ?? null }) as {
    id: number;
    plan_id: number;
    code: string;
    title: string;
    position: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    code: r.code,
    title: r.title,
    position: r.position,
  }));
}

interface TaskRow {
  id: number;
  plan_id: number;
  group_code: string;
  code: string;
  number: string;
  text: string;
  lead_text: string;
  partners_text: string;
  output: string;
  deadline_text: string;
  position: number;
}

/** Resolves stored links to display objects; a merged agency shows who carries it now. */
export class AssigneeResolver {
  private readonly agencies: Map<number, Agency>;
  private readonly groups: Map<number, AssignmentGroup>;

  constructor(agencies: Agency[], groups: AssignmentGroup[]) {
    this.agencies = new Map(agencies.map((a) => [a.id, a]));
    this.groups = new Map(groups.map((g) => [g.id, g]));
  }

  resolve(link: AssigneeLink): Assignee {
    if (link.agencyId !== null) {
      const a = this.agencies.get(link.agencyId)!;
      return {
        type: 'agency',
        id: a.id,
        name: a.name,
        currentId: a.current.id,
        currentName: a.current.name,
      };
    }
    const g = this.groups.get(link.groupId!)!;
    return { type: 'group', id: g.id, key: g.key, name: g.name };
  }
}

export function listTasks(db: Db, resolver: AssigneeResolver, planId?: number): Task[] {
  const rows = db
    .prepare(
      `SELECT t.*, g.code AS group_code FROM task t JOIN task_group g ON g.id = t.group_id
       WHERE (@plan IS NULL OR t.plan_id = @plan) ORDER BY t.plan_id, g.position, t.position`,
    )
    .all({ plan: planId ?? null }) as TaskRow[];
  const links = db
    .prepare(
      `SELECT a.task_id, a.role, a.agency_id, a.group_id FROM task_assignee a
       JOIN task t ON t.id = a.task_id WHERE (@plan IS NULL OR t.plan_id = @plan)
       ORDER BY a.task_id, a.role, a.position`,
    )
    .all({ plan: planId ?? null }) as {
    task_id: number;
    role: 'lead' | 'partner';
    agency_id: number | null;
    group_id: number | null;
  }[];
  const byTask = new Map<number, { lead: Assignee[]; partners: Assignee[] }>();
  for (const l of links) {
    const entry = byTask.get(l.task_id) ?? { lead: [], partners: [] };
    const assignee = resolver.resolve({ agencyId: l.agency_id, groupId: l.group_id });
    (l.role === 'lead' ? entry.lead : entry.partners).push(assignee);
    byTask.set(l.task_id, entry);
  }
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    group: r.group_code,
    code: r.code,
    number: r.number,
    text: r.text,
    leadText: r.lead_text,
    partnersText: r.partners_text,
    lead: byTask.get(r.id)?.lead ?? [],
    partners: byTask.get(r.id)?.partners ?? [],
    output: r.output,
    deadline: parseDeadline(r.deadline_text),
    position: r.position,
  }));
}

export function taskExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM task WHERE id = ?').get(id) !== undefined;
}

export function updateTaskFields(
  db: Db,
  id: number,
  patch: Partial<Record<'text' | 'leadText' | 'partnersText' | 'output' | 'deadlineText', string>>,
): void {
  const columns: Record<keyof typeof patch, string> = {
    text: 'text',
    leadText: 'lead_text',
    partnersText: 'partners_text',
    output: 'output',
    deadlineText: 'deadline_text',
  };
  const entries = (Object.keys(columns) as (keyof typeof patch)[])
    .filter((k) => patch[k] !== undefined)
    .map((k) => [columns[k], patch[k]!] as const);
  if (entries.length === 0) return;
  db.prepare(`UPDATE task SET ${entries.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
    ...entries.map(([, v]) => v),
    id,
  );
}

interface IndicatorRow {
  id: number;
  plan_id: number;
  code: string;
  parent_code: string | null;
  horizon: number;
  text: string;
  unit: string;
  target_text: string;
  agency_text: string;
  agency_id: number | null;
  position: number;
}

export function listIndicators(db: Db, resolver: AssigneeResolver, planId?: number): Indicator[] {
  const rows = db
    .prepare(
      'SELECT * FROM indicator WHERE (@plan IS NULL OR plan_id = @plan) ORDER BY plan_id, position',
    )
    .all({ plan: planId ?? null }) as IndicatorRow[];
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    code: r.code,
    parent: r.parent_code,
    horizon: r.horizon,
    text: r.text,
    unit: r.unit,
    target: parseTarget(r.target_text),
    agencyText: r.agency_text,
    agency:
      r.agency_id === null
        ? null
        : (resolver.resolve({ agencyId: r.agency_id, groupId: null }) as Extract<
            Assignee,
            { type: 'agency' }
          >),
    position: r.position,
  }));
}

export function indicatorExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM indicator WHERE id = ?').get(id) !== undefined;
}

export function updateIndicatorFields(
  db: Db,
  id: number,
  patch: { text?: string; unit?: string; targetText?: string; agencyId?: number | null },
): void {
  const columns = {
    text: 'text',
    unit: 'unit',
    targetText: 'target_text',
    agencyId: 'agency_id',
  } as const;
  const entries = (Object.keys(columns) as (keyof typeof columns)[])
    .filter((k) => patch[k] !== undefined)
    .map((k) => [columns[k], patch[k]!] as const);
  if (entries.length === 0) return;
  db.prepare(
    `UPDATE indicator SET ${entries.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`,
  ).run(...entries.map(([, v]) => v), id);
}
