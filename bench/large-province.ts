// A province ten times bigger (issue 13): the ten-times plan (750 tasks in 70 groups), 75 agencies
// of which 60 report, and two years of quarterly reports in which every agency reports on the
// tasks it leads and on some it cooperates on. Used by `npm run bench` and by tests that need the large database.
import type { Db } from '../electron/backend/db/connection';
import { insertAgency } from '../electron/backend/db/repositories/agencies';
import { insertSubmission } from '../electron/backend/db/repositories/submissions';
import type { Catalogue } from '../shared/api';
import { expectedAgencies, workOf } from '../shared/domain/agency-work';
import { buildPlanTimesTen } from './plan-times-ten';

export const LARGE_QUARTERS = [
  '2024-Q1',
  '2024-Q2',
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
];

/** Adds commune People's Committees until `count` agencies are expected to report. */
export function addCommunes(db: Db, c: Catalogue, count: number): void {
  const missing = count - c.agencies.filter((a) => a.active && a.reports).length;
  for (let i = 1; i <= missing; i++)
    insertAgency(db, {
      key: `ubnd-xa-bench-${i}`,
      name: `UBND xã Thử nghiệm ${i}`,
      shortName: null,
      aliases: [],
      kind: 'commune',
      active: true,
      reports: true,
    });
}

/** Every expected agency's report for each period, one progress row per task it carries. */
export function quarterlyReports(
  db: Db,
  c: Catalogue,
  periods: readonly string[],
): { submissions: number; rows: number } {
  let submissions = 0;
  let rows = 0;
  const agencies = expectedAgencies(c);
  const statuses = ['done', 'in_progress', 'not_started'] as const;
  db.transaction(() => {
    for (const [p, period] of periods.entries()) {
      const [year, q] = period.split('-Q').map(Number) as [number, number];
      const receivedOn = `${q === 4 ? year + 1 : year}-${String(q === 4 ? 1 : q * 3 + 1).padStart(2, '0')}-10`;
      for (const [i, agency] of agencies.entries()) {
        const all = workOf(c, agency.id);
        // Every task it leads, one in three it cooperates on: about 90,000 rows on the large plan.
        const work = {
          tasks: all.tasks.filter((w, t) => w.role === 'lead' || (t + i) % 3 === 0),
          indicators: all.indicators,
        };
        submissions += 1;
        rows += work.tasks.length;
        insertSubmission(db, {
          planId: 1,
          agencyId: agency.id,
          period,
          fileName: `bench-${period}-${agency.id}.xlsx`,
          sha256: `${period}-${agency.id}`,
          source: 'form',
          receivedOn,
          docNumber: null,
          docDate: null,
          person: null,
          phone: null,
          summary: null,
          difficulties: null,
          proposals: null,
          bytes: new Uint8Array(0),
          progress: work.tasks.map(({ task }, t) => {
            const status = statuses[(t + i + p) % 3]!;
            return {
              taskId: task.id,
              sourceRow: null,
              status,
              completedOn: status === 'done' ? receivedOn : null,
              completedApprox: false,
              percent: null,
              progress: `${agency.name} đã triển khai nhiệm vụ ${task.code} theo kế hoạch trong ${period}: ban hành văn bản hướng dẫn, tổ chức tập huấn và báo cáo kết quả.`,
              difficulties: null,
              proposals: null,
            };
          }),
          values: work.indicators.map((x) => ({
            indicatorId: x.id,
            sourceRow: null,
            value: 50,
            valueText: '50',
            note: null,
          })),
        });
      }
    }
  })();
  return { submissions, rows };
}

/** Turns a freshly seeded database into the large province. `reload` re-reads the catalogue. */
export async function buildLargeProvince(
  db: Db,
  reload: () => Promise<Catalogue>,
  periods: readonly string[] = LARGE_QUARTERS,
): Promise<{ submissions: number; rows: number }> {
  buildPlanTimesTen(db, await reload());
  addCommunes(db, await reload(), 60);
  return quarterlyReports(db, await reload(), periods);
}
