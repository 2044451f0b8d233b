// Issue 13's table: every call a screen makes when it opens, forms for all agencies, the report,
// and how long another call waits while a document is built, on the seed province and on one ten
// times bigger. Server time only (in-process dispatch), median of five.
import { join } from 'node:path';
import { createBackend, type Backend } from '../electron/backend/backend';
import { call } from '../electron/backend/dispatch';
import { silentLogger } from '../electron/backend/logger';
import { buildIndex } from '../renderer/src/lib/catalogue-index';
import { rankBySearch, taskMatches } from '../renderer/src/features/tasks/task-filter';
import type { Args, Catalogue, JobInfo, Method } from '../shared/api';
import { LARGE_QUARTERS, quarterlyReports, buildLargeProvince } from './large-province';

const PERIOD = '2025-Q3';

/** What each screen asks the backend for when it opens (renderer/src/features, shell). */
const SCREENS: { screen: string; calls: { method: Method; args: object }[] }[] = [
  {
    screen: 'Khởi động (danh mục, kỳ)',
    calls: [
      { method: 'catalogue.get', args: {} },
      { method: 'periods.overview', args: {} },
    ],
  },
  { screen: 'Tổng quan', calls: [{ method: 'status.get', args: { period: PERIOD } }] },
  { screen: 'Kỳ báo cáo', calls: [{ method: 'periods.get', args: { period: PERIOD } }] },
  {
    screen: 'Tiếp nhận báo cáo',
    calls: [
      { method: 'submissions.register', args: { period: PERIOD } },
      { method: 'periods.get', args: { period: PERIOD } },
    ],
  },
  {
    screen: 'Báo cáo tổng hợp',
    calls: [
      { method: 'status.get', args: { period: PERIOD } },
      { method: 'reports.get', args: { period: PERIOD } },
      { method: 'settings.get', args: {} },
    ],
  },
  // The narrative tab's own call: the draft, written from every agency's words.
  {
    screen: 'Báo cáo tổng hợp – Nội dung',
    calls: [{ method: 'reports.narrative', args: { period: PERIOD } }],
  },
  { screen: 'Nhật ký', calls: [{ method: 'audit.list', args: {} }] },
  {
    screen: 'Cài đặt',
    calls: [
      { method: 'settings.get', args: {} },
      { method: 'backups.list', args: {} },
      { method: 'app.info', args: {} },
    ],
  },
];

interface Size {
  label: string;
  backend: Backend;
}

async function timed(
  b: Backend,
  method: Method,
  args: object,
): Promise<{ ms: number; kb: number }> {
  const runs: number[] = [];
  let kb = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const envelope = await b.dispatch(method, args);
    runs.push(performance.now() - t0);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    kb = JSON.stringify(envelope.value).length / 1024;
  }
  runs.sort((x, y) => x - y);
  return { ms: runs[2]!, kb };
}

/**
 * Runs `job` while another call (settings.get, the lightest) is asked again and again, and
 * returns how long the job took and the longest any of those calls waited for its answer.
 */
async function withNeighbour(
  b: Backend,
  job: () => Promise<unknown>,
): Promise<{ ms: number; maxWait: number; answered: number }> {
  let done = false;
  const waits: number[] = [];
  const neighbour = (async () => {
    while (!done) {
      // Asked 20 ms from now (a screen polling): a late timer is the time a request would sit
      // unread on a busy thread.
      const asked = performance.now() + 20;
      await new Promise((r) => setTimeout(r, 20));
      await b.dispatch('settings.get', {});
      waits.push(performance.now() - asked);
    }
  })();
  const t0 = performance.now();
  await job();
  const ms = performance.now() - t0;
  done = true;
  await neighbour;
  return { ms, maxWait: Math.max(0, ...waits), answered: waits.length };
}

/** Forms for every expected agency, as the Kỳ báo cáo screen asks for them (a job, polled). */
async function allForms(b: Backend): Promise<number> {
  const start = await b.dispatch('forms.start', { period: PERIOD });
  if (!start.ok) {
    // A build from before the forms job (to compare): the one big response.
    if (start.error.code === 'UNKNOWN_METHOD')
      return (await call(b.dispatch, 'forms.generate', { period: PERIOD })).files.length;
    throw new Error(`forms.start: ${start.error.message}`);
  }
  // The job this call started (asking again would build every form twice at once).
  let job = start.value as JobInfo;
  while (job.state === 'running') {
    await new Promise((r) => setTimeout(r, 50));
    job = await call(b.dispatch, 'jobs.get', { id: job.id });
  }
  await call(b.dispatch, 'jobs.file', { id: job.id });
  return job.total;
}

/** The Nhiệm vụ search, typed letter by letter: median time of one keystroke over the plan. */
function searchPerKeystroke(c: Catalogue): { first: number; median: number } {
  const index = buildIndex(c);
  const typed = 'so noi vu chuyen doi so';
  const runs: number[] = [];
  for (let i = 1; i <= typed.length; i++) {
    const q = typed.slice(0, i);
    const filter = {
      search: q,
      group: null,
      agencyId: null,
      leadOnly: false,
      includeShared: false,
    };
    const t0 = performance.now();
    rankBySearch(
      c.tasks.filter((t) => taskMatches(t, filter, index)),
      q,
      index,
    );
    runs.push(performance.now() - t0);
  }
  const first = runs[0]!;
  runs.sort((a, b) => a - b);
  return { first, median: runs[Math.floor(runs.length / 2)]! };
}

const f0 = (n: number) => n.toFixed(0).padStart(7);

export async function provincePart(work: string): Promise<void> {
  console.log('\n== Tỉnh gấp 10 (issue 13): thời gian phía máy chủ, trung vị 5 lần ==');
  const open = (name: string) =>
    createBackend({ dbPath: join(work, name), transport: 'cli', logger: silentLogger });
  const small = open('province-small.db');
  const smallData = quarterlyReports(
    small.ctx.db,
    await call(small.dispatch, 'catalogue.get', {}),
    LARGE_QUARTERS,
  );
  const large = open('province-large.db');
  const largeData = await buildLargeProvince(large.ctx.db, () =>
    call(large.dispatch, 'catalogue.get', {}),
  );
  const sizes: Size[] = [
    { label: 'gốc', backend: small },
    { label: 'gấp 10', backend: large },
  ];
  for (const [s, d] of [
    [sizes[0]!, smallData],
    [sizes[1]!, largeData],
  ] as const) {
    const c = await call(s.backend.dispatch, 'catalogue.get', {});
    const { expected } = await call(s.backend.dispatch, 'periods.get', { period: PERIOD });
    console.log(
      `Tỉnh ${s.label}: ${c.tasks.length} nhiệm vụ, ${c.groups.length} nhóm, ${c.agencies.length} đơn vị (${expected.length} phải báo cáo), ${d.submissions} báo cáo, ${d.rows} dòng tiến độ`,
    );
  }

  console.log(
    `\n${'Màn hình / lời gọi'.padEnd(50)}${'gốc ms'.padStart(9)}${'gấp 10 ms'.padStart(11)}${'gấp 10 KB'.padStart(11)}`,
  );
  for (const { screen, calls } of SCREENS) {
    for (const { method, args } of calls) {
      const [a, b] = [await timed(small, method, args), await timed(large, method, args)];
      console.log(
        `${`${screen}: ${method}`.padEnd(50)}${f0(a.ms).padStart(9)}${f0(b.ms).padStart(11)}${f0(b.kb).padStart(11)}`,
      );
    }
  }

  console.log('');
  for (const s of sizes) {
    const k = searchPerKeystroke(await call(s.backend.dispatch, 'catalogue.get', {}));
    console.log(
      `Tỉnh ${s.label}: tìm nhiệm vụ, mỗi phím gõ trung vị ${k.median.toFixed(1)} ms (phím đầu ${k.first.toFixed(1)} ms)`,
    );
  }
  for (const s of sizes) {
    const t0 = performance.now();
    await allForms(s.backend);
    const alone = performance.now() - t0;
    // Five times beside a neighbour, as the report below: best and median of each figure.
    const runs = [];
    for (let i = 0; i < 5; i++)
      runs.push(await withNeighbour(s.backend, () => allForms(s.backend)));
    const [formMs, formWaits] = [runs.map((r) => r.ms), runs.map((r) => r.maxWait)].map((x) =>
      x.sort((a, b) => a - b),
    ) as [number[], number[]];
    console.log(
      `Tỉnh ${s.label}: biểu mẫu cho mọi đơn vị ${f0(alone)} ms (lần đầu, riêng); khi có lời gọi khác (5 lần) tốt nhất ${f0(formMs[0]!)} ms, trung vị ${f0(formMs[2]!)} ms; lời gọi khác chờ lâu nhất: tốt nhất ${f0(formWaits[0]!)} ms, trung vị ${f0(formWaits[2]!)} ms`,
    );
    await call(s.backend.dispatch, 'reports.get', { period: PERIOD });
    // Five times: the machine is shared, one run says little. Best and median of each figure.
    const reports = [];
    for (let i = 0; i < 5; i++)
      reports.push(
        await withNeighbour(s.backend, () =>
          call(s.backend.dispatch, 'reports.generate', {
            period: PERIOD,
          } as Args<'reports.generate'>),
        ),
      );
    const [ms, waits] = [reports.map((r) => r.ms), reports.map((r) => r.maxWait)].map((x) =>
      x.sort((a, b) => a - b),
    ) as [number[], number[]];
    console.log(
      `Tỉnh ${s.label}: báo cáo Word + phụ lục Excel (5 lần) tốt nhất ${f0(ms[0]!)} ms, trung vị ${f0(ms[2]!)} ms; lời gọi khác chờ lâu nhất: tốt nhất ${f0(waits[0]!)} ms, trung vị ${f0(waits[2]!)} ms`,
    );
  }
  small.close();
  large.close();
}
