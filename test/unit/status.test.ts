import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../shared/domain/deadline';
import {
  byHorizon,
  combineLeadReports,
  countAssessments,
  countByGroup,
  countByStatus,
  countRegister,
  doneWithoutDate,
  indicatorAssessment,
  isDone,
  judgeTask,
  type LeadStatement,
  overdueWithoutReport,
  tasksDueIn,
  taskStatus,
} from '../../shared/domain/status';
import {
  horizonLabel,
  INDICATOR_ASSESSMENT_LABEL,
  progressLabel,
  TASK_STATUS_LABEL,
  TASK_STATUS_ORDER,
} from '../../shared/domain/status-labels';
import { parseTarget, targetProgress } from '../../shared/domain/target';
import type {
  AgencyReport,
  IndicatorStatusRow,
  IsoDate,
  RegisterRow,
  ReportedStatus,
  TaskStatus,
  TaskStatusRow,
} from '../../shared/domain/types';

// ---- Tasks: every deadline kind of the seed × every reported state × before/after the due date

type State = 'none' | 'doneOnTime' | 'doneLate' | 'doneNoDate' | 'inProgress' | 'notStarted';
const STATES: State[] = [
  'none',
  'doneOnTime',
  'doneLate',
  'doneNoDate',
  'inProgress',
  'notStarted',
];

function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The lead's statement for a state; completion dates are relative to the due date when known. */
function lead(state: State, due: IsoDate | null): LeadStatement | null {
  const anchor = due ?? '2025-08-15';
  switch (state) {
    case 'none':
      return null;
    case 'doneOnTime':
      return { status: 'done', completedOn: addDays(anchor, -10) };
    case 'doneLate':
      return { status: 'done', completedOn: addDays(anchor, 10) };
    case 'doneNoDate':
      return { status: 'done', completedOn: null };
    case 'inProgress':
      return { status: 'in_progress', completedOn: null };
    case 'notStarted':
      return { status: 'not_started', completedOn: null };
  }
}

type Expect = [TaskStatus, TaskStatus, TaskStatus, TaskStatus, TaskStatus, TaskStatus];

interface DeadlineCase {
  text: string;
  kind: string;
  due: IsoDate | null;
  /** A period end before (or on) the due date, and one after it. */
  before: IsoDate;
  after: IsoDate;
  /** Expected status per state (none, done on time, done late, done no date, in progress, not started). */
  expectBefore: Expect;
  expectAfter: Expect;
}

const DATED_BEFORE: Expect = [
  'no_report',
  'done_on_time',
  'done_late',
  'done_on_time',
  'in_progress',
  'not_started',
];
// Past due and not done is overdue whether or not the lead reported.
const DATED_AFTER: Expect = [
  'overdue',
  'done_on_time',
  'done_late',
  'done_on_time',
  'overdue',
  'overdue',
];
// A recurring task the lead says it has not started is not "Thường xuyên": that would be a kinder
// word than the facts.
const RECURRING: Expect = ['no_report', 'ongoing', 'ongoing', 'ongoing', 'ongoing', 'not_started'];
// "Sau khi có Quyết định …" does not override a report that work has started.
const CONDITIONAL: Expect = [
  'no_report',
  'done_on_time',
  'done_on_time',
  'done_on_time',
  'in_progress',
  'waiting',
];
const NONE: Expect = [
  'no_report',
  'done_on_time',
  'done_on_time',
  'done_on_time',
  'in_progress',
  'not_started',
];

// Deadline texts as printed in the seeded plan (Phụ lục II), plus an empty cell.
const DEADLINES: DeadlineCase[] = [
  // Q1 2025 ends on the due date itself: still within the deadline.
  {
    text: '3/2025',
    kind: 'date',
    due: '2025-03-31',
    before: '2025-03-31',
    after: '2025-06-30',
    expectBefore: DATED_BEFORE,
    expectAfter: DATED_AFTER,
  },
  {
    text: '12/2025',
    kind: 'date',
    due: '2025-12-31',
    before: '2025-09-30',
    after: '2026-03-31',
    expectBefore: DATED_BEFORE,
    expectAfter: DATED_AFTER,
  },
  {
    text: '2026',
    kind: 'date',
    due: '2026-12-31',
    before: '2026-06-30',
    after: '2027-01-31',
    expectBefore: DATED_BEFORE,
    expectAfter: DATED_AFTER,
  },
  {
    text: '2026 - 2030',
    kind: 'range',
    due: '2030-12-31',
    before: '2025-09-30',
    after: '2031-06-30',
    expectBefore: DATED_BEFORE,
    expectAfter: DATED_AFTER,
  },
  {
    text: '2025- 2026',
    kind: 'range',
    due: '2026-12-31',
    before: '2025-12-31',
    after: '2027-03-31',
    expectBefore: DATED_BEFORE,
    expectAfter: DATED_AFTER,
  },
  {
    text: 'Thường xuyên',
    kind: 'recurring',
    due: null,
    before: '2025-03-31',
    after: '2030-12-31',
    expectBefore: RECURRING,
    expectAfter: RECURRING,
  },
  {
    text: 'Hàng năm',
    kind: 'recurring',
    due: null,
    before: '2025-06-30',
    after: '2026-12-31',
    expectBefore: RECURRING,
    expectAfter: RECURRING,
  },
  {
    text: 'Sau khi có Quyết định ban hành Đề án của Thủ tướng Chính phủ',
    kind: 'conditional',
    due: null,
    before: '2025-09-30',
    after: '2027-12-31',
    expectBefore: CONDITIONAL,
    expectAfter: CONDITIONAL,
  },
  {
    text: 'Theo chỉ đạo của Trung ương',
    kind: 'conditional',
    due: null,
    before: '2025-09-30',
    after: '2027-12-31',
    expectBefore: CONDITIONAL,
    expectAfter: CONDITIONAL,
  },
  {
    text: '',
    kind: 'none',
    due: null,
    before: '2025-09-30',
    after: '2027-12-31',
    expectBefore: NONE,
    expectAfter: NONE,
  },
];

describe('taskStatus', () => {
  it.each(DEADLINES.map((d) => [d.text, d] as const))(
    'deadline "%s" parses to the kind and due date used below',
    (_text, d) => {
      const parsed = parseDeadline(d.text);
      expect(parsed.kind).toBe(d.kind);
      expect(parsed.due).toBe(d.due);
    },
  );

  const cases = DEADLINES.flatMap((d) =>
    STATES.flatMap((state, i) => [
      [d.text, state, 'before', d.before, d.expectBefore[i]!, d] as const,
      [d.text, state, 'after', d.after, d.expectAfter[i]!, d] as const,
    ]),
  );

  it.each(cases)(
    'deadline "%s", lead %s, period ending %s the due date (%s) → %s',
    (text, state, _when, periodEnd, expected, d) => {
      const deadline = parseDeadline(text);
      expect(taskStatus(deadline, lead(state, d.due), periodEnd)).toBe(expected);
    },
  );

  it('covers every task status', () => {
    const seen = new Set(cases.map((c) => c[4]));
    expect([...seen].sort()).toEqual(
      [
        'done_late',
        'done_on_time',
        'in_progress',
        'no_report',
        'not_started',
        'ongoing',
        'overdue',
        'waiting',
      ].sort(),
    );
  });

  it('judges completion on the due date itself as on time and one day later as late', () => {
    const d = parseDeadline('12/2025');
    expect(taskStatus(d, { status: 'done', completedOn: '2025-12-31' }, '2026-03-31')).toBe(
      'done_on_time',
    );
    expect(taskStatus(d, { status: 'done', completedOn: '2026-01-01' }, '2026-03-31')).toBe(
      'done_late',
    );
  });

  it('reads a report without a ticked status as not done, and overdue once the due date passed', () => {
    const blank = { status: null, completedOn: null };
    expect(taskStatus(parseDeadline('3/2025'), blank, '2025-06-30')).toBe('overdue');
    expect(taskStatus(parseDeadline('3/2025'), blank, '2025-03-31')).toBe('in_progress');
    expect(taskStatus(parseDeadline('Thường xuyên'), blank, '2025-06-30')).toBe('ongoing');
    expect(taskStatus(parseDeadline('Theo chỉ đạo của Trung ương'), blank, '2025-06-30')).toBe(
      'waiting',
    );
  });

  it('words "not started" as "Chưa triển khai", listed after "in progress"', () => {
    expect(TASK_STATUS_LABEL.not_started).toBe('Chưa triển khai');
    expect(TASK_STATUS_LABEL.in_progress).toBe('Đang thực hiện trong hạn');
    expect(TASK_STATUS_ORDER.indexOf('not_started')).toBe(
      TASK_STATUS_ORDER.indexOf('in_progress') + 1,
    );
    expect([...TASK_STATUS_ORDER].sort()).toEqual(Object.keys(TASK_STATUS_LABEL).sort());
  });

  it('judges a task from its leads’ reports: overdue without a report is flagged unreported', () => {
    const due = parseDeadline('02/2025');
    expect(judgeTask(due, [], '2025-09-30')).toEqual({
      status: 'overdue',
      reported: false,
      conflict: false,
    });
    expect(judgeTask(due, [], '2025-02-28')).toEqual({
      status: 'no_report',
      reported: false,
      conflict: false,
    });
    expect(judgeTask(parseDeadline('Thường xuyên'), [], '2030-12-31').status).toBe('no_report');
    expect(judgeTask(parseDeadline('Sau khi có hướng dẫn'), [], '2030-12-31').status).toBe(
      'no_report',
    );
    const lead = report(1, 'Sở Khoa học và Công nghệ', 'in_progress');
    expect(judgeTask(due, [lead], '2025-09-30')).toEqual({
      status: 'overdue',
      reported: true,
      conflict: false,
    });
    expect(overdueWithoutReport({ status: 'overdue', reported: false })).toBe(true);
    expect(overdueWithoutReport({ status: 'overdue', reported: true })).toBe(false);
    expect(overdueWithoutReport({ status: 'no_report', reported: false })).toBe(false);
  });

  it('lists the tasks due in a window by due date, leaving out undated deadlines', () => {
    const rows = [
      '12/2025',
      '02/2025',
      'Thường xuyên',
      '2025',
      '7/2025',
      '9/2025',
      '2025 – 2030',
    ].map((text, i) => taskRow(`I.${i + 1}`, 'in_progress', text));
    const codes = (w: { start: IsoDate; end: IsoDate }) => tasksDueIn(rows, w).map((r) => r.code);
    expect(codes({ start: '2025-07-01', end: '2025-09-30' })).toEqual(['I.5', 'I.6']);
    expect(codes({ start: '2025-10-01', end: '2025-12-31' })).toEqual(['I.1', 'I.4']);
    expect(codes({ start: '2030-01-01', end: '2030-12-31' })).toEqual(['I.7']);
    expect(codes({ start: '2026-01-01', end: '2026-12-31' })).toEqual([]);
    expect(isDone('done_late')).toBe(true);
    expect(isDone('ongoing')).toBe(false);
  });

  it('flags done reports without a completion date', () => {
    expect(doneWithoutDate({ status: 'done', completedOn: null })).toBe(true);
    expect(doneWithoutDate({ status: 'done', completedOn: '2025-03-01' })).toBe(false);
    expect(doneWithoutDate({ status: 'in_progress', completedOn: null })).toBe(false);
    expect(doneWithoutDate(null)).toBe(false);
  });
});

// ---- Several lead agencies

function report(
  agencyId: number,
  name: string,
  status: ReportedStatus | null,
  completedOn: IsoDate | null = null,
  version = 1,
): AgencyReport {
  return {
    agency: { id: agencyId, name },
    submissionId: agencyId * 10 + version,
    version,
    status,
    completedOn,
    progress: `${name} báo cáo`,
    difficulties: null,
    proposals: null,
  };
}

describe('combineLeadReports', () => {
  const skhcn = (s: ReportedStatus | null, d: IsoDate | null = null, v = 1) =>
    report(1, 'Sở Khoa học và Công nghệ', s, d, v);
  const snv = (s: ReportedStatus | null, d: IsoDate | null = null, v = 1) =>
    report(5, 'Sở Nội vụ', s, d, v);

  it('has no effective report when no lead reported', () => {
    expect(combineLeadReports([])).toEqual({ effective: null, conflict: false });
  });

  it('takes a single lead as it is', () => {
    const r = skhcn('done', '2025-03-20');
    expect(combineLeadReports([r])).toEqual({ effective: r, conflict: false });
  });

  it('flags done against in progress, and the task is not done until every lead is', () => {
    const a = skhcn('done', '2025-03-20');
    const b = snv('in_progress');
    const c = combineLeadReports([a, b]);
    expect(c.conflict).toBe(true);
    expect(c.effective).toBe(b);
    expect(taskStatus(parseDeadline('3/2025'), c.effective, '2025-06-30')).toBe('overdue');
  });

  it('flags done against not started, and done against a blank status', () => {
    expect(combineLeadReports([skhcn('not_started'), snv('done', '2025-01-05')])).toMatchObject({
      conflict: true,
      effective: { agency: { id: 1 }, status: 'not_started' },
    });
    expect(combineLeadReports([skhcn('done', '2025-01-05'), snv(null)])).toMatchObject({
      conflict: true,
      effective: { agency: { id: 5 }, status: null },
    });
  });

  it('does not flag two leads that agree; both done → the later completion date decides', () => {
    const a = skhcn('done', '2025-12-20');
    const b = snv('done', '2026-01-15');
    const c = combineLeadReports([a, b]);
    expect(c).toEqual({ effective: b, conflict: false });
    expect(taskStatus(parseDeadline('12/2025'), c.effective, '2026-03-31')).toBe('done_late');
    // A known date wins over a blank one.
    expect(combineLeadReports([snv('done'), a]).effective).toBe(a);
  });

  it('takes the least advanced of two not-done reports without a conflict', () => {
    const c = combineLeadReports([skhcn('in_progress'), snv('not_started')]);
    expect(c.conflict).toBe(false);
    expect(c.effective?.status).toBe('not_started');
    // IV.4 of the examples: one lead has not started, so the task has not started.
    expect(taskStatus(parseDeadline('2026'), c.effective, '2025-09-30')).toBe('not_started');
  });

  it('uses only the latest version of each agency', () => {
    const c = combineLeadReports([
      snv('in_progress', null, 1),
      skhcn('done', '2025-03-10'),
      snv('done', '2025-03-25', 2),
    ]);
    expect(c.conflict).toBe(false);
    expect(c.effective).toMatchObject({ agency: { id: 5 }, version: 2 });
  });
});

// ---- Indicators: every target kind of the seed

describe('indicatorAssessment', () => {
  // The seeded plan's indicators are targets "đến năm 2030" (1–21) and "đến năm 2045" (22–24).
  const AT_2030 = { horizon: 2030, periodEnd: '2030-12-31' };
  const Q3_2025 = { horizon: 2030, periodEnd: '2025-09-30' };

  // Every target kind of the seed: [target, value, as of the horizon's year, as of quarter III 2025].
  type A = ReturnType<typeof indicatorAssessment>;
  const cases: [string, number | null, A, A][] = [
    ['≥ 37,6', 38.1, 'met', 'met'],
    ['≥ 37,6', 37.6, 'met', 'met'],
    ['≥ 37,6', 35.2, 'not_met', 'not_due'],
    ['≥ 37,6', null, 'no_data', 'no_data'],
    ['> 0,623', 0.65, 'met', 'met'],
    ['> 0,623', 0.623, 'not_met', 'not_due'],
    ['> 0,623', null, 'no_data', 'no_data'],
    ['≤ 57', 50, 'met', 'met'],
    ['≤ 57', 57, 'met', 'met'],
    ['≤ 57', 61, 'not_met', 'not_due'],
    ['≤ 57', null, 'no_data', 'no_data'],
    ['9-10', 9.5, 'met', 'met'],
    ['9-10', 11, 'met', 'met'],
    ['9-10', 8.7, 'not_met', 'not_due'],
    ['9-10', null, 'no_data', 'no_data'],
    ['100', 100, 'met', 'met'],
    ['100', 96.5, 'not_met', 'not_due'],
    ['100', null, 'no_data', 'no_data'],
    ['≥ 3% và tăng dần theo yêu cầu phát triển', 3.2, 'met', 'met'],
    ['≥ 3% và tăng dần theo yêu cầu phát triển', 2.1, 'not_met', 'not_due'],
    ['≥ 3% và tăng dần theo yêu cầu phát triển', null, 'no_data', 'no_data'],
  ];

  it.each(cases)(
    'target "%s", value %s → %s in the horizon year, %s before it',
    (text, value, atHorizon, before) => {
      expect(indicatorAssessment(parseTarget(text), value, null, AT_2030)).toBe(atHorizon);
      expect(indicatorAssessment(parseTarget(text), value, null, Q3_2025)).toBe(before);
      // After the horizon a missed target stays missed.
      expect(
        indicatorAssessment(parseTarget(text), value, null, {
          horizon: 2030,
          periodEnd: '2031-03-31',
        }),
      ).toBe(atHorizon);
    },
  );

  it('judges TFP 35,2 in quarter III 2025 against "≥ 37,6 đến năm 2030" as not yet due', () => {
    expect(indicatorAssessment(parseTarget('≥ 37,6'), 35.2, null, Q3_2025)).toBe('not_due');
    expect(INDICATOR_ASSESSMENT_LABEL.not_due).toBe('Chưa đến kỳ đánh giá');
    // The 2045 targets are not due in 2030 either.
    expect(
      indicatorAssessment(parseTarget('≥ 20'), 12, null, {
        horizon: 2045,
        periodEnd: '2030-12-31',
      }),
    ).toBe('not_due');
    // The horizon is a year: any period of that year may judge it.
    expect(
      indicatorAssessment(parseTarget('≥ 37,6'), 35.2, null, {
        horizon: 2030,
        periodEnd: '2030-03-31',
      }),
    ).toBe('not_met');
  });

  const QUALITATIVE =
    'Đạt mức trung bình ở các lĩnh vực quan trọng của các tỉnh khu vực trung du và miền núi phía Bắc';

  it('uses the judgement recorded for a qualitative target, otherwise leaves it to be judged', () => {
    const t = parseTarget(QUALITATIVE);
    expect(indicatorAssessment(t, null, 'met', AT_2030)).toBe('met');
    expect(indicatorAssessment(t, null, 'not_met', AT_2030)).toBe('not_met');
    expect(indicatorAssessment(t, null, null, AT_2030)).toBe('qualitative');
    expect(indicatorAssessment(t, 12, null, AT_2030)).toBe('qualitative');
    // "Not met" before the horizon is not a failure yet.
    expect(indicatorAssessment(t, null, 'not_met', Q3_2025)).toBe('not_due');
    expect(indicatorAssessment(t, null, 'met', Q3_2025)).toBe('met');
    expect(indicatorAssessment(t, null, null, Q3_2025)).toBe('qualitative');
  });

  it('lets the number decide for a numeric target even when a judgement is stored', () => {
    expect(indicatorAssessment(parseTarget('≥ 37,6'), 30, 'met', AT_2030)).toBe('not_met');
    expect(indicatorAssessment(parseTarget('≥ 37,6'), null, 'met', AT_2030)).toBe('no_data');
  });

  it('has no assessment for parent rows without a target', () => {
    expect(indicatorAssessment(parseTarget(''), null, null, Q3_2025)).toBeNull();
    expect(indicatorAssessment(null, 5, 'met', Q3_2025)).toBeNull();
  });

  it('words horizons as the plan does and lists indicators under them in order', () => {
    expect(horizonLabel(2030)).toBe('Đến năm 2030');
    expect(horizonLabel(2045)).toBe('Đến năm 2045');
    const rows = [
      { code: '22', horizon: 2045 },
      { code: '1', horizon: 2030 },
      { code: '6', horizon: 2030 },
      { code: '6.1', horizon: 2030 },
      { code: '23', horizon: 2045 },
    ];
    expect(byHorizon(rows).map((g) => [g.horizon, g.label, g.rows.map((r) => r.code)])).toEqual([
      [2030, 'Đến năm 2030', ['1', '6', '6.1']],
      [2045, 'Đến năm 2045', ['22', '23']],
    ]);
  });
});

describe('targetProgress', () => {
  it.each([
    ['≥ 37,6', 35.2, 93.6],
    ['> 0,623', 0.61, 97.9],
    ['9-10', 8.7, 96.7],
    ['100', 56.7, 56.7],
    ['≥ 3% và tăng dần theo yêu cầu phát triển', 2.1, 70],
    // Lower is better: how close the value has come down to the target.
    ['≤ 57', 61, 93.4],
    ['≤ 55', 55, 100],
  ] as const)('target "%s", value %s → %s%% of the target', (text, value, percent) => {
    expect(targetProgress(parseTarget(text)!, value)).toBeCloseTo(percent, 1);
  });

  it('has no progress without a number or against a qualitative target', () => {
    expect(targetProgress(parseTarget('≥ 37,6')!, null)).toBeNull();
    expect(targetProgress(parseTarget('Đạt mức trung bình')!, 5)).toBeNull();
    expect(targetProgress(parseTarget('≤ 57')!, 0)).toBeNull();
    expect(progressLabel(93.617)).toBe('đạt 93,6% mục tiêu');
  });
});

// ---- Counts

function taskRow(code: string, status: TaskStatus, deadline = '2026'): TaskStatusRow {
  const [group = '', number = ''] = code.split('.');
  return {
    taskId: 0,
    code,
    group,
    number,
    text: `Nhiệm vụ ${code}`,
    lead: [],
    deadline: parseDeadline(deadline),
    status,
    reported: status !== 'no_report',
    leadReports: [],
    leadCount: 0,
    leadSubmissionIds: [],
    partnerCount: 0,
    conflict: false,
  };
}

describe('counts', () => {
  const rows = [
    taskRow('II.1', 'overdue'),
    taskRow('I.1', 'done_on_time'),
    taskRow('I.2', 'done_on_time'),
    taskRow('X.1', 'waiting'),
    taskRow('VII.1', 'ongoing'),
    taskRow('I.3', 'no_report'),
  ];

  it('counts tasks per status with every status present', () => {
    expect(countByStatus(rows)).toEqual({
      done_on_time: 2,
      done_late: 0,
      in_progress: 0,
      not_started: 0,
      overdue: 1,
      ongoing: 1,
      waiting: 1,
      no_report: 1,
    });
    expect(Object.values(countByStatus([])).every((n) => n === 0)).toBe(true);
  });

  it('counts tasks per group in Roman order', () => {
    const g = countByGroup(rows);
    expect(g.map((x) => x.group)).toEqual(['I', 'II', 'VII', 'X']);
    expect(g[0]).toMatchObject({ total: 3, byStatus: { done_on_time: 2, no_report: 1 } });
  });

  it('counts indicator assessments, leaving out parent rows', () => {
    const ind = (code: string, assessment: IndicatorStatusRow['assessment']) =>
      ({ code, assessment }) as IndicatorStatusRow;
    expect(
      countAssessments([
        ind('6', null),
        ind('6.1', 'met'),
        ind('6.2', 'not_met'),
        ind('3', 'met'),
        ind('1', 'qualitative'),
        ind('5', 'no_data'),
        ind('21', 'not_due'),
      ]),
    ).toEqual({ met: 2, not_met: 1, not_due: 1, no_data: 1, qualitative: 1, total: 6 });
  });

  it('counts the register', () => {
    const reg = (id: number, expected: boolean, state: RegisterRow['state']): RegisterRow => ({
      agency: { id, name: `Đơn vị ${id}` },
      expected,
      state,
      submission: state === 'on_time' || state === 'late' ? ({ id } as never) : null,
      versions: state === 'missing' ? 0 : 1,
    });
    expect(
      countRegister([
        reg(1, true, 'on_time'),
        reg(2, true, 'late'),
        reg(3, true, 'missing'),
        reg(4, true, 'on_time'),
        reg(5, false, 'not_expected'),
      ]),
    ).toEqual({ on_time: 2, late: 1, missing: 1, not_expected: 1, expected: 4, received: 3 });
  });
});
