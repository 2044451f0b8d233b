// Reporting periods (kỳ báo cáo): keys, dates, due dates, Vietnamese labels, and recognising a
// period in a report title or a file name.

import { AppError } from '../errors';
import { PERIOD_MESSAGES } from '../messages/periods';
import type { IsoDate, Period, PeriodKind } from './types';
import {
  clampedDate,
  daysInMonth,
  endOfMonth,
  foldVietnamese,
  formatVnDate,
  fromRoman,
  parseVnDate,
  toRoman,
} from './text';

export interface MonthDay {
  month: number;
  day: number;
}

/** When each kind of report is due; configurable per plan. */
export interface DueRules {
  /** Monthly report: this day of the month being reported. */
  monthDay: number;
  /** Quarterly report: this day of the quarter's last month. */
  quarterDay: number;
  /** Six-monthly reports: [first half, second half]. */
  halfDue: [MonthDay, MonthDay];
  /** Yearly report: this day of the year being reported. */
  yearDue: MonthDay;
}

/**
 * Plan 145/KH-UBND (Lạng Sơn): monthly before the 20th, quarterly before the 10th of the quarter's
 * last month, six-monthly before 10 June, yearly before 30 November. Reports are due before the
 * period ends (the last weeks are estimated), as is usual in Vietnamese administration.
 * The plan names only 10 June for the six-monthly report; the second half uses 10 December by
 * symmetry (Nghị quyết 03/NQ-CP itself asks for 15 June and 1 December) — change it per plan.
 */
export const DEFAULT_DUE_RULES: DueRules = {
  monthDay: 20,
  quarterDay: 10,
  halfDue: [
    { month: 6, day: 10 },
    { month: 12, day: 10 },
  ],
  yearDue: { month: 11, day: 30 },
};

/** Dates of an ad hoc (đột xuất) period, which the user sets by hand. */
export interface AdhocDates {
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
}

/** A period the user gave that cannot be: a validation error on the `period` field. */
export function periodError(message: string): AppError {
  return new AppError('VALIDATION', message, { fields: [{ field: 'period', message }] });
}

function invalidKey(key: string): AppError {
  return periodError(PERIOD_MESSAGES.invalidKey(key));
}

/** The canonical key: `2025-10`, `2025-Q3`, `2025-H1`, `2025`, `2025-A1`. */
export function periodKey(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${String(index).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'year':
      return String(year);
    case 'adhoc':
      return `${year}-A${index}`;
  }
}

/** `2025-A1`: the first ad hoc period of 2025. Its dates live in the database, not in the key. */
const ADHOC_KEY = /^(\d{4})-A(\d{1,3})$/; // as periodFromKey reads it

/** Year and number of an ad hoc key (any case), or null for every other key. */
export function adhocKeyParts(key: string): { year: number; index: number } | null {
  const m = ADHOC_KEY.exec(key.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]);
  return year >= 1900 && index >= 1 ? { year, index } : null;
}

type FixedKind = Exclude<PeriodKind, 'adhoc'>;

function build(kind: FixedKind, year: number, index: number, rules: DueRules): Period {
  const key = periodKey(kind, year, index);
  switch (kind) {
    case 'month':
      return {
        kind,
        year,
        index,
        start: clampedDate(year, index, 1),
        end: endOfMonth(year, index),
        due: clampedDate(year, index, rules.monthDay),
        key,
      };
    case 'quarter': {
      const last = index * 3;
      return {
        kind,
        year,
        index,
        start: clampedDate(year, last - 2, 1),
        end: endOfMonth(year, last),
        due: clampedDate(year, last, rules.quarterDay),
        key,
      };
    }
    case 'half': {
      const rule = rules.halfDue[index - 1] ?? rules.halfDue[0];
      return {
        kind,
        year,
        index,
        start: clampedDate(year, index === 1 ? 1 : 7, 1),
        end: endOfMonth(year, index === 1 ? 6 : 12),
        due: clampedDate(year, rule.month, rule.day),
        key,
      };
    }
    case 'year':
      return {
        kind,
        year,
        index: 0,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
        due: clampedDate(year, rules.yearDue.month, rules.yearDue.day),
        key,
      };
  }
}

/**
 * The period for a key: `2025-10` (month), `2025-Q3`, `2025-H1`, `2025` (year), `2025-A1` (ad hoc;
 * its dates must be given in `adhoc`). Lower case and `2025-1` are accepted; the returned key is
 * canonical. Throws a VALIDATION AppError (field `period`) with a Vietnamese message otherwise.
 */
export function periodFromKey(
  key: string,
  rules: DueRules = DEFAULT_DUE_RULES,
  adhoc?: AdhocDates,
): Period {
  const k = key.trim().toUpperCase();
  const m = /^(\d{4})(?:-(?:(\d{1,2})|Q(\d)|H(\d)|A(\d{1,3})))?$/.exec(k);
  if (!m) throw invalidKey(key);
  const year = Number(m[1]);
  if (year < 1900) throw invalidKey(key);
  const [, , month, quarter, half, seq] = m;
  if (month !== undefined) {
    const i = Number(month);
    if (i < 1 || i > 12) throw invalidKey(key);
    return build('month', year, i, rules);
  }
  if (quarter !== undefined) {
    const i = Number(quarter);
    if (i < 1 || i > 4) throw invalidKey(key);
    return build('quarter', year, i, rules);
  }
  if (half !== undefined) {
    const i = Number(half);
    if (i < 1 || i > 2) throw invalidKey(key);
    return build('half', year, i, rules);
  }
  if (seq !== undefined) {
    const i = Number(seq);
    if (i < 1) throw invalidKey(key);
    if (!adhoc) {
      throw periodError(PERIOD_MESSAGES.adhocNeedsDates(key));
    }
    const valid = [adhoc.start, adhoc.end, adhoc.due].every((d) => parseVnDate(d) === d);
    if (!valid || adhoc.start > adhoc.end) {
      throw periodError(PERIOD_MESSAGES.adhocDatesOrder(key));
    }
    return {
      kind: 'adhoc',
      year,
      index: i,
      start: adhoc.start,
      end: adhoc.end,
      due: adhoc.due,
      key: periodKey('adhoc', year, i),
    };
  }
  return build('year', year, 0, rules);
}

/** Every period of one kind in a year, in order; none for ad hoc periods. */
export function listPeriods(
  kind: PeriodKind,
  year: number,
  rules: DueRules = DEFAULT_DUE_RULES,
): Period[] {
  if (kind === 'adhoc') return [];
  if (kind === 'year') return [build('year', year, 0, rules)];
  const count = { month: 12, quarter: 4, half: 2 }[kind];
  const out: Period[] = [];
  for (let i = 1; i <= count; i++) out.push(build(kind, year, i, rules));
  return out;
}

function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The period after `p`, of the same kind ("kỳ tới": the next month, quarter, half or year); after
 * an ad hoc period, one as long starting the next day (its due date is its last day).
 */
export function nextPeriod(p: Period, rules: DueRules = DEFAULT_DUE_RULES): Period {
  switch (p.kind) {
    case 'month':
      return p.index === 12
        ? build('month', p.year + 1, 1, rules)
        : build('month', p.year, p.index + 1, rules);
    case 'quarter':
      return p.index === 4
        ? build('quarter', p.year + 1, 1, rules)
        : build('quarter', p.year, p.index + 1, rules);
    case 'half':
      return p.index === 2 ? build('half', p.year + 1, 1, rules) : build('half', p.year, 2, rules);
    case 'year':
      return build('year', p.year + 1, 0, rules);
    case 'adhoc': {
      const days = Math.round(
        (Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${p.start}T00:00:00Z`)) / 86_400_000,
      );
      const start = addDays(p.end, 1);
      const end = addDays(start, days);
      return {
        kind: 'adhoc',
        year: Number(start.slice(0, 4)),
        index: p.index + 1,
        start,
        end,
        due: end,
        key: periodKey('adhoc', p.year, p.index + 1),
      };
    }
  }
}

/**
 * How the period reads in a report: `tháng 10 năm 2025`, `quý III năm 2025`,
 * `6 tháng đầu năm 2025`, `6 tháng cuối năm 2025`, `năm 2025`, `đột xuất (01/09/2025 – 15/09/2025)`.
 */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.index} năm ${p.year}`;
    case 'quarter':
      return `quý ${toRoman(p.index)} năm ${p.year}`;
    case 'half':
      return `6 tháng ${p.index === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
    case 'adhoc':
      return `đột xuất (${formatVnDate(p.start)} – ${formatVnDate(p.end)})`;
  }
}

/** A report received after its due date is late; on the due date itself it is on time. */
export function isLate(received: IsoDate, p: Period): boolean {
  return received > p.due;
}

const Y = '((?:19|20|21)\\d{2})';
// Between a number and the year: "/", "-", "năm", or the spaces left from "_" in file names.
const SEP = '\\s*(?:/|-|nam)?\\s*';

/**
 * Finds the period a report title or file name is about and returns its key, or null:
 * "QUÝ III NĂM 2025", "quý 3/2025", "BC_Q3_2025_SoNoiVu.xlsx" → `2025-Q3`; "tháng 10 năm 2025",
 * "tháng 10/2025", "T10_2025" → `2025-10`; "6 tháng đầu năm 2025" → `2025-H1`, "6 tháng cuối năm
 * 2025" → `2025-H2`; "năm 2025" → `2025`. Dates such as "ngày 05 tháng 9 năm 2025" or "05/9/2025"
 * (the cover letter's date) are ignored. The shortest period mentioned wins over "năm 2025".
 */
export function parsePeriodFromText(text: string): string | null {
  let f = foldVietnamese(text.replace(/[_+]+/g, ' '));
  const window = periodOfWindow(f);
  if (window) return window;
  // Drop full dates first so that their month and year are not taken for the period.
  f = f
    .replace(/ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/g, ' ')
    .replace(/\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/g, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    .replace(/\.(?:xlsx|xlsm|xls|ods|docx|doc|pdf|csv)$/, ' ')
    .replace(/\./g, ' ');

  // "Kết quả 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2025": what follows "phương hướng /
  // nhiệm vụ / kế hoạch" is the next period's plan, unless the part before names no period.
  const plan = /\b(?:phuong huong|nhiem vu|ke hoach|muc tieu)\b/.exec(f);
  if (plan && plan.index > 0) {
    const head = f.slice(0, plan.index);
    const year =
      /\b((?:19|20|21)\d{2})\b/.exec(head)?.[1] ?? /\b((?:19|20|21)\d{2})\b/.exec(f)?.[1];
    const own = narrowed(head, year) ?? periodIn(head);
    if (own) return own;
  }
  return narrowed(f, null) ?? periodIn(f);
}

const WINDOW =
  /\btu\s*(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*(?:den|-|–)\s*(?:het\s*)?(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/;

/**
 * The period of a data window ("số liệu từ ngày 15/6/2025 đến ngày 14/9/2025"): by the reporting
 * rules (Nghị định 09/2019/NĐ-CP, from the 15th of the month before the period to the 14th of its
 * last month) or by the calendar (1/7 to 30/9). Months 1–9 are the cumulative report sent for the
 * third quarter. Null for a window that is no reporting period.
 */
function periodOfWindow(f: string): string | null {
  const m = WINDOW.exec(f);
  if (!m) return null;
  const [d1, m1, y1, d2, m2, y2] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let first: number;
  let firstYear: number;
  if (d1 === 15 && d2 === 14) {
    // The rules' window: the months after the start month, up to the end month.
    first = m1 === 12 ? 1 : m1 + 1;
    firstYear = m1 === 12 ? y1 + 1 : y1;
  } else if (d1 === 1 && d2 === daysInMonth(y2, m2)) {
    first = m1;
    firstYear = y1;
  } else return null;
  if (firstYear !== y2 || first > m2) return null;
  if (first === m2) return periodKey('month', y2, m2);
  if (m2 - first === 2 && m2 % 3 === 0) return periodKey('quarter', y2, m2 / 3);
  if (m2 - first === 5 && m2 % 6 === 0) return periodKey('half', y2, m2 / 6);
  if (first === 1 && m2 === 9) return periodKey('quarter', y2, 3);
  if (first === 1 && m2 === 12) return String(y2);
  return null;
}

// A quarter or half named without its year ("(quý 3)", "6 tháng đầu năm và …"); months are left
// out, since "số liệu đến hết tháng 11" is a cut-off date, not the period.
const YEARLESS =
  /\b(?:quy\s*(?:iv|i{1,3}|[1-4])|(?:6|sau) ?thang (?:dau|cuoi)(?: nam)?|9 ?thang(?: dau)?(?: nam)?)\b(?!\s*(?:\/|-|nam)?\s*(?:19|20|21)\d{2})/;

/**
 * The period of a folded text whose only year stands apart from its quarter or half ("KH 1205
 * năm 2025 (quý 3)"), the year taken from the text or from `year`; null when there is no such pair.
 */
function narrowed(f: string, year: string | null | undefined): string | null {
  const phrase = YEARLESS.exec(f);
  if (!phrase) return null;
  const own = periodIn(f);
  const y = own !== null && /^\d{4}$/.test(own) ? own : own === null ? year : null;
  return y ? periodIn(`${phrase[0]} nam ${y}`) : null;
}

/** The period a folded text names with its year, the shortest first. */
function periodIn(f: string): string | null {
  const key = (kind: PeriodKind, year: string, index: number): string | null =>
    index >= 1 ? periodKey(kind, Number(year), index) : null;

  // "9 tháng năm 2025" is the cumulative report sent for the third quarter; "3 tháng đầu năm" the
  // first quarter's.
  let m = new RegExp(`\\b(9|chin|3|ba) ?thang(?: dau)?(?: nam)?${SEP}${Y}\\b`).exec(f);
  if (m) return key('quarter', m[2] ?? '', m[1] === '9' || m[1] === 'chin' ? 3 : 1);
  m = new RegExp(`\\b(?:6|sau) ?thang (dau|cuoi)(?: nam)?${SEP}${Y}\\b`).exec(f);
  if (m) return key('half', m[2] ?? '', m[1] === 'dau' ? 1 : 2);
  // "Báo cáo 6 tháng năm 2025" is, by custom, the first half.
  m = new RegExp(`\\b(?:6|sau) ?thang(?: nam)?${SEP}${Y}\\b`).exec(f);
  if (m) return key('half', m[1] ?? '', 1);
  m = new RegExp(`\\b(?:${Y}${SEP}h([12])|h([12])${SEP}${Y})\\b`).exec(f);
  if (m) return m[1] ? key('half', m[1], Number(m[2])) : key('half', m[4] ?? '', Number(m[3]));

  m = new RegExp(`\\bquy\\s*(iv|i{1,3}|[1-4])${SEP}${Y}\\b`).exec(f);
  if (m) {
    const q = /^\d$/.test(m[1] ?? '') ? Number(m[1]) : (fromRoman(m[1] ?? '') ?? 0);
    return key('quarter', m[2] ?? '', q);
  }
  m = new RegExp(`\\b(?:${Y}${SEP}q([1-4])|q([1-4])${SEP}${Y})\\b`).exec(f);
  if (m)
    return m[1] ? key('quarter', m[1], Number(m[2])) : key('quarter', m[4] ?? '', Number(m[3]));

  m = new RegExp(`\\b(?:thang|t)\\s*(1[0-2]|0?[1-9])${SEP}${Y}\\b`).exec(f);
  if (m) return key('month', m[2] ?? '', Number(m[1]));
  m = new RegExp(`\\b${Y}-(1[0-2]|0[1-9])\\b`).exec(f);
  if (m) return key('month', m[1] ?? '', Number(m[2]));

  m = new RegExp(`\\bnam\\s*${Y}\\b`).exec(f);
  if (m) return m[1] ?? null;
  return null;
}
