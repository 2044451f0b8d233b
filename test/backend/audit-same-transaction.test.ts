// Issue 10: an audit entry is written in the same transaction as the change it records. If the
// entry cannot be written, the change is not made either: here a trigger (created by the test
// only) refuses every insert into the audit log, and each change must leave the database as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECOND_PLAN, secondPlanFile } from '../fixtures/second-plan';
import { snapshot } from './db-snapshot';
import { memoryBackend } from './helpers';
import { fillForm, importAll } from './import-helpers';

const PERIOD = '2025-Q3';

let app: ReturnType<typeof memoryBackend>;

function refuseAudit(): void {
  app.ctx.db.exec(`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit log refused by the test'); END`);
}
function allowAudit(): void {
  app.ctx.db.exec('DROP TRIGGER refuse_audit');
}
/** The newest entry's action (the log lists newest first). */
const lastAction = async (): Promise<string | undefined> =>
  (await app.call('audit.list', {})).entries[0]?.action;

/** Runs a change with the audit log refusing: it fails, and nothing in the database changed. */
async function failsWithoutTrace(change: () => Promise<unknown>): Promise<void> {
  const before = snapshot(app.ctx.db);
  refuseAudit();
  try {
    await expect(change()).rejects.toThrow();
  } finally {
    allowAudit();
  }
  expect(snapshot(app.ctx.db)).toBe(before);
}

beforeAll(async () => {
  app = memoryBackend();
  const forms = await app.call('forms.generate', { period: PERIOD });
  const form = forms.files[0]!;
  const filled = await fillForm(form.fileName, form.data, 0);
  await importAll(app, [{ name: filled.name, data: filled.data }], {
    period: PERIOD,
    receivedOn: '2025-09-08',
  });
}, 60_000);

afterAll(() => app.close());

describe('with the audit log refusing every entry', () => {
  it('a plan import creates no plan, no group, no task', async () => {
    const file = await secondPlanFile();
    await failsWithoutTrace(() => app.call('plans.import', { file, plan: SECOND_PLAN }));
    // The same import with the log working: the plan and its entry.
    const plan = await app.call('plans.import', { file, plan: SECOND_PLAN });
    const entries = (await app.call('audit.list', {})).entries;
    expect(entries.filter((e) => e.action === 'plan.import').map((e) => e.entityId)).toEqual([
      String(plan.id),
    ]);
  });

  it('switching the tracked plan leaves the tracked plan as it was', async () => {
    const c = await app.call('catalogue.get', {});
    const other = c.plans.find((p) => p.id !== c.activePlanId)!;
    await failsWithoutTrace(() => app.call('plans.activate', { planId: other.id }));
    expect((await app.call('catalogue.get', {})).activePlanId).toBe(c.activePlanId);
    await app.call('plans.activate', { planId: other.id });
    await app.call('plans.activate', { planId: c.activePlanId! });
  });

  it('generating the report writes no report and no file', async () => {
    await failsWithoutTrace(() => app.call('reports.generate', { period: PERIOD }));
    expect((await app.call('reports.get', { period: PERIOD })).report).toBeNull();
    await app.call('reports.generate', { period: PERIOD });
  });

  it('recording the number and date of the signed report keeps them unrecorded', async () => {
    const report = (await app.call('reports.get', { period: PERIOD })).report!;
    await failsWithoutTrace(() =>
      app.call('reports.record', { reportId: report.id, number: '12', date: '2025-10-05' }),
    );
    const kept = (await app.call('reports.get', { period: PERIOD })).report!;
    expect([kept.number, kept.date]).toEqual([report.number, report.date]);
    await app.call('reports.record', { reportId: report.id, number: '12', date: '2025-10-05' });
    expect(await lastAction()).toBe('report.record');
  });

  it('marking the report as signed leaves it unsigned', async () => {
    const report = (await app.call('reports.get', { period: PERIOD })).report!;
    await failsWithoutTrace(() => app.call('reports.markSigned', { reportId: report.id }));
    expect((await app.call('reports.get', { period: PERIOD })).report!.signedAt).toBeNull();
    await app.call('reports.markSigned', { reportId: report.id });
    expect(await lastAction()).toBe('report.markSigned');
  });

  it('a reminder letter is not kept', async () => {
    await failsWithoutTrace(() => app.call('reports.reminder', { period: PERIOD }));
    await app.call('reports.reminder', { period: PERIOD });
    expect(await lastAction()).toBe('report.reminder');
  });
});
