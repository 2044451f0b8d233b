import { periodKey } from '../../../../shared/domain/periods';
import type { Db } from '../connection';

export interface AdhocPeriodRow {
  key: string;
  title: string;
  start: string;
  end: string;
  due: string;
}

export function listAdhocPeriods(db: Db, planId: number): AdhocPeriodRow[] {
  return db
    .prepare(
      'SELECT key, title, start, end, due FROM adhoc_period WHERE plan_id = ? ORDER BY start, key',
    )
    .all(planId) as AdhocPeriodRow[];
}

export function findAdhocPeriod(db: Db, planId: number, key: string): AdhocPeriodRow | null {
  const row = db
    .prepare('SELECT key, title, start, end, due FROM adhoc_period WHERE plan_id = ? AND key = ?')
    .get(planId, key) as AdhocPeriodRow | undefined;
  return row ?? null;
}

/** Stores an ad hoc period under the next free key of its year (`2025-A1`, `2025-A2`…). */
export function insertAdhocPeriod(db: Db, planId: number, p: Omit<AdhocPeriodRow, 'key'>): string {
  return db.transaction(() => {
    const year = p.start.slice(0, 4);
    const { n } = db
      .prepare(
        `SELECT coalesce(max(CAST(substr(key, 7) AS INTEGER)), 0) + 1 AS n FROM adhoc_period
         WHERE plan_id = ? AND key LIKE ? || '-A%'`,
      )
      .get(planId, year) as { n: number };
    const key = periodKey('adhoc', Number(year), n);
    db.prepare(
      'INSERT INTO adhoc_period (plan_id, key, title, start, end, due) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(planId, key, p.title, p.start, p.end, p.due);
    return key;
  })();
}
