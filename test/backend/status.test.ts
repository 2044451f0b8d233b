// The status of the seeded plan after the example submissions of seeds/examples are imported, as
// `status.get` (and so `cli status --json`) gives it for quarter III of 2025: what each agency said,
// judged against each task's deadline and each indicator's horizon (PRODUCT.md "Statuses").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodStatus } from '../../shared/api';
import type { TaskStatusRow } from '../../shared/domain/types';
import { memoryBackend } from './helpers';
import { exampleFiles, importAll } from './import-helpers';

const PERIOD = '2025-Q3';

let app: ReturnType<typeof memoryBackend>;
let status: PeriodStatus;

beforeAll(async () => {
  app = memoryBackend();
  const { commit } = await importAll(app, exampleFiles(), { acceptSuggested: true });
  expect(commit.files.every((f) => f.ok)).toBe(true);
  status = await app.call('status.get', { period: PERIOD });
}, 60_000);

afterAll(() => app.close());

function task(code: string): TaskStatusRow {
  const t = status.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
}

describe('tasks of the example submissions, quarter III 2025', () => {
  it('"Chưa thực hiện" from the lead is not started, never "in progress"', () => {
    // I.10 (2026 – 2030): Sở Nội vụ ticked "Chưa thực hiện".
    expect(task('I.10')).toMatchObject({ status: 'not_started', deadline: { kind: 'range' } });
    // IV.4 (2026): Sở GD&ĐT has not started, Sở Nội vụ is working: the task has not started.
    expect(task('IV.4')).toMatchObject({ status: 'not_started', deadline: { kind: 'date' } });
    // VI.6 (Thường xuyên): Sở Tài chính wrote "Chưa thực hiện".
    expect(task('VI.6')).toMatchObject({ status: 'not_started', deadline: { kind: 'recurring' } });
    for (const t of status.tasks.filter((x) => x.status === 'in_progress')) {
      expect(
        t.leadReports.some((r) => r.status === 'not_started'),
        t.code,
      ).toBe(false);
    }
  });

  it('a report that work started wins over a conditional deadline', () => {
    // "Sau khi có Quyết định ban hành Đề án …" with Sở Nội vụ's "Đang thực hiện".
    expect(task('I.7')).toMatchObject({
      status: 'in_progress',
      deadline: { kind: 'conditional', text: expect.stringMatching(/^Sau khi có Quyết định/) },
    });
    // "Sau khi các văn bản Luật, Nghị định được ban hành", Sở GD&ĐT working on it.
    expect(task('II.1')).toMatchObject({
      status: 'in_progress',
      deadline: { kind: 'conditional' },
    });
    for (const t of status.tasks.filter((x) => x.status === 'waiting')) {
      expect(
        t.leadReports.some((r) => r.status === 'in_progress'),
        t.code,
      ).toBe(false);
    }
  });

  it('past due and not done is overdue whether or not the lead reported', () => {
    // I.1 (3/2025) and I.2 (02/2025): no lead sent anything on them.
    for (const code of ['I.1', 'I.2']) {
      expect(task(code), code).toMatchObject({
        status: 'overdue',
        reported: false,
        leadReports: [],
        deadline: { kind: 'date' },
      });
    }
    const overdue = status.tasks.filter((t) => t.status === 'overdue');
    expect(overdue.map((t) => t.code)).toEqual(['I.1', 'I.2']);
    // Every task due by the end of the quarter and not done is overdue, none is "no report".
    for (const t of status.tasks) {
      const due = t.deadline.due;
      if (due !== null && due < '2025-09-30' && !t.status.startsWith('done')) {
        expect(t.status, t.code).toBe('overdue');
      }
      if (t.status === 'no_report') expect(t.reported, t.code).toBe(false);
      expect(t.reported, t.code).toBe(t.leadReports.length > 0);
    }
  });
});
