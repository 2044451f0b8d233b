// Cell readings of an agency's own report: formula errors, status words and x-marks, completion
// dates (in a date cell or inside a result text) and indicator figures.

import {
  endOfMonth,
  foldVietnamese,
  formatVnNumber,
  parseVnDate,
  parseVnNumber,
} from '../../../shared/domain/text';
import { figureInText, isPercentUnit } from '../../../shared/domain/figure-in-text';
import type { IsoDate, ReportedStatus } from '../../../shared/domain/types';
import { cellText, type GridCell } from './grid';

const ERROR_TEXT = /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The formula error a cell shows, if any. */
export function formulaError(cell: GridCell | null): string | null {
  if (!cell) return null;
  if (cell.error) return cell.error;
  const t = cell.text.trim();
  return ERROR_TEXT.test(t) ? t.toUpperCase() : null;
}

// "Hoàn thành một phần": a part of the task is done, so the task is under way.
const PART_DONE = /^(?:da )?(?:hoan thanh|thuc hien|trien khai) mot phan\b/;

/** Status words as agencies write them, folded, checked from the start of the text. */
const STATUS_WORDS: ReadonlyArray<[RegExp, ReportedStatus]> = [
  [
    // "Chưa đến thời hạn / kỳ": not yet due, so not yet begun.
    /^(?:chua (?:thuc hien|trien khai|bat dau|lam|co)|khong (?:thuc hien|trien khai)|chua den (?:thoi han|han|ky|thoi diem|thoi gian))\b/,
    'not_started',
  ],
  [
    // "Cơ bản hoàn thành" (mostly done) is not done; "đúng / đảm bảo / chậm tiến độ" is under way.
    /^(?:dang\b|chua hoan thanh|da va dang|tiep tuc|(?:thuc hien |trien khai )?thuong xuyen|hang (?:nam|quy|thang)|co ban hoan thanh|(?:gan|sap) hoan thanh|(?:dung|dam bao|cham) (?:tien do|ke hoach)\b)/,
    'in_progress',
  ],
  [
    // The agency's product is with the authority that issues it ("Đã trình UBND tỉnh", "Chờ phê
    // duyệt", "Chờ ký ban hành" alone): its part is written, the task is not done until issued.
    /^(?:da trinh\b|cho (?:phe duyet|tham dinh|ky duyet|ky(?: ban hanh)?)\W*$)/,
    'in_progress',
  ],
  [
    // A draft written ("Đã xây dựng dự thảo") or sent out for appraisal or comments: under way.
    /^(?:da (?:xay dung|hoan thien|soan thao) (?:xong )?du thao\b|da gui\b.{0,60}\b(?:tham dinh|gop y|xin y kien|lay y kien)\b)/,
    'in_progress',
  ],
  [PART_DONE, 'in_progress'],
  [/^(?:da hoan thanh|hoan thanh|da xong|xong|da thuc hien xong|da trien khai xong)\b/, 'done'],
];
// A status column (not free text) may also say just "đã thực hiện" / "đã triển khai", or use
// the short forms "HT", "Đang TH", "Chưa TH", "TX" (thường xuyên).
const STATUS_COLUMN_EXTRA: ReadonlyArray<[RegExp, ReportedStatus]> = [
  [/^(?:da thuc hien|da trien khai|da ban hanh|dat|da ht|da th|ht)\b/, 'done'],
  // The product approved or signed, said alone ("Đã phê duyệt", "Đã ký ban hành").
  [/^da (?:phe duyet|ky ban hanh|ky|thong qua|nghiem thu)\W*$/, 'done'],
  [/^(?:dang th|dang tk|tx)\b/, 'in_progress'],
  [/^(?:chua th|chua tk)\b/, 'not_started'],
];

/**
 * "Chưa hoàn thành" says the work is not done, not whether it has started: the status comes from
 * the result text, or the clerk is asked.
 */
export function isNotDoneOnly(text: string): boolean {
  return /^chua hoan thanh\b/.test(foldStatus(text));
}

// A cell's words are asked several questions (a percent? a status? prose?); and sixty forms repeat
// the same few status words: each text is folded once (bounded).
const FOLDED = new Map<string, string>();

function foldStatus(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    folded = foldVietnamese(text).replace(/^[\s\-+.*•:]+/, '');
    if (FOLDED.size >= 20_000) FOLDED.clear();
    FOLDED.set(text, folded);
  }
  return folded;
}

// "Đạt một phần", "hoàn thành một số nội dung", "không đạt": qualified, not a plain status.
const QUALIFIED = /\b(?:mot phan|mot so|chua dat|khong dat|chua day du)\b/;

// "… chờ phê duyệt / ký ban hành / thẩm định / nghiệm thu": the work awaits someone's approval.
const AWAITING = /\bcho (?:phe duyet|ky|ban hanh|tham dinh|xem xet|thong qua|nghiem thu)\b/;

// "Hoàn thành" said of a step of the task — its draft, a phase, a share below 100 % — not of the
// task: "Đã hoàn thành dự thảo", "Hoàn thành giai đoạn 1", "Đã hoàn thành 90% khối lượng".
const STEP_DONE =
  /^(?:da )?(?:hoan thanh|xong)\s+(?:(?:viec )?(?:xay dung )?du thao|giai doan|buoc|(?:khoang |tren |gan |duoc )?\d{1,2}(?:[.,]\d+)?\s*%)/;

export function statusFromText(text: string, statusColumn: boolean): ReportedStatus | null {
  const f = foldStatus(text);
  if (f === '' || (QUALIFIED.test(f) && !PART_DONE.test(f))) return null;
  const rules = statusColumn ? [...STATUS_WORDS, ...STATUS_COLUMN_EXTRA] : STATUS_WORDS;
  for (const [re, status] of rules) {
    if (!re.test(f)) continue;
    if (status !== 'done') return status;
    if (STEP_DONE.test(f) || someOfAll(f)) return 'in_progress';
    // "Hoàn thành (chờ phê duyệt)": written, but not yet approved or signed — the clerk decides.
    return AWAITING.test(f) ? null : 'done';
  }
  return null;
}

// "Đã hoàn thành 01/03 nội dung", "hoàn thành 2/3 hạng mục": some of the parts, not the task
// ("12/12 TTHC" is all of them). A day ("hoàn thành 5/8/2025", "5/8 năm …") is no count.
const SOME_OF_ALL =
  /^(?:da )?(?:hoan thanh|xong)\W{0,3}(\d{1,3})\s*\/\s*(\d{1,3})(?!\s*[/.-]?\s*\d)\s+(?!nam\b|ngay\b|thang\b)[a-z]/;

function someOfAll(folded: string): boolean {
  const m = SOME_OF_ALL.exec(folded);
  return m !== null && Number(m[1]) < Number(m[2]);
}

/**
 * The status of a cell that is a bare status phrase ("Đã hoàn thành", "Đang thực hiện.", "x Hoàn
 * thành"), or null when the cell says more than that (then it is prose, read by statusFromProse).
 */
export function statusPhrase(text: string): ReportedStatus | null {
  const status = statusFromText(text, true);
  if (status === null) return null;
  const words = foldStatus(text)
    .replace(/[^a-z0-9%\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.length <= 4 ? status : null;
}

/** Recurring work ("Thực hiện thường xuyên", "Hằng năm"): reported as in progress, noted as such. */
export function isRecurringText(text: string): boolean {
  return /^(?:thuc hien |trien khai |nhiem vu )?(?:thuong xuyen|hang (?:nam|quy|thang)|hang nam)\b/.test(
    foldStatus(text),
  );
}

// Clauses inside a prose result that contradict its opening words: "Hoàn thành khảo sát; đang xây
// dựng dự thảo" is not done.
const STILL_GOING =
  /(?:^|[;,.]\s*|\s)(?:dang (?:trien khai|thuc hien|xay dung|hoan thien|lam)|chua hoan thanh|tiep tuc (?:trien khai|thuc hien))\b/;
const NOT_YET = /(?:^|[;,.]\s*)chua (?:trien khai|thuc hien|bat dau)\b/;

// "đạt khoảng 60% khối lượng", "được 30% kế hoạch": how far the work itself has come.
const PROGRESS_SHARE =
  /(?:dat|duoc|hoan thanh|thuc hien)\s*(?:khoang|gan|tren|duoc)?\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:khoi luong|ke hoach|cong viec|tien do|nhiem vu)\b/;

/** The share of the work done as a status: 100 done, 0 not started, anything between under way. */
export function statusOfPercent(p: number): ReportedStatus {
  return p >= 100 ? 'done' : p <= 0 ? 'not_started' : 'in_progress';
}

/**
 * A status cell that is a percentage with at most a verb ("Hoàn thành 80%", "Đạt 50%", "Được 30%
 * khối lượng", "0%"): the share of the work done, whatever the verb — 100 done, 0 not started.
 */
export function percentStatus(text: string): { status: ReportedStatus; percent: number } | null {
  const m =
    /^(?:(?:da\s+)?(?:hoan thanh|xong|dat|duoc|thuc hien|thuc hien duoc|trien khai|trien khai duoc)\s*(?:khoang|duoc|tren|gan)?\s*)?(\d{1,3}(?:[.,]\d+)?)\s*%(?:\s*(?:khoi luong|ke hoach|cong viec|tien do|nhiem vu))?\s*\.?$/.exec(
      foldStatus(text).trim(),
    );
  const p = m ? parseVnNumber(m[1] ?? '') : null;
  if (p === null || p < 0 || p > 100) return null;
  return { status: statusOfPercent(p), percent: p };
}

/**
 * A status column's cell written as a number explained by a legend in its heading ("Tình trạng
 * (1: Đã hoàn thành; 2: Đang thực hiện; 3: Chưa thực hiện)"): the legend, number → status.
 */
export function statusLegend(heading: string): Map<string, ReportedStatus> | null {
  const legend = new Map<string, ReportedStatus>();
  const f = foldVietnamese(heading);
  for (const m of f.matchAll(/(?:^|[(;,\s])(\d|[a-e])\s*[:=\-–]\s*([^;,()]+)/g)) {
    const status = statusPhrase(m[2] ?? '');
    if (status) legend.set(m[1] ?? '', status);
  }
  // Short codes: "ĐHT - Đã hoàn thành; ĐTH - Đang thực hiện", "(HT: hoàn thành, CTH: chưa …)".
  const seen = new Map<string, ReportedStatus | null>();
  for (const piece of f.split(/[;,()\n]/)) {
    const m = /(?:^|\s)(\d|[a-z]{1,4})\s*(?:[:=–]|\s-)\s*(.+)$/.exec(
      piece.replace(/^\s*(?:\(?\*+\)?\s*)?(?:ghi chu|chu thich|chu giai)?\s*:?\s*/, ''),
    );
    if (!m || !m[1]) continue;
    const status = statusPhrase(m[2] ?? '');
    if (!status) continue;
    // A code explained twice, two ways, explains nothing.
    seen.set(m[1], seen.has(m[1]) && seen.get(m[1]) !== status ? null : status);
  }
  for (const [code, status] of seen) if (status && !legend.has(code)) legend.set(code, status);
  return legend.size >= 2 ? legend : null;
}

/**
 * What a prose result says about the status: its opening words, and whether a later clause says
 * otherwise (then the reading is in doubt and the clerk is asked). `unsure`: the text says the
 * work is not finished ("Chưa hoàn thành", "… chưa hoàn thành việc …") without saying whether it
 * has started — the clerk is asked.
 */
export function statusFromProse(text: string): {
  status: ReportedStatus | null;
  contradicted: boolean;
  unsure?: boolean;
  /** The status was gathered from parts with their own statuses (their percents are theirs). */
  parts?: boolean;
} {
  const fromParts = statusOfParts(text);
  if (fromParts) return { status: fromParts, contradicted: false, parts: true };
  const f = foldStatus(text);
  if (/^chua hoan thanh\b/.test(f)) {
    // "Chưa hoàn thành" says not done; the rest of the sentence says whether it started.
    const rest = f.replace(/^chua hoan thanh\b\W*/, '');
    if (/^(?:chua|khong) (?:trien khai|thuc hien|bat dau)\b/.test(rest) || NOT_YET.test(rest))
      return { status: 'not_started', contradicted: false };
    if (STILL_GOING.test(` ${rest}`) || /^dang\b/.test(rest) || PROGRESS_SHARE.test(rest))
      return { status: 'in_progress', contradicted: false };
    return { status: null, contradicted: false, unsure: true };
  }
  const status = statusFromText(text, false);
  if (status === null) {
    const share = PROGRESS_SHARE.exec(f);
    const p = share ? parseVnNumber(share[1] ?? '') : null;
    if (p !== null && p > 0 && p < 100) return { status: 'in_progress', contradicted: false };
    return { status: null, contradicted: false, unsure: /\bchua hoan thanh\b/.test(f) };
  }
  const rest = foldStatus(text).replace(/^\S+\s+\S+/, '');
  const contradicted =
    (status === 'done' && (STILL_GOING.test(rest) || NOT_YET.test(rest))) ||
    (status === 'not_started' && STILL_GOING.test(rest) && !/^chua/.test(rest.trim()));
  return { status, contradicted };
}

/**
 * A result listing parts each with its own status ("- Hội thảo 1: đã hoàn thành;\n- Hội thảo 2:
 * đang thực hiện"): done only when every part is, not started when none has started, otherwise
 * under way. Null unless there are two parts or more and each states a status after its colon.
 */
export function statusOfParts(text: string): ReportedStatus | null {
  const parts = text
    .split(/[\n;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return null;
  const statuses: ReportedStatus[] = [];
  for (const part of parts) {
    const colon = part.lastIndexOf(':');
    if (colon < 0) return null;
    // "Tình trạng: …; Ghi chú: …" names the fields of one report, not parts of the work.
    if (
      /^[\s\-+•–*]*(?:tinh trang|ghi chu|ket qua|tien do|thoi gian|danh gia)\b/.test(
        foldVietnamese(part.slice(0, colon)),
      )
    )
      return null;
    const status = statusPhrase(part.slice(colon + 1).replace(/\([^()]*\)/g, ' '));
    if (status === null) return null;
    statuses.push(status);
  }
  const distinct = new Set(statuses);
  return distinct.size === 1 ? statuses[0]! : 'in_progress';
}

/** A progress percentage: a number 0–100, "70%", "70 %", or 0–1 behind a percent format. */
export function percentFromCell(cell: GridCell | null): number | null {
  if (!cell || formulaError(cell)) return null;
  const text = cellText(cell);
  if (typeof cell.value === 'number') {
    const v = text.endsWith('%') ? (parseVnNumber(text) ?? cell.value * 100) : cell.value;
    return v >= 0 && v <= 100 ? Math.round(v * 100) / 100 : null;
  }
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  if (!m) return null;
  const v = parseVnNumber(m[1] ?? '');
  return v !== null && v >= 0 && v <= 100 ? v : null;
}

/** A percentage written in prose: "đạt khoảng 70%", "được 45 %". */
export function percentInText(text: string): number | null {
  const m = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(text);
  if (!m) return null;
  const v = parseVnNumber(m[1] ?? '');
  return v !== null && v >= 0 && v <= 100 ? v : null;
}

// What counts as "not marked" in an x-mark column; anything else ("x", "X", "✓", "1", a date) is.
// An empty box or circle ("☐", "□", "○") is the form's blank, not a tick.
const NOT_A_MARK = new Set(['', '0', '-', '–', '—', 'khong', 'k', '☐', '□', '○', '◯']);

export function isMarked(cell: GridCell | null): boolean {
  if (!cell || formulaError(cell)) return false;
  if (cell.value === false) return false;
  return !NOT_A_MARK.has(foldVietnamese(cellText(cell)));
}

// Excel serials from 2000 to 2100; a bare number outside is not a date someone typed.
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_051;
const DATE_IN_TEXT =
  /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})/;

function serialDate(n: number): IsoDate | null {
  return n >= SERIAL_MIN && n <= SERIAL_MAX ? parseVnDate(n) : null;
}

/** A completion date read from a cell; `approx` when the cell gave only the month. */
export interface ReadDate {
  date: IsoDate;
  approx: boolean;
  /**
   * Read as the end of a range of whole months ("01/7/2025 - 30/9/2025", "Tháng 7-8/2025"): the
   * shape of a time frame the plan allows as much as of the work's own period.
   */
  frame?: boolean;
}

// "tháng 8/2025", "T7/2025", "8/2025", "08-2025", "tháng 8 năm 2025".
const MONTH_ONLY = /^(?:thang|t)?\s*(1[0-2]|0?[1-9])\s*(?:[/.-]|nam)\s*(20\d{2})$/;
const MONTH_IN_TEXT = /(?:thang|\bt)\s*(1[0-2]|0?[1-9])\s*(?:[/.-]|nam)\s*(20\d{2})\b/;

// The work's own period as a range: "Từ 01/7/2025 đến 15/8/2025", "01/7 – 20/9/2025" (the end
// is when it finished), "Tháng 7-8/2025" (in the last month), "01/8/2025 - nay" (still running).
const DAY = String.raw`\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?`;
const DAY_RANGE = new RegExp(
  String.raw`^(?:tu\s*)?(?:ngay\s*)?${DAY}\s*(?:\s[-–—~]\s|[–—~]|den)\s*(?:ngay\s*)?(\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4})$`,
);
const MONTH_RANGE =
  /^(?:tu\s*)?(?:thang|t)\s*(?:1[0-2]|0?[1-9])\s*(?:[-–—~]|den)\s*(?:thang|t)?\s*(1[0-2]|0?[1-9])\s*[/.-]\s*(20\d{2})$/;
const RUNNING = /(?:\s[-–—~]\s*|[–—~]\s*|\bden\s+)(?:nay|hien nay|hien tai)$/;

/** "01/8/2025 - nay", "từ tháng 7 đến nay": a period of work still running, no completion date. */
export function isRunningPeriod(text: string): boolean {
  return RUNNING.test(foldVietnamese(text).trim());
}

/** The end of a range of days or months ("Từ 01/7/2025 đến 15/8/2025"), when the cell is one. */
function rangeEnd(text: string): ReadDate | null {
  const f = foldVietnamese(text).trim();
  const day = DAY_RANGE.exec(f);
  const end = day ? parseVnDate(day[1]!.replace(/\s+/g, '').replace(/\./g, '/')) : null;
  if (end) {
    const wholeMonths =
      /^(?:tu\s*)?(?:ngay\s*)?0?1\s*[/.]/.test(f) &&
      end === endOfMonth(Number(end.slice(0, 4)), Number(end.slice(5, 7)));
    return { date: end, approx: false, ...(wholeMonths ? { frame: true } : {}) };
  }
  const month = MONTH_RANGE.exec(f);
  return month
    ? { date: endOfMonth(Number(month[2]), Number(month[1])), approx: true, frame: true }
    : null;
}

/** A day date, else a month-only date (the month's last day, marked approximate); never dropped. */
export function completionFromCell(cell: GridCell | null): ReadDate | null {
  if (cell && typeof cell.value === 'string' && !formulaError(cell)) {
    const text = cellText(cell);
    if (isRunningPeriod(text)) return null;
    const range = rangeEnd(text);
    if (range) return range;
  }
  const day = dateFromCell(cell);
  if (day) return { date: day, approx: false };
  if (!cell || formulaError(cell)) return null;
  const f = foldVietnamese(cellText(cell)).replace(/^(?:ngay hoan thanh|hoan thanh)\s*/, '');
  const m = MONTH_ONLY.exec(f) ?? MONTH_IN_TEXT.exec(f);
  return m ? { date: endOfMonth(Number(m[2]), Number(m[1])), approx: true } : null;
}

function dateFromCell(cell: GridCell | null): IsoDate | null {
  if (!cell || formulaError(cell)) return null;
  const v = cell.value;
  if (v instanceof Date) return parseVnDate(v);
  if (typeof v === 'number') return serialDate(v);
  const text = cellText(cell);
  const whole = parseVnDate(text);
  if (whole) return whole;
  // A serial kept as text (pasted from another program, or a General cell typed over): "45870".
  if (/^\d{5}$/.test(text.trim())) return serialDate(Number(text.trim()));
  // "5/8/25": day and month first, the year in two digits (this century).
  const short = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})$/.exec(text.trim());
  if (short) return parseVnDate(`${short[1]}/${short[3]}/20${short[4]}`);
  const m = DATE_IN_TEXT.exec(foldVietnamese(text));
  return m ? parseVnDate(m[1] ?? '') : null;
}

const DAY_DATE = String.raw`(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})`;
const MONTH_DATE = String.raw`(?:thang|t)\s*(1[0-2]|0?[1-9])\s*(?:[/.-]|nam)\s*(20\d{2})`;
// "hoàn thành ngày 15/8/2025", "xong (ngày 14/01/2025)", "hoàn thành T9/2025": the date the work
// was finished, right after the words that say so. "dự kiến xong 12/2025" is a plan, not a date.
const FINISHED_ON = new RegExp(
  String.raw`(?<!du kien |du kien se |ke hoach )(?:hoan thanh|xong|ket thuc)\W{0,3}(?:(?:vao|tu|ngay|luc)\s*)*(?:` +
    DAY_DATE +
    '|' +
    MONTH_DATE +
    ')',
);
// "Hoàn thành xây dựng Trung tâm … ngày 15/8/2025": the same clause, further on, as long as no
// document number stands between (then the date is that document's).
const FINISHED_LATER = new RegExp(
  String.raw`(?<!du kien |du kien se |ke hoach )(?:hoan thanh|xong|ket thuc)([^;.]{0,160}?)ngay\s*` +
    DAY_DATE,
);
const ANY_DAY = new RegExp(String.raw`ngay\s*` + DAY_DATE);
// "… theo Kế hoạch số 98/KH-STP ngày 10/6/2025", "căn cứ Quyết định số … ngày …": the document the
// work follows, dated before the work began; its day is never the work's end.
const BASIS_DOCUMENT =
  /\b(?:theo|can cu|tai)\s+(?:ke hoach|kh|quyet dinh|qd|cong van|cv|van ban|nghi quyet|nq|chi thi|huong dan|thong bao|de an)\s+so\b[^;]*?ngay\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/g;
// "Hoàn thành ngày 30/9": a day and month after the words that say the work was finished, no year.
const FINISHED_NO_YEAR =
  /(?<!du kien |du kien se |ke hoach )(?:hoan thanh|xong|ket thuc)\W{0,3}(?:(?:vao|ngay|luc)\s*)+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d|\s*[/.-]\s*\d)/;
// A result opening with its day: "Ngày 05/7 đã ban hành …", "Ngày 12/8/2025, hoàn thành …".
const LEADING_DAY =
  /^\W*ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d|\s*[/.-]\s*\d)\W*(?:da\s+)?(?:ky\s+)?(hoan thanh|xong|ban hanh)\b/;

// A task that is itself to write a document ("Xây dựng kế hoạch …", "Ban hành bộ quy tắc …",
// "Tham mưu văn bản …"), and a result saying such a document was issued ("Đã ban hành Kế hoạch số
// …", "Ngày 05/7 đã ban hành Quyết định …"): the task is done. For any other task an issued plan is
// only a step of it.
const DOCUMENT_TASK =
  /^(?:xay dung|ban hanh|tham muu|xay dung, ban hanh|xay dung va ban hanh|xay dung, trinh)\s+(?:\S+\s+){0,2}?(?:ke hoach|kh|van ban|quy dinh|de an|chuong trinh|quy che|bo quy tac|co che)\b/;
const ISSUED_DOCUMENT =
  /^\W*(?:ngay\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\W*)?(?:da\s+)?(?:ky\s+)?ban hanh\s+(?:ke hoach|kh|quyet dinh|qd|van ban|de an|chuong trinh|quy che|quy dinh|chi thi|huong dan|nghi quyet|bo quy tac)\b/;

// "Xây dựng kế hoạch và triển khai …", "Xây dựng và triển khai Đề án …": the document is a step.
const AND_CARRY_OUT = /\b(?:va|,)\s*(?:to chuc\s+)?(?:trien khai|thuc hien|van hanh)\b/;

export function issuedForDocumentTask(task: string, result: string): boolean {
  const t = foldVietnamese(task).trim();
  return (
    DOCUMENT_TASK.test(t) && !AND_CARRY_OUT.test(t) && ISSUED_DOCUMENT.test(foldVietnamese(result))
  );
}

/**
 * A completion date written inside a text. `sure` when it follows the words that say the work was
 * finished ("hoàn thành ngày 15/8/2025"); otherwise the first dated document it mentions ("Kế
 * hoạch số 12/KH-UBND ngày 25/7/2025"), which may or may not be when the work was finished.
 */
export function dateInResultText(
  text: string,
  /** The report's year, for a day written without one ("Hoàn thành ngày 30/9"). */
  year: number | null = null,
): { date: IsoDate; approx: boolean; sure: boolean; yearless?: boolean; issued?: boolean } | null {
  const f = foldVietnamese(text);
  // "Ngày 05/7/2025 đã ban hành …", "Ngày 12/8 hoàn thành …": the day the sentence's work was done.
  const lead = LEADING_DAY.exec(f);
  if (lead && (lead[3] || year !== null)) {
    const d = parseVnDate(`${lead[1]}/${lead[2]}/${lead[3] ?? year}`);
    // "đã ban hành …": the day a document was issued, the work's end only if that was the work.
    if (d)
      return {
        date: d,
        approx: false,
        sure: true,
        ...(lead[3] ? {} : { yearless: true }),
        ...(lead[4] === 'ban hanh' ? { issued: true } : {}),
      };
  }
  const m = FINISHED_ON.exec(f);
  if (m?.[1]) {
    const d = parseVnDate(m[1]) ?? parseVnDate(`ngay ${m[1]}`);
    if (d) return { date: d, approx: false, sure: true };
  } else if (m?.[2] && m[3]) {
    return { date: endOfMonth(Number(m[3]), Number(m[2])), approx: true, sure: true };
  }
  const later = FINISHED_LATER.exec(f);
  if (later?.[2] && !/\d+\s*\/\s*[a-z]/.test(later[1] ?? '')) {
    const d = parseVnDate(later[2]) ?? parseVnDate(`ngay ${later[2]}`);
    if (d) return { date: d, approx: false, sure: true };
  }
  const noYear = year !== null ? FINISHED_NO_YEAR.exec(f) : null;
  if (noYear) {
    const d = parseVnDate(`${noYear[1]}/${noYear[2]}/${year}`);
    if (d) return { date: d, approx: false, sure: true, yearless: true };
  }
  const any = ANY_DAY.exec(f.replace(BASIS_DOCUMENT, ' '));
  if (!any) return null;
  const raw = any[1] ?? '';
  const d = parseVnDate(raw) ?? parseVnDate(`ngay ${raw}`);
  return d ? { date: d, approx: false, sure: false } : null;
}

/** An indicator figure: numbers stay numbers (a percent cell shows its percent), text is parsed. */
export function readValue(
  cell: GridCell | null,
  unit = '',
): {
  value: number | null;
  valueText: string | null;
  /** Several figures and nothing telling which one was achieved ("45/100", "2024: 80%; 2025: 85%"). */
  unsure: boolean;
} {
  if (!cell) return { value: null, valueText: null, unsure: false };
  const text = cellText(cell);
  const v = cell.value;
  if (typeof v === 'number') {
    const shown = text.endsWith('%') ? parseVnNumber(text) : null;
    // Excel keeps 92,5% as 0.925 behind a percent format; the figure meant is the one shown.
    const value = shown ?? (text.endsWith('%') ? v * 100 : v);
    return { value, valueText: text !== '' ? text : formatVnNumber(value, 4), unsure: false };
  }
  if (text === '') return { value: null, valueText: null, unsure: false };
  // "2.191 học viên", "Đạt 92,5%, vượt 2,5% so với KH": the same rule as our form and hand entry.
  const { value, several } = figureInText(text, { percentUnit: isPercentUnit(unit) });
  return { value, valueText: text, unsure: several };
}
