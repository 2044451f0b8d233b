// Who must report on what, computed in one pass (planScope) and kept until the data changes: the
// same answers as the rule written the plain way (every agency over every task), on the seed plan
// and on the province ten times bigger, and a change of agency shows at once.
import { describe, expect, it } from 'vitest';
import { addCommunes } from '../../bench/large-province';
import { buildPlanTimesTen } from '../../bench/plan-times-ten';
import type { Catalogue } from '../../shared/api';
import { planScope, type AgencyWork } from '../../shared/domain/agency-work';
import { compareVi } from '../../shared/domain/text';
import type { Agency, Assignee, Task } from '../../shared/domain/types';
import { memoryBackend } from './helpers';

// The rule as it was written before planScope (agencies² × tasks), kept as the reference.
const reporting = (c: Catalogue) => c.agencies.filter((a) => a.active && a.reports);
function plainIds(c: Catalogue, x: Assignee): number[] {
  if (x.type === 'agency') return [x.currentId];
  const group = c.assignmentGroups.find((g) => g.id === x.id);
  if (!group) return [];
  return reporting(c)
    .filter((a) => group.memberKinds.includes(a.kind))
    .map((a) => a.id);
}
function plainWork(c: Catalogue, agencyId: number): AgencyWork {
  const tasks: AgencyWork['tasks'] = [];
  for (const task of c.tasks) {
    if (task.lead.some((l) => plainIds(c, l).includes(agencyId)))
      tasks.push({ task, role: 'lead' });
    else if (task.partners.some((p) => plainIds(c, p).includes(agencyId)))
      tasks.push({ task, role: 'partner' });
  }
  return { tasks, indicators: c.indicators.filter((x) => x.agency?.currentId === agencyId) };
}
const plainExpected = (c: Catalogue): Agency[] =>
  reporting(c)
    .filter((a) => {
      const w = plainWork(c, a.id);
      return w.tasks.length > 0 || w.indicators.length > 0;
    })
    .sort((a, b) => compareVi(a.name, b.name));
const plainLeads = (c: Catalogue, t: Task) => [...new Set(t.lead.flatMap((l) => plainIds(c, l)))];
const plainPartners = (c: Catalogue, t: Task) => [
  ...new Set(t.partners.flatMap((p) => plainIds(c, p))),
];

/** Work as comparable ids: task id and role, indicator ids. */
const ids = (w: AgencyWork) => ({
  tasks: w.tasks.map((t) => `${t.task.id}:${t.role}`),
  indicators: w.indicators.map((x) => x.id),
});

function expectSameAsPlainRule(c: Catalogue): void {
  const scope = planScope(c);
  expect(scope.expected.map((a) => a.id)).toEqual(plainExpected(c).map((a) => a.id));
  for (const a of c.agencies)
    expect(ids(scope.workOf(a.id)), a.name).toEqual(ids(plainWork(c, a.id)));
  for (const t of c.tasks) {
    expect(scope.leadIds(t.id), t.code).toEqual(plainLeads(c, t));
    expect(scope.partnerIds(t.id), t.code).toEqual(plainPartners(c, t));
  }
}

describe('who must report on what', () => {
  it('is what the plain rule says, on the seed plan and on the plan ten times bigger', async () => {
    const app = memoryBackend();
    const seed = await app.call('catalogue.get', {});
    expectSameAsPlainRule(seed);
    expect(planScope(seed).expected).toHaveLength(22);

    buildPlanTimesTen(app.ctx.db, seed);
    addCommunes(app.ctx.db, await app.call('catalogue.get', {}), 60);
    const large = await app.call('catalogue.get', {});
    expect(large.tasks).toHaveLength(750);
    expectSameAsPlainRule(large);
    const scope = planScope(large);
    expect(scope.expected).toHaveLength(60);
    // Ten copies of each seed task: an agency's share grows tenfold, its indicators do not.
    const skhcn = seed.agencies.find((a) => a.name === 'Sở Khoa học và Công nghệ')!;
    expect(scope.workOf(skhcn.id).tasks).toHaveLength(
      10 * planScope(seed).workOf(skhcn.id).tasks.length,
    );
    app.close();
  }, 60_000);

  it('follows a change at once: an agency no longer reporting leaves the period, a new one joins', async () => {
    const app = memoryBackend();
    const period = { period: '2025-Q3' };
    const before = (await app.call('periods.get', period)).expected;
    const leaving = before[0]!;
    await app.call('agencies.update', { id: leaving.id, patch: { reports: false } });
    const after = (await app.call('periods.get', period)).expected;
    expect(after.map((a) => a.id)).not.toContain(leaving.id);
    expect(after).toHaveLength(before.length - 1);
    expect((await app.call('submissions.register', period)).counts.expected).toBe(after.length);

    // Written straight to the database (as the CLI or the importer would): seen as well.
    addCommunes(app.ctx.db, await app.call('catalogue.get', {}), after.length + 1);
    expect((await app.call('periods.get', period)).expected).toHaveLength(after.length + 1);
    app.close();
  });
});
