// The status of the seeded plan after the example submissions of seeds/examples are imported, as
// `status.get` (and so `cli status --json`) gives it for quarter III of 2025: what each agency said,
// judged against each task's deadline and each indicator's horizon (PRODUCT.md "Statuses").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodStatus } from '../../shared/api';
import type { TaskStatusRow } from '../../shared/domain/types';
import { memoryBackend } from './helpers';
import { EXAMPLES_DIR, exampleFiles, importAll } from './import-helpers';

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

describe('indicators of the example submissions, quarter III 2025', () => {
  it('judges no target set for 2030 or 2045 as missed: not due, with progress', () => {
    const tfp = status.indicators.find((x) => x.code === '3')!;
    expect(tfp).toMatchObject({ value: 35.2, horizon: 2030, assessment: 'not_due' });
    expect(tfp.progress).toBeCloseTo(93.6, 1);
    expect(status.indicators.filter((x) => x.assessment === 'not_met')).toEqual([]);
    const notDue = status.indicators.filter((x) => x.assessment === 'not_due');
    expect(notDue.length).toBeGreaterThanOrEqual(5);
    for (const x of notDue) {
      expect(x.value, x.code).not.toBeNull();
      expect(x.progress, x.code).toBeLessThan(100);
    }
    // Every indicator carries its horizon, as the plan sets it.
    expect(new Set(status.indicators.map((x) => x.horizon))).toEqual(new Set([2030, 2045]));
  });
});

describe('the report on the example submissions', () => {
  it('keeps Văn phòng UBND’s note about its spreadsheet out of Phụ lục I', async () => {
    const broken = status.indicators.find((x) => x.code === '6.8')!;
    expect(broken).toMatchObject({ value: null, assessment: 'no_data' });
    expect(broken.note).toBe('Công thức liên kết bảng tính cũ');
    const { files } = await app.call('reports.generate', { period: PERIOD });
    for (const f of files) {
      const zip = unzipSync(new Uint8Array(Buffer.from(f.data, 'base64')));
      for (const [name, bytes] of Object.entries(zip)) {
        if (!name.endsWith('.xml')) continue;
        expect(strFromU8(bytes), `${f.fileName} ${name}`).not.toContain('Công thức liên kết');
      }
    }
  });
});

describe('the drafted report on the example submissions', () => {
  it('lists the tasks due next quarter, the overdue ones apart, none due in quarter III', async () => {
    const { narrative } = await app.call('reports.narrative', { period: PERIOD });
    const ii = narrative.find((x) => x.key === 'II')!.paragraphs;
    expect(ii).toContain(
      'Trong kỳ không có nhiệm vụ nào đến hạn (thời hạn từ ngày 01/07/2025 đến ngày 30/09/2025).',
    );
    const iv = narrative.find((x) => x.key === 'IV')!.paragraphs;
    const at = iv.findIndex((p) => p.startsWith('- Hoàn thành '));
    expect(iv[at]).toMatch(
      /^- Hoàn thành \d+ nhiệm vụ đến hạn trong quý IV năm 2025 \(thời hạn đến ngày 31\/12\/2025\):$/,
    );
    const listed = iv
      .slice(at + 1)
      .filter((p) => p.startsWith('+ '))
      .map((p) => /^\+ Nhiệm vụ (\S+):/.exec(p)![1]);
    const dueQ4 = status.tasks
      .filter((t) => t.deadline.due !== null && t.deadline.due >= '2025-10-01')
      .filter((t) => t.deadline.due! <= '2025-12-31' && !t.status.startsWith('done'))
      .map((t) => t.code);
    expect(listed.sort()).toEqual(dueQ4.sort());
    expect(listed).toContain('I.12');
    expect(listed).not.toContain('I.1');
    expect(listed).not.toContain('III.4'); // due 2026
    expect(iv.join('\n')).toContain(
      // Both overdue tasks are unreported: said once, not the same figure and codes twice.
      '- Khẩn trương hoàn thành 2 nhiệm vụ đã quá hạn (nhiệm vụ I.1, I.2); đề nghị cơ quan chủ trì báo cáo ngay kết quả thực hiện.',
    );
  });
});

describe('cli status --json on the seeded plan with the example submissions', () => {
  it('gives not_started, overdue with reported:false and indicators not_due', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thbc-status-'));
    const db = join(dir, 'x.db');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, THBC_DB: '' },
      });
    try {
      const files = readdirSync(EXAMPLES_DIR)
        .filter((n) => n.endsWith('.xlsx'))
        .map((n) => join(EXAMPLES_DIR, n));
      // Files that need a clerk's answer are left out by the command line; the rest are enough.
      cli('import', '--db', db, '--period', PERIOD, '--accept-suggested', '--json', ...files);
      const out = cli('status', '--db', db, '--period', PERIOD, '--json');
      expect(out.status, out.stderr).toBe(0);
      const json = JSON.parse(out.stdout) as {
        tasks: { code: string; status: string; reported: boolean }[];
        indicators: { code: string; assessment: string | null; horizon: number }[];
      };
      const t = (code: string) => json.tasks.find((x) => x.code === code);
      expect(t('I.10')).toMatchObject({ status: 'not_started', reported: true });
      expect(t('I.1')).toMatchObject({ status: 'overdue', reported: false });
      expect(t('I.2')).toMatchObject({ status: 'overdue', reported: false });
      expect(json.indicators.find((x) => x.code === '3')).toMatchObject({
        assessment: 'not_due',
        horizon: 2030,
      });
      expect(json.indicators.some((x) => x.assessment === 'not_met')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
