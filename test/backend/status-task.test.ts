// The status screens get counts of cooperating agencies' reports; the reports themselves load per
// task when it is opened (status.task), the same ones the report writer quotes from.
import { describe, expect, it } from 'vitest';
import { quarterlyReports } from '../../bench/large-province';
import { activeCatalogue } from '../../electron/backend/handlers/catalogue';
import { resolvePeriod } from '../../electron/backend/handlers/periods';
import { LEAD_REPORTS_SHIPPED, periodStatus } from '../../electron/backend/handlers/status';
import { matchesSearch } from '../../shared/domain/text';
import { memoryBackend } from './helpers';

const PERIOD = '2025-Q3';

async function reportedBackend() {
  const app = memoryBackend();
  quarterlyReports(app.ctx.db, await app.call('catalogue.get', {}), [PERIOD]);
  return app;
}

function fullStatus(app: Awaited<ReturnType<typeof reportedBackend>>) {
  const { c, plan } = activeCatalogue(app.ctx);
  return periodStatus(app.ctx, c, plan, resolvePeriod(app.ctx, plan, PERIOD));
}

describe('status without the cooperating agencies reports', () => {
  it('counts them per task, and status.task loads exactly those of one task', async () => {
    const app = await reportedBackend();
    const status = await app.call('status.get', { period: PERIOD });
    const full = fullStatus(app);
    const withPartners = full.tasks.filter((t) => t.partnerReports.length > 0);
    expect(withPartners.length).toBeGreaterThan(10);
    for (const row of status.tasks) {
      expect(row).not.toHaveProperty('partnerReports');
      const f = full.tasks.find((t) => t.taskId === row.taskId)!;
      expect(row.partnerCount, row.code).toBe(f.partnerReports.length);
      // The first lead reports, in order, and how many there are in all.
      expect(row.leadReports).toEqual(f.leadReports.slice(0, 3));
      expect(row.leadCount, row.code).toBe(f.leadReports.length);
      expect(row.leadSubmissionIds).toEqual(f.leadReports.map((r) => r.submissionId));
    }
    for (const f of withPartners.slice(0, 10)) {
      const one = await app.call('status.task', { period: PERIOD, taskId: f.taskId });
      expect(one).toEqual({
        taskId: f.taskId,
        leadReports: f.leadReports,
        partnerReports: f.partnerReports,
      });
    }
    // What moved out was most of the bytes.
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(status)).toBeLessThan(size(full) * 0.75);
    app.close();
  });

  it('ships three lead reports of a task led by a whole group; opening the row loads them all', async () => {
    const app = await reportedBackend();
    const status = await app.call('status.get', { period: PERIOD });
    const full = fullStatus(app);
    const crowded = full.tasks.filter((t) => t.leadReports.length > 3);
    expect(crowded.length).toBeGreaterThan(0);
    for (const f of crowded) {
      const row = status.tasks.find((t) => t.taskId === f.taskId)!;
      expect(row.leadReports).toHaveLength(3);
      expect(row.leadCount).toBe(f.leadReports.length);
      // The dashboard's counts read the status alone: the same as from the full lists.
      expect(row.status).toBe(f.status);
      expect(row.reported).toBe(f.reported);
      expect(row.conflict).toBe(f.conflict);
      const one = await app.call('status.task', { period: PERIOD, taskId: f.taskId });
      expect(one.leadReports).toEqual(f.leadReports);
    }
    app.close();
  });

  it('reads a report’s kept figures when asked with its id, and refuses an unknown task', async () => {
    const app = await reportedBackend();
    const { report } = await app.call('reports.generate', { period: PERIOD });
    const task = fullStatus(app).tasks.find((t) => t.partnerReports.length > 0)!;
    const kept = await app.call('status.task', {
      period: PERIOD,
      taskId: task.taskId,
      reportId: report.id,
    });
    expect(kept.partnerReports).toEqual(task.partnerReports);
    expect(kept.leadReports).toEqual(task.leadReports);
    // The signed report's figures on the report screen: counted the same way, reports left out.
    await app.call('reports.record', { reportId: report.id, number: '12', date: '2025-10-20' });
    await app.call('reports.markSigned', { reportId: report.id });
    const signed = (await app.call('reports.get', { period: PERIOD })).signed!.figures!;
    const row = signed.tasks.find((t) => t.taskId === task.taskId)!;
    expect(row).not.toHaveProperty('partnerReports');
    expect(row.partnerCount).toBe(task.partnerReports.length);
    // Lead reports cut the same way on a signed report's figures; its row opens with all of them.
    const crowded = fullStatus(app).tasks.find((t) => t.leadReports.length > 3)!;
    const signedRow = signed.tasks.find((t) => t.taskId === crowded.taskId)!;
    expect(signedRow.leadReports).toEqual(crowded.leadReports.slice(0, 3));
    expect(signedRow.leadCount).toBe(crowded.leadReports.length);
    const opened = await app.call('status.task', {
      period: PERIOD,
      taskId: crowded.taskId,
      reportId: report.id,
    });
    expect(opened.leadReports).toEqual(crowded.leadReports);

    await expect(app.call('status.task', { period: PERIOD, taskId: 999_999 })).rejects.toThrow(
      'Không tìm thấy nhiệm vụ này trong kế hoạch.',
    );
    await expect(
      app.call('status.task', { period: '2025-Q2', taskId: task.taskId, reportId: report.id }),
    ).rejects.toThrow('Không tìm thấy số liệu của báo cáo này.');
    app.close();
  });

  it('searches the lead reports status.get did not ship, so the report screen finds those tasks too', async () => {
    const app = await reportedBackend();
    const full = fullStatus(app);
    const crowded = full.tasks.find((t) => t.leadReports.length > LEAD_REPORTS_SHIPPED + 1)!;
    const unshipped = crowded.leadReports[LEAD_REPORTS_SHIPPED]!;
    const status = await app.call('status.get', { period: PERIOD });
    const row = status.tasks.find((t) => t.taskId === crowded.taskId)!;
    expect(row.leadReports.map((r) => r.agency.name)).not.toContain(unshipped.agency.name);

    for (const query of [unshipped.agency.name, 'khong co chu nay o dau ca']) {
      const { taskIds } = await app.call('status.search', { period: PERIOD, query });
      // Exactly the tasks with a matching report after their first three, by the screen's rule.
      const expected = full.tasks
        .filter((t) =>
          t.leadReports
            .slice(LEAD_REPORTS_SHIPPED)
            .some(
              (r) => matchesSearch(r.agency.name, query) || matchesSearch(r.progress ?? '', query),
            ),
        )
        .map((t) => t.taskId);
      expect(taskIds).toEqual(expected);
    }
    const { taskIds } = await app.call('status.search', {
      period: PERIOD,
      query: unshipped.agency.name,
    });
    expect(taskIds).toContain(crowded.taskId);
    expect((await app.call('status.search', { period: PERIOD, query: '  ' })).taskIds).toEqual([]);
    app.close();
  });
});
