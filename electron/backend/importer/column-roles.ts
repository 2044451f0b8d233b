// Decides what each column of an agency's table holds from its heading *and* its content: a
// "Tình hình thực hiện" column full of status words is the status; "Thời gian hoàn thành" holding
// "Quý III/2025" is the plan's deadline, not the completion date; "Tiến độ (%)" with 100 / 70 / 0
// is a percentage. When two columns compete for a role, the one whose content fits wins, and the
// choice is noted for the clerk.
import { parseDeadline } from '../../../shared/domain/deadline';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import { cellAt, cellText, columnLetter, type GridSheet } from './grid';
import { foldHeader, type ColumnKind, type HeadingPeriod } from './header-names';
import {
  completionFromCell,
  isRunningPeriod,
  percentFromCell,
  statusLegend,
  statusPhrase,
} from './agency-layout-cells';

/** Two columns that both fit the status, with their headings. */
export interface RoleChoice {
  columns: number[];
  headings: string[];
}

export interface Roles {
  columns: Partial<Record<ColumnKind, number>>;
  extraProgress: number[];
  notes: string[];
  statusInDoubt: RoleChoice | null;
  /** The completion column's heading says plainly "ngày hoàn thành" (a date there means done). */
  completedOnExact: boolean;
  /** Earlier periods' status columns of a cumulative table, the latest first. */
  earlierStatus?: { col: number; label: string }[];
}

interface Profile {
  col: number;
  kind: ColumnKind;
  heading: string;
  filled: number;
  statusWords: number;
  dates: number;
  deadlines: number;
  percents: number;
  prose: number;
}

// The kinds of column that may hold an indicator's figure.
const FIGURE_KINDS = new Set<ColumnKind>(['result', 'value', 'percent']);

// Enough rows to judge a column; a report has a few dozen.
const SAMPLE_ROWS = 400;
const FITS = 0.6;

function profile(
  sheet: GridSheet,
  col: number,
  kind: ColumnKind,
  heading: string,
  dataRows: number[],
): Profile {
  const p: Profile = {
    col,
    kind,
    heading,
    filled: 0,
    statusWords: 0,
    dates: 0,
    deadlines: 0,
    percents: 0,
    prose: 0,
  };
  for (const r of dataRows) {
    const cell = cellAt(sheet, r, col);
    const text = cellText(cell);
    if (text === '') continue;
    p.filled++;
    if (statusPhrase(text) !== null) p.statusWords++;
    if (text.length > 40) p.prose++;
    if (percentFromCell(cell) !== null) p.percents++;
    const date = completionFromCell(cell);
    // "01/8/2025 - nay": the work's own period, still running — an actual date, not a deadline.
    if (isRunningPeriod(text)) p.dates++;
    else if (date && !date.approx) p.dates++;
    else if (date) {
      // "8/2025" reads as a month date and as a month deadline alike.
      p.dates += 0.5;
      p.deadlines += 0.5;
    } else {
      const d = parseDeadline(text);
      if (d.kind !== 'none' || parsePeriodFromText(text) !== null) p.deadlines++;
    }
  }
  return p;
}

const share = (n: number, p: Profile): number => (p.filled === 0 ? 0 : n / p.filled);

// How much a heading itself says "the day it was finished" rather than "the time allowed".
function completionWeight(heading: string): number {
  const h = heading.toLowerCase();
  if (/ngày hoàn thành|thời điểm hoàn thành|ngày ban hành|ngày thực hiện/.test(h)) return 2;
  if (/hoàn thành/.test(h)) return 1;
  return 0;
}

/** The latest period a heading names ("Tình trạng quý III/2025"), as a sortable key. */
function periodIn(heading: string): string | null {
  return parsePeriodFromText(heading);
}

export function resolveRoles(
  sheet: GridSheet,
  headed: Map<number, ColumnKind>,
  tableKind: 'task' | 'indicator',
  first: number,
  last: number,
  periods: ReadonlyMap<number, HeadingPeriod> = new Map(),
  reportEnd: number | null = null,
): Roles {
  // Every heading row over a column, top to bottom ("Kết quả thực hiện Lũy kế từ đầu năm").
  const headingsOf = (col: number): string => {
    const texts: string[] = [];
    for (let r = Math.max(1, first - 3); r < first; r++)
      texts.push(cellText(cellAt(sheet, r, col)));
    return texts.join(' ');
  };
  const headingOf = (col: number): string => {
    for (let r = Math.max(1, first - 2); r < first; r++) {
      const t = cellText(cellAt(sheet, r, col));
      if (t !== '') return t.replace(/\s+/g, ' ');
    }
    return columnLetter(col);
  };
  // Judged on the rows that carry a task or indicator text: not the column numbers "(1) (2)",
  // group rows or the signature block under the table.
  const subject = [...headed].find(([, k]) => k === 'task' || k === 'indicator')?.[0];
  const dataRows: number[] = [];
  for (let r = first; r <= last && dataRows.length < SAMPLE_ROWS; r++) {
    const t = subject === undefined ? 'x' : cellText(cellAt(sheet, r, subject));
    if (t.length > 3 && !/^\(?\d{1,2}\)?$/.test(t)) dataRows.push(r);
  }
  // A column headed only by a period holds that period's status (tasks) or figure (indicators).
  const periodKind: ColumnKind = tableKind === 'indicator' ? 'value' : 'status';
  const all = [...headed.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, kind]) =>
      profile(sheet, col, kind === 'period' ? periodKind : kind, headingOf(col), dataRows),
    );
  const out: Roles = {
    columns: {},
    extraProgress: [],
    notes: [],
    statusInDoubt: null,
    completedOnExact: false,
  };
  const profiles = latestPeriodOnly(all, periods, out, reportEnd);
  const taken = new Set<number>();
  const take = (role: ColumnKind, p: Profile): void => {
    out.columns[role] = p.col;
    taken.add(p.col);
  };
  const named = (p: Profile): string => `«${p.heading}» (cột ${columnLetter(p.col)})`;

  // A running total or state ("Lũy kế từ đầu năm", "Lũy kế đến nay").
  const cumulative = (p: Profile): boolean => /\bluy ke\b/.test(foldHeader(headingsOf(p.col)));

  if (tableKind === 'indicator') {
    // A running total ("Lũy kế từ đầu năm") is the figure that stands at the period's end, which
    // is what the plan's indicators measure; the period's own figure beside it ("Trong kỳ") is not.
    const figure = (p: Profile): boolean => FIGURE_KINDS.has(p.kind) && cumulative(p);
    const ordered = [...profiles.filter(figure), ...profiles.filter((p) => !figure(p))];
    if (ordered[0] !== profiles[0] && figure(ordered[0]!))
      out.notes.push(`Cột ${named(ordered[0]!)} (lũy kế) được đọc là số liệu của kỳ.`);
    for (const p of ordered) {
      if (taken.has(p.col)) continue;
      if (FIGURE_KINDS.has(p.kind)) {
        if (out.columns.value === undefined) take('value', p);
        else if (out.columns.note === undefined) take('note', p);
      } else if (p.kind !== 'unnamed' && out.columns[p.kind] === undefined) take(p.kind, p);
    }
    return out;
  }

  // 1. Percentages: a "percent" heading, or a status heading whose cells are 0–100 (unless the
  // heading explains its numbers: "Tình trạng (1: Đã hoàn thành; 2: …)").
  const percent = profiles.find(
    (p) =>
      (p.kind === 'percent' && (p.filled === 0 || share(p.percents, p) >= FITS)) ||
      (p.kind === 'status' &&
        p.filled > 0 &&
        share(p.percents, p) >= 0.8 &&
        statusLegend(p.heading) === null),
  );
  if (percent) {
    take('percent', percent);
    if (percent.kind === 'status')
      out.notes.push(`Cột ${named(percent)} ghi tỷ lệ phần trăm nên được đọc là tiến độ (%).`);
  }

  // 2. Status words: among the columns that could hold them, those whose cells are status words.
  const statusLike = profiles.filter(
    (p) =>
      !taken.has(p.col) &&
      ['status', 'progress', 'result', 'value'].includes(p.kind) &&
      p.filled > 0 &&
      share(p.statusWords, p) >= FITS,
  );
  const statusHeaded = profiles.filter(
    (p) => !taken.has(p.col) && p.kind === 'status' && !statusLike.includes(p),
  );
  if (statusLike.length === 1) {
    const p = statusLike[0]!;
    take('status', p);
    if (p.kind !== 'status')
      out.notes.push(
        `Cột ${named(p)} ghi tình trạng (đã hoàn thành, đang thực hiện…) nên được đọc là tiến độ.`,
      );
  } else if (statusLike.length > 1) {
    // Two columns of status words: the one whose heading names the later period ("Quý III"
    // beside "Quý II"); otherwise the clerk decides.
    const byPeriod = statusLike
      .map((p) => ({ p, period: periodIn(p.heading) }))
      .filter((x) => x.period !== null)
      .sort((a, b) => (a.period! < b.period! ? 1 : -1));
    const latest = byPeriod[0];
    // "Trong kỳ | Lũy kế đến nay": the running column holds the status at the period's end.
    const running = statusLike.filter(cumulative);
    if (running.length === 1) {
      take('status', running[0]!);
      out.notes.push(
        `Có ${statusLike.length} cột tình trạng; cột ${named(running[0]!)} (lũy kế) được dùng.`,
      );
    } else if (
      latest &&
      byPeriod.length === statusLike.length &&
      byPeriod[1]?.period !== latest.period
    ) {
      take('status', latest.p);
      out.notes.push(
        `Có ${statusLike.length} cột tình trạng; cột ${named(latest.p)} (kỳ gần nhất) được dùng.`,
      );
    } else {
      const p = statusLike.find((x) => x.kind === 'status') ?? statusLike[0]!;
      take('status', p);
      out.statusInDoubt = {
        columns: statusLike.map((x) => x.col),
        headings: statusLike.map((x) => x.heading),
      };
    }
  } else if (statusHeaded.length > 0) {
    // A status heading over prose: the prose is read for its status, as a result text.
    const p = statusHeaded[0]!;
    if (p.filled === 0 || share(p.prose, p) < 0.5) take('status', p);
  }

  // A column without a heading of its own that holds status words is the status, when no named
  // column is.
  const unnamed = profiles.filter((p) => p.kind === 'unnamed' && p.filled > 0);
  // Only one such column: two unnamed columns of the same content cannot be told apart.
  const only = (list: Profile[]): Profile | undefined => (list.length === 1 ? list[0] : undefined);
  const unnamedStatus = only(unnamed.filter((p) => share(p.statusWords, p) >= FITS));
  if (out.columns.status === undefined && out.columns.percent === undefined && unnamedStatus) {
    take('status', unnamedStatus);
    out.notes.push(
      `Cột ${columnLetter(unnamedStatus.col)} không có tiêu đề riêng nhưng ghi tình trạng (đã hoàn thành, đang thực hiện…) nên được đọc là tình trạng.`,
    );
  }

  // 3. Dates: the column of real dates is the completion date; plan deadlines are deadlines.
  const dateCols = profiles.filter(
    (p) => !taken.has(p.col) && (p.kind === 'completedOn' || p.kind === 'deadline'),
  );
  // A column of dates, or one headed plainly "Ngày hoàn thành" that does not hold deadlines.
  const completion = dateCols
    .filter(
      (p) =>
        p.filled === 0 ||
        share(p.dates, p) >= 0.5 ||
        (completionWeight(p.heading) === 2 && share(p.deadlines, p) < FITS),
    )
    .filter((p) => p.kind === 'completedOn' || share(p.dates, p) >= 0.8)
    .sort(
      (a, b) =>
        completionWeight(b.heading) - completionWeight(a.heading) ||
        share(b.dates, b) - share(a.dates, a),
    )[0];
  if (completion) {
    take('completedOn', completion);
    out.completedOnExact = completionWeight(completion.heading) === 2;
  }
  for (const p of dateCols) {
    if (taken.has(p.col)) continue;
    if (p.kind === 'completedOn' && p.filled > 0) {
      out.notes.push(
        `Cột ${named(p)} ghi thời hạn theo kế hoạch (như ${JSON.stringify(sample(sheet, p.col, first, last))}), không phải ngày hoàn thành, nên không được dùng làm ngày hoàn thành.`,
      );
    }
    if (out.columns.deadline === undefined) take('deadline', p);
  }

  // Likewise a column of dates without a heading, when no named column holds the completion date
  // (the date alone then never says "done": the clerk is asked).
  // ("Thời gian" over unnamed start and end dates gives two: neither is taken.)
  const unnamedDates = only(unnamed.filter((p) => !taken.has(p.col) && share(p.dates, p) >= 0.8));
  if (out.columns.completedOn === undefined && unnamedDates) {
    take('completedOn', unnamedDates);
    out.notes.push(
      `Cột ${columnLetter(unnamedDates.col)} không có tiêu đề riêng nhưng ghi ngày nên được đọc là ngày hoàn thành.`,
    );
  }

  // 4. Prose results: the first is the result, the others are read with it.
  for (const p of profiles) {
    if (taken.has(p.col)) continue;
    if (p.kind === 'progress' || p.kind === 'result' || p.kind === 'value' || p.kind === 'status') {
      if (out.columns.progress === undefined) take('progress', p);
      else {
        out.extraProgress.push(p.col);
        taken.add(p.col);
      }
      continue;
    }
    if (p.kind !== 'unnamed' && out.columns[p.kind] === undefined) take(p.kind, p);
  }
  return out;
}

/**
 * A cumulative table repeats a column per period ("Quý I | Quý II | Quý III" under one heading,
 * "Thực hiện" under "Năm 2024" and under "Năm 2025", three mark columns under each quarter): of
 * the columns of a kind that all name a period, only those of the latest period with anything
 * written in them are this report's; the others are left out (a later period still empty is the
 * rest of the year's template).
 */
function latestPeriodOnly(
  profiles: Profile[],
  periods: ReadonlyMap<number, HeadingPeriod>,
  out: Roles,
  reportEnd: number | null,
): Profile[] {
  // A period written without its year ("9 tháng", "Quý III") is of the report's year, or of the
  // one year the other headings name.
  const years = new Set([...periods.values()].map((p) => Math.floor(p.key / 100)).filter(Boolean));
  const year =
    reportEnd !== null ? Math.floor(reportEnd / 100) : years.size === 1 ? [...years][0]! : 0;
  const key = (p: Profile): number => {
    const k = periods.get(p.col)!.key;
    return k < 100 ? year * 100 + k : k;
  };
  const repeated = new Map<ColumnKind, Profile[]>();
  for (const kind of new Set(profiles.map((p) => p.kind))) {
    const same = profiles.filter((p) => p.kind === kind);
    // Two columns of one kind and one period cannot be told apart by it: content decides later.
    if (same.length < 2 || !same.every((p) => periods.has(p.col))) continue;
    if (new Set(same.map(key)).size !== same.length) continue;
    repeated.set(kind, same);
  }
  if (repeated.size === 0) return profiles;
  const all = [...repeated.values()].flat();
  // When a column is headed by the report's own time ("Thực hiện 9 tháng" in a nine-month
  // report), a column for a later time is a forecast ("Ước TH cả năm 2025") or a copy made ahead,
  // never this report's. (Without such a column, "Năm 2025" in a quarterly report is the year so
  // far, and the latest period is read.)
  const ownTime = reportEnd !== null && year > 0 && all.some((q) => key(q) === reportEnd);
  const ahead = (p: Profile): boolean => ownTime && key(p) > reportEnd!;
  const filledKeys = all.filter((p) => p.filled > 0 && !ahead(p)).map(key);
  const latest =
    filledKeys.length > 0
      ? Math.max(...filledKeys)
      : Math.max(...all.filter((p) => !ahead(p)).map(key), 0);
  const dropped = new Set<number>();
  for (const same of repeated.values()) {
    // A kind the latest period lacks keeps its own latest filled column.
    const filled = same.filter((p) => p.filled > 0 && !ahead(p));
    const current = same.filter((p) => !ahead(p));
    const pool = filled.length > 0 ? filled : current.length > 0 ? current : same;
    const keep =
      same.find((p) => key(p) === latest) ?? pool.reduce((a, b) => (key(b) > key(a) ? b : a));
    for (const p of same) if (p !== keep) dropped.add(p.col);
    // A row the kept period leaves empty may have said something in an earlier one.
    if (keep.kind === 'status')
      out.earlierStatus = same
        .filter((p) => key(p) < key(keep))
        .sort((a, b) => key(b) - key(a))
        .map((p) => ({ col: p.col, label: periods.get(p.col)!.label }));
  }
  const label = (p: Profile): string =>
    `«${periods.get(p.col)!.label}» (cột ${columnLetter(p.col)})`;
  const kept = all.filter((p) => !dropped.has(p.col));
  const left = all.filter((p) => dropped.has(p.col));
  out.notes.push(
    `Bảng có cột riêng cho từng kỳ; ${kept.length > 1 ? 'các cột' : 'cột'} ${kept.map(label).join(', ')} (kỳ gần nhất có số liệu) được đọc, ` +
      `${left.length > 1 ? 'các cột' : 'cột'} ${left.map(label).join(', ')} không được đọc.`,
  );
  return profiles.filter((p) => !dropped.has(p.col));
}

function sample(sheet: GridSheet, col: number, first: number, last: number): string {
  for (let r = first; r <= last; r++) {
    const t = cellText(cellAt(sheet, r, col));
    if (t !== '') return t;
  }
  return '';
}
