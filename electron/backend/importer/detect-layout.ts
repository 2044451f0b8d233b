// Finds the table in a sheet an agency made itself: which rows are the heading (one row, or two with
// a merged parent such as "Tiến độ thực hiện" over "Đã hoàn thành | Đang thực hiện | Chưa thực
// hiện"), what each column means, where the data starts, what the title block above says, and
// whether the sheet lists tasks or indicators.
import { nfc } from '../../../shared/domain/text';
import { cellAt, type GridCell, type GridMerge, type GridSheet } from './grid';
import { type ColumnKind, foldHeader, headerKind } from './header-names';

export type SheetKind = 'task' | 'indicator';

export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  /** First and last heading rows, 1-based. */
  headerTop: number;
  headerBottom: number;
  firstDataRow: number;
  /** Column (1-based) of each kind the heading names; the leftmost when a kind repeats. */
  columns: Partial<Record<ColumnKind, number>>;
  /** Column holding the task or indicator wording. */
  subjectColumn: number;
  /** Leftmost and rightmost columns with a heading. */
  firstCol: number;
  lastCol: number;
  /** Lines of the title block above the heading, NFC, in reading order. */
  titleLines: string[];
}

export type LayoutDetection =
  | { ok: true; layout: SheetLayout }
  /** `empty`: nothing in the sheet at all (the usual blank "Sheet2"), not worth a note. */
  | { ok: false; empty: boolean; reason: string };

// Title blocks are a handful of rows; a heading further down than this is not a heading.
const SCAN_ROWS = 30;

/** A cell's display text, NFC and trimmed; '' for a missing cell. */
export function cellText(cell: GridCell | null): string {
  if (!cell) return '';
  if (cell.text !== '') return nfc(cell.text).trim();
  const v = cell.value;
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return nfc(String(v)).trim();
}

/** The merge that covers a cell, if any. */
export function mergeAt(sheet: GridSheet, row: number, col: number): GridMerge | null {
  for (const m of sheet.merges) {
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  }
  return null;
}

/** Text shown at a position: a merged area shows its top-left cell everywhere. */
function shownText(sheet: GridSheet, row: number, col: number): string {
  const m = mergeAt(sheet, row, col);
  return m ? cellText(cellAt(sheet, m.top, m.left)) : cellText(cellAt(sheet, row, col));
}

function rowWidth(sheet: GridSheet, row: number): number {
  return sheet.rows[row - 1]?.length ?? 0;
}

function headingKinds(sheet: GridSheet, row: number): Map<number, ColumnKind> {
  const out = new Map<number, ColumnKind>();
  for (let c = 1; c <= rowWidth(sheet, row); c++) {
    const m = mergeAt(sheet, row, c);
    // A merged heading counts once, at its leftmost column.
    if (m && (m.left !== c || m.top !== row)) continue;
    const kind = headerKind(cellText(cellAt(sheet, row, c)));
    if (kind) out.set(c, kind);
  }
  return out;
}

/**
 * Whether the heading starting at `row` continues on the next row: cells merged down into it, a
 * parent merged across with names under it, or at least two more names on the next row.
 */
function isTwoRowHeading(
  sheet: GridSheet,
  row: number,
  upper: Map<number, ColumnKind>,
  below: Map<number, ColumnKind>,
): boolean {
  // A single name above ("KẾT QUẢ THỰC HIỆN … QUÝ 3/2025") is a title line, not a parent heading.
  if (below.size === 0 || upper.size < 2) return false;
  if (below.size >= 2) return true;
  return sheet.merges.some(
    (m) =>
      m.top === row &&
      (m.bottom > row || [...below.keys()].some((c) => c >= m.left && c <= m.right)),
  );
}

interface Candidate {
  top: number;
  bottom: number;
  columns: Map<number, ColumnKind>;
  score: number;
}

function candidateAt(sheet: GridSheet, row: number): Candidate | null {
  const upper = headingKinds(sheet, row);
  if (upper.size === 0) return null;
  const below = headingKinds(sheet, row + 1);
  const twoRows = isTwoRowHeading(sheet, row, upper, below);
  const columns = new Map<number, ColumnKind>();
  const width = Math.max(rowWidth(sheet, row), twoRows ? rowWidth(sheet, row + 1) : 0);
  for (let c = 1; c <= width; c++) {
    const sub = twoRows ? below.get(c) : undefined;
    if (sub) {
      columns.set(c, sub);
      continue;
    }
    // Under a parent merged across, only its first column takes the parent's meaning when the
    // sub-heading is not one we know ("Kết quả thực hiện" over "Số lượng | Tỷ lệ").
    const m = mergeAt(sheet, row, c);
    const left = m ? m.left : c;
    if (left !== c) continue;
    const kind = upper.get(c);
    if (kind) columns.set(c, kind);
  }
  const kinds = new Set(columns.values());
  const hasSubject = kinds.has('task') || kinds.has('indicator');
  if (!hasSubject || kinds.size < 2) return null;
  return { top: row, bottom: twoRows ? row + 1 : row, columns, score: kinds.size };
}

function titleLines(sheet: GridSheet, before: number): string[] {
  const lines: string[] = [];
  for (let r = 1; r < before; r++) {
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
  // own name ("Chỉ tiêu", "Nhiệm vụ") is the strongest hint when present.
  const indicatorScore =
    3 * has('indicator') +
    3 * has('unit') +
    has('target') +
    has('value') +
    (/\bchi tieu\b/.test(name) ? 4 : 0);
  const taskScore =
    3 * has('task') +
    2 * Math.max(has('status'), has('markDone'), has('markInProgress'), has('markNotStarted')) +
    has('completedOn') +
    has('progress') +
    has('difficulties') +
    has('proposals') +
    has('lead') +
    has('deadline') +
    (/\bnhiem vu\b/.test(name) ? 4 : 0);
  return indicatorScore > taskScore ? 'indicator' : 'task';
}

/** "Kết quả thực hiện" is a figure on an indicator sheet and a status or text on a task sheet. */
function resolveColumns(
  columns: Map<number, ColumnKind>,
  kind: SheetKind,
): Partial<Record<ColumnKind, number>> {
  const out: Partial<Record<ColumnKind, number>> = {};
  const ambiguous: number[] = [];
  for (const [col, k] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    if (k === 'result' || (kind === 'task' && k === 'value')) ambiguous.push(col);
    else if (out[k] === undefined) out[k] = col;
  }
  const hasStatus =
    out.status !== undefined ||
    out.markDone !== undefined ||
    out.markInProgress !== undefined ||
    out.markNotStarted !== undefined;
  for (const col of ambiguous) {
    if (kind === 'indicator') {
      if (out.value === undefined) out.value = col;
      else if (out.note === undefined) out.note = col;
    } else if (out.progress === undefined) out.progress = col;
    else if (!hasStatus && out.status === undefined) out.status = col;
  }
  return out;
}

/** Finds the heading, the columns and the kind of one sheet. */
export function detectLayout(sheet: GridSheet): LayoutDetection {
  const rowCount = sheet.rows.length;
  const hasContent = sheet.rows.some((r) => r.some((c) => cellText(c) !== ''));
  if (!hasContent) return { ok: false, empty: true, reason: `Trang tính "${sheet.name}" trống.` };

  let best: Candidate | null = null;
  for (let r = 1; r <= Math.min(SCAN_ROWS, rowCount); r++) {
    const cand = candidateAt(sheet, r);
    if (cand && (!best || cand.score > best.score)) best = cand;
  }
  if (!best) {
    return {
      ok: false,
      empty: false,
      reason:
        `Trang tính "${sheet.name}" không có dòng tiêu đề cột nhận ra được (STT, Nội dung nhiệm vụ, ` +
        `Chỉ tiêu, Tiến độ…) nên đã bỏ qua. Nếu trang này có số liệu, hãy đặt tên cột theo mẫu ` +
        `hoặc nhập tay.`,
    };
  }
  const kind = decideKind(sheet, best.columns);
  const columns = resolveColumns(best.columns, kind);
  const preferred = kind === 'indicator' ? 'indicator' : 'task';
  const other = kind === 'indicator' ? 'task' : 'indicator';
  const subjectColumn = columns[preferred] ?? columns[other] ?? 0;
  const headingCols: number[] = [];
  for (let r = best.top; r <= best.bottom; r++) {
    for (let c = 1; c <= rowWidth(sheet, r); c++) {
      if (shownText(sheet, r, c) !== '') headingCols.push(c);
    }
  }
  return {
    ok: true,
    layout: {
      sheet: sheet.name,
      kind,
      headerTop: best.top,
      headerBottom: best.bottom,
      firstDataRow: best.bottom + 1,
      columns,
      subjectColumn,
      firstCol: Math.min(...headingCols),
      lastCol: Math.max(...headingCols),
      titleLines: titleLines(sheet, best.top),
    },
  };
}
