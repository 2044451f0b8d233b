// Finds the tables in a sheet an agency made itself: which rows are a table's heading (one row, or
// two with a merged parent such as "Tiến độ thực hiện" over "Đã hoàn thành | Đang thực hiện | Chưa
// thực hiện"), what each column means, where the data starts and ends, what the title block above
// says, and whether the table lists tasks or indicators. A sheet may hold several tables (tasks,
// then indicators under their own heading); hidden columns are never read.
import { parsePeriodFromText, periodFromKey } from '../../../shared/domain/periods';
import { cellAt, cellText, mergeAt, type GridSheet } from './grid';
import { resolveRoles, type RoleChoice } from './column-roles';
import {
  type ColumnKind,
  foldHeader,
  headerKind,
  periodInHeading,
  periodLabel,
  type HeadingPeriod,
} from './header-names';

export type SheetKind = 'task' | 'indicator';

export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  /** First and last heading rows, 1-based. */
  headerTop: number;
  headerBottom: number;
  firstDataRow: number;
  /** Last row of this table: the row before the next table's heading, or the sheet's last row. */
  lastDataRow: number;
  /** Column (1-based) of each role, decided by heading words and the column's content. */
  columns: Partial<Record<ColumnKind, number>>;
  /** Further columns of prose results, read together with `columns.progress`. */
  extraProgress: number[];
  /** Column holding the task or indicator wording. */
  subjectColumn: number;
  /** Leftmost and rightmost columns with a heading. */
  firstCol: number;
  lastCol: number;
  /** Lines of the title block above the heading, NFC, in reading order. */
  titleLines: string[];
  /** Hidden columns that carried a heading and were left out. */
  hiddenHeadings: string[];
  /** Where heading and content disagreed and the content decided (Vietnamese, for the notes). */
  roleNotes: string[];
  /** Two visible columns fit the status equally: every row's status must be confirmed. */
  statusInDoubt: RoleChoice | null;
  /** The completion-date heading says plainly "ngày hoàn thành". */
  completedOnExact: boolean;
  /** Earlier periods' status columns of a cumulative table, the latest first. */
  earlierStatus?: { col: number; label: string }[];
  /**
   * Not a report on the plan, though it reads like a table of tasks: a budget table (it counts
   * money — dự toán, giải ngân, triệu đồng… — and says nothing of progress; its "Tỷ lệ (%)" is a
   * share of money), or a list of people ("Họ và tên"; "Hoàn thành" is a person's course).
   */
  notReport?: 'money' | 'people';
}

export type LayoutDetection =
  | { ok: true; layout: SheetLayout }
  /** `empty`: nothing in the sheet at all (the usual blank "Sheet2"), not worth a note. */
  | { ok: false; empty: boolean; reason: string };

export type TablesDetection =
  { ok: true; layouts: SheetLayout[] } | { ok: false; empty: boolean; reason: string };

// Title blocks are a handful of rows: the first heading is looked for there, and only when there
// is none, further down (a sheet that opens with the report's own text, then its table).
const SCAN_ROWS = 30;
const SCAN_ROWS_LONG = 200;
// Later tables are looked for this far down (a report is a few hundred rows at most).
const SCAN_TABLES_ROWS = 3000;
// A heading cell is a label: longer text is a sentence in a data cell.
const MAX_LABEL = 100;
const FULL_DATE = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/;

function rowWidth(sheet: GridSheet, row: number): number {
  return sheet.rows[row - 1]?.length ?? 0;
}

/** Text shown at a position: a merged area shows its top-left cell everywhere. */
function shownText(sheet: GridSheet, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  return m ? cellText(cellAt(sheet, m.top, m.left)) : cellText(cellAt(sheet, row, col));
}

interface RowCells {
  /** Column → text of the cells this row shows first (a merge counts once, at its top-left). */
  texts: Map<number, string>;
  /** Column → what the heading names. */
  kinds: Map<number, ColumnKind>;
  /** Column → the period a cell names when that is all it says ("Quý III", "Năm 2024"). */
  periods: Map<number, HeadingPeriod>;
  /** Column → the period a named heading ends with ("Kết quả Quý III/2025"). */
  namedPeriods: Map<number, HeadingPeriod>;
  /** A cell that cannot be a heading: a number, a date, a long sentence. */
  dataLike: boolean;
}

function readRow(sheet: GridSheet, row: number, hidden: Set<number>): RowCells {
  const texts = new Map<number, string>();
  const kinds = new Map<number, ColumnKind>();
  const periods = new Map<number, HeadingPeriod>();
  const namedPeriods = new Map<number, HeadingPeriod>();
  let dataLike = false;
  for (let c = 1; c <= rowWidth(sheet, row); c++) {
    if (hidden.has(c)) continue;
    const m = mergeAt(sheet, row, c);
    if (m && (m.left !== c || m.top !== row)) continue;
    const cell = cellAt(sheet, row, c);
    const text = cellText(cell);
    if (text === '') continue;
    texts.set(c, text);
    const v = cell?.value;
    // A year typed as a number under a heading ("2024 | 2025") is a period, not a figure.
    const year = typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100;
    if (year) {
      const period = periodLabel(String(v));
      if (period) periods.set(c, period);
      continue;
    }
    if (
      typeof v === 'number' ||
      v instanceof Date ||
      text.length > MAX_LABEL ||
      FULL_DATE.test(text)
    )
      dataLike = true;
    const kind = headerKind(text);
    if (kind) {
      kinds.set(c, kind);
      const named = periodInHeading(text);
      if (named) namedPeriods.set(c, named);
    } else {
      const period = periodLabel(text);
      if (period) periods.set(c, period);
    }
  }
  return { texts, kinds, periods, namedPeriods, dataLike };
}

/**
 * Whether a row reads as a row of column names as a whole: at least two names, most of its cells
 * names, and nothing in it that only data holds (numbers, dates, sentences). A row of status words
 * under a task text is data, whatever its cells start with.
 */
function looksLikeHeading(r: RowCells): boolean {
  if (r.dataLike || r.kinds.size < 2) return false;
  return (r.kinds.size + r.periods.size) * 5 >= r.texts.size * 2;
}

/**
 * Whether the heading starting at `row` continues on the next row: a parent merged across with
 * names under it, or cells merged down beside a second row of names. The next row must itself
 * read as headings, and must leave the subject column empty (a data row fills it).
 */
function continuesBelow(
  sheet: GridSheet,
  row: number,
  upper: RowCells,
  below: RowCells,
  subject: number | undefined,
): boolean {
  // A single name above ("KẾT QUẢ THỰC HIỆN … QUÝ 3/2025") is a title line, not a parent heading.
  const names = below.kinds.size + below.periods.size;
  if (names === 0 || upper.kinds.size < 2) return false;
  if (below.dataLike) return false;
  if (subject !== undefined && below.texts.has(subject)) return false;
  // Every cell of a second heading row is a name or a period ("Quý I | Quý II | Quý III" under
  // "Tình trạng thực hiện"); a data row has at least its task text.
  if (names !== below.texts.size) return false;
  // Periods name sub-columns only under a parent merged across them.
  const underParent = (c: number): boolean =>
    sheet.merges.some(
      (m) => m.top === row && m.bottom === row && m.right > m.left && c >= m.left && c <= m.right,
    );
  if (![...below.periods.keys()].every(underParent)) return false;
  if (below.kinds.size >= 2 || below.periods.size > 0) return true;
  return sheet.merges.some(
    (m) =>
      m.top === row &&
      (m.bottom > row || [...below.kinds.keys()].some((c) => c >= m.left && c <= m.right)),
  );
}

interface Candidate {
  top: number;
  bottom: number;
  /** Column → kind, every column kept (a kind may repeat: content decides later). */
  columns: Map<number, ColumnKind>;
  /** Column → the period its heading or its parent heading names ("Quý III", "Năm 2025"). */
  periods: Map<number, HeadingPeriod>;
  score: number;
}

function subjectOf(kinds: Map<number, ColumnKind>): number | undefined {
  for (const [c, k] of kinds) if (k === 'task' || k === 'indicator') return c;
  return undefined;
}

/**
 * Whether a third heading row continues a two-row heading: names (or periods) only, each under a
 * parent merged across in one of the two rows above ("Kết quả thực hiện" › "Tiến độ" › "Đã hoàn
 * thành | Đang thực hiện | Chưa thực hiện").
 */
function continuesThird(
  sheet: GridSheet,
  row: number,
  third: RowCells,
  subject: number | undefined,
): boolean {
  const named = [...third.kinds.keys(), ...third.periods.keys()];
  if (named.length === 0 || named.length !== third.texts.size || third.dataLike) return false;
  if (subject !== undefined && third.texts.has(subject)) return false;
  return named.every((c) =>
    sheet.merges.some(
      (m) =>
        m.top >= row &&
        m.top <= row + 1 &&
        m.bottom <= row + 1 &&
        m.right > m.left &&
        c >= m.left &&
        c <= m.right,
    ),
  );
}

function candidateAt(sheet: GridSheet, row: number, hidden: Set<number>): Candidate | null {
  const upper = readRow(sheet, row, hidden);
  if (!looksLikeHeading(upper)) return null;
  const subject = subjectOf(upper.kinds);
  const levels: RowCells[] = [upper];
  const below = readRow(sheet, row + 1, hidden);
  if (continuesBelow(sheet, row, upper, below, subject)) {
    levels.push(below);
    const third = readRow(sheet, row + 2, hidden);
    if (continuesThird(sheet, row, third, subject)) levels.push(third);
  }
  const bottom = row + levels.length - 1;
  const columns = new Map<number, ColumnKind>();
  const periods = new Map<number, HeadingPeriod>();
  let width = 0;
  for (let r = row; r <= bottom; r++) width = Math.max(width, rowWidth(sheet, r));
  for (let c = 1; c <= width; c++) {
    if (hidden.has(c)) continue;
    // Top-down: a lower row's name overrides the one above it. Under a parent merged across,
    // only its first column takes the parent's meaning unless a period names the sub-column
    // ("Tình trạng thực hiện" over "Quý I | Quý II | Quý III"), then each takes it.
    let kind: ColumnKind | undefined;
    let parent: ColumnKind | undefined;
    let period: HeadingPeriod | undefined;
    levels.forEach((cells, lvl) => {
      const r = row + lvl;
      const m = mergeAt(sheet, r, c);
      if (m && m.top < r) return; // covered by a cell merged down from above
      const left = m ? m.left : c;
      const across = m !== null && m.right > m.left;
      const own = cells.periods.get(left) ?? cells.namedPeriods.get(left);
      if (own) period = own;
      const k = cells.kinds.get(left);
      if (k) {
        parent = across ? k : parent;
        if (!across || left === c) kind = k;
      } else if (cells.periods.has(c) && !across) {
        // A period alone: under a parent, the parent's meaning; at the top, that period's column.
        kind = lvl > 0 ? (parent ?? 'period') : 'period';
      }
    });
    if (period) periods.set(c, period);
    if (kind) columns.set(c, kind);
  }
  const kinds = new Set(columns.values());
  // Columns within the heading that name nothing: their content may still be a status or a date.
  const named = [...columns.keys()];
  for (let c = Math.min(...named); c <= Math.max(...named); c++) {
    if (!hidden.has(c) && !columns.has(c)) columns.set(c, 'unnamed');
  }
  const hasSubject = kinds.has('task') || kinds.has('indicator');
  if (!hasSubject || kinds.size < 2) return null;
  return { top: row, bottom, columns, periods, score: kinds.size };
}

function titleLines(sheet: GridSheet, from: number, before: number): string[] {
  const lines: string[] = [];
  for (let r = from; r < before; r++) {
    for (let c = 1; c <= rowWidth(sheet, r); c++) {
      const m = mergeAt(sheet, r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      for (const line of cellText(cellAt(sheet, r, c)).split(/\r?\n/)) {
        const t = line.replace(/\s+/g, ' ').trim();
        if (t !== '') lines.push(t);
      }
    }
  }
  return lines;
}

function decideKind(sheet: GridSheet, columns: Map<number, ColumnKind>): SheetKind {
  const kinds = new Set(columns.values());
  const name = foldHeader(sheet.name);
  const has = (k: ColumnKind): number => (kinds.has(k) ? 1 : 0);
  // Units and target values belong to indicators; statuses and deadlines to tasks. The sheet's
  // own name ("Chỉ tiêu", "Nhiệm vụ") is a hint when present, weaker than the table's own words.
  const indicatorScore =
    3 * has('indicator') +
    3 * has('unit') +
    has('target') +
    has('value') +
    (/\bchi tieu\b/.test(name) ? 2 : 0);
  const taskScore =
    3 * has('task') +
    2 * Math.max(has('status'), has('markDone'), has('markInProgress'), has('markNotStarted')) +
    has('completedOn') +
    has('progress') +
    has('difficulties') +
    has('proposals') +
    has('lead') +
    has('deadline') +
    has('percent') +
    (/\bnhiem vu\b/.test(name) ? 2 : 0);
  return indicatorScore > taskScore ? 'indicator' : 'task';
}

function hiddenHeadings(sheet: GridSheet, top: number, bottom: number, hidden: Set<number>) {
  const out: string[] = [];
  for (const c of hidden) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = cellText(cellAt(sheet, r, c));
      if (t !== '') texts.push(t);
    }
    if (texts.length > 0) out.push(texts.join(' – '));
  }
  return out;
}

// Columns that say how a task stands; a table with none of them reports no progress.
const PROGRESS_KINDS: readonly ColumnKind[] = [
  'status',
  'markDone',
  'markInProgress',
  'markNotStarted',
  'completedOn',
  'progress',
  'result',
];
// Headings (or the unit line above the table) that count money.
const MONEY =
  /\b(?:du toan|giai ngan|kinh phi|trieu dong|nghin dong|ty dong|so tien|von dau tu|tong muc dau tu)\b/;

// A column of people's names: the table lists people, not tasks.
const PERSON = /^(?:ho va ten|ho ten|ho va ten (?:can bo|nguoi|hoc vien))$/;

/** The report's period named by the lines above a sheet's first table, as year × 100 + its last month. */
function reportEndOf(lines: string[]): number | null {
  const key = parsePeriodFromText(lines.join(' '));
  if (!key) return null;
  try {
    const end = periodFromKey(key).end;
    return Number(end.slice(0, 4)) * 100 + Number(end.slice(5, 7));
  } catch {
    return null;
  }
}

function layoutOf(
  sheet: GridSheet,
  cand: Candidate,
  lastDataRow: number,
  titleFrom: number,
  hidden: Set<number>,
  reportEnd: number | null,
): SheetLayout {
  const kind = decideKind(sheet, cand.columns);
  const roles = resolveRoles(
    sheet,
    cand.columns,
    kind,
    cand.bottom + 1,
    lastDataRow,
    cand.periods,
    reportEnd,
  );
  const columns = roles.columns;
  const preferred = kind === 'indicator' ? 'indicator' : 'task';
  const other = kind === 'indicator' ? 'task' : 'indicator';
  const subjectColumn = columns[preferred] ?? columns[other] ?? 0;
  const headingCols: number[] = [];
  for (let r = cand.top; r <= cand.bottom; r++) {
    for (let c = 1; c <= rowWidth(sheet, r); c++) {
      if (!hidden.has(c) && shownText(sheet, r, c) !== '') headingCols.push(c);
    }
  }
  const lines = titleLines(sheet, titleFrom, cand.top);
  const headings: string[] = [];
  for (let r = cand.top; r <= cand.bottom; r++)
    for (let c = 1; c <= rowWidth(sheet, r); c++) headings.push(shownText(sheet, r, c));
  const notReport =
    kind !== 'task'
      ? null
      : headings.some((h) => PERSON.test(foldHeader(h)))
        ? 'people'
        : !PROGRESS_KINDS.some((k) => columns[k] !== undefined) &&
            MONEY.test(foldHeader([...headings, ...lines.slice(-2)].join(' | ')))
          ? 'money'
          : null;
  return {
    sheet: sheet.name,
    kind,
    headerTop: cand.top,
    headerBottom: cand.bottom,
    firstDataRow: cand.bottom + 1,
    lastDataRow,
    columns,
    extraProgress: roles.extraProgress,
    subjectColumn,
    firstCol: Math.min(...headingCols),
    lastCol: Math.max(...headingCols),
    titleLines: lines,
    hiddenHeadings: hiddenHeadings(sheet, cand.top, cand.bottom, hidden),
    roleNotes: roles.notes,
    statusInDoubt: roles.statusInDoubt,
    completedOnExact: roles.completedOnExact,
    ...(roles.earlierStatus?.length ? { earlierStatus: roles.earlierStatus } : {}),
    ...(notReport ? { notReport } : {}),
  };
}

/** Finds every table of one sheet: its heading, its columns and its kind. */
export function detectTables(sheet: GridSheet): TablesDetection {
  const rowCount = sheet.rows.length;
  const hasContent = sheet.rows.some((r) => r.some((c) => cellText(c) !== ''));
  if (!hasContent) return { ok: false, empty: true, reason: `Trang tính "${sheet.name}" trống.` };
  const hidden = new Set(sheet.hiddenColumns);

  let first: Candidate | null = null;
  for (let r = 1; r <= Math.min(SCAN_ROWS, rowCount); r++) {
    const cand = candidateAt(sheet, r, hidden);
    if (cand && (!first || cand.score > first.score)) first = cand;
  }
  for (let r = SCAN_ROWS + 1; !first && r <= Math.min(SCAN_ROWS_LONG, rowCount); r++) {
    first = candidateAt(sheet, r, hidden);
  }
  if (!first) {
    return {
      ok: false,
      empty: false,
      reason:
        `Trang tính "${sheet.name}" không có dòng tiêu đề cột nhận ra được (STT, Nội dung nhiệm vụ, ` +
        `Chỉ tiêu, Tiến độ…) nên đã bỏ qua. Nếu trang này có số liệu, hãy đặt tên cột theo mẫu ` +
        `hoặc nhập tay.`,
    };
  }
  // Each later row that reads as a whole heading starts a table of its own.
  const heads: Candidate[] = [first];
  for (let r = first.bottom + 1; r <= Math.min(SCAN_TABLES_ROWS, rowCount); r++) {
    const cand = candidateAt(sheet, r, hidden);
    if (!cand || cand.score < 3) continue;
    heads.push(cand);
    r = cand.bottom;
  }
  const reportEnd = reportEndOf(titleLines(sheet, 1, first.top));
  const layouts = heads.map((cand, i) => {
    const next = heads[i + 1];
    const last = next ? next.top - 1 : rowCount;
    const titleFrom = i === 0 ? 1 : (heads[i - 1]?.bottom ?? 0) + 1;
    // A later table's title lines are the rows between the tables that are not data; the data
    // of the table above ends at the last filled row, so only its caption rows count.
    return layoutOf(sheet, cand, last, i === 0 ? titleFrom : cand.top, hidden, reportEnd);
  });
  return { ok: true, layouts };
}

/** The first table of a sheet (plan import reads one table per sheet). */
export function detectLayout(sheet: GridSheet): LayoutDetection {
  const found = detectTables(sheet);
  if (!found.ok) return found;
  return { ok: true, layout: found.layouts[0]! };
}
