// Scans one sheet of an agency's own report: which rows are its table's task or indicator rows
// (groups, totals, column numbers, merged continuations and the signature block left out).

import { foldVietnamese, fromRoman, toRoman } from '../../../shared/domain/text';
import type { SheetLayout } from './detect-layout';
import { cellAt, cellText, mergeAt, type GridCell, type GridSheet } from './grid';
import type { ColumnKind } from './header-names';
import { normCode } from './match-rows';
import { formulaError } from './agency-layout-cells';

// Signature block and place-date line under the table: the table ends there.
const FOOTER =
  /^(?:nguoi lap(?: bieu)?|nguoi tong hop|nguoi bao cao|can bo tong hop|thu truong|giam doc|kt\.? ?giam doc|pho giam doc|noi nhan|xac nhan|ky ten|chanh van phong|truong ban|chi huy truong|giam doc so)\b|^[^,]{2,40}, ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/;
// "Tổng cộng", "Tổng số", "Tổng", "Cộng" with an empty STT; not "Công bố …", which folds the
// same as "Cộng".
const TOTAL_ROW = /^tong cong\b|^(?:tong so|tong|cong)\s*(?::.*)?$/;
const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[a-z])\)?$/;
const GROUP_IN_TEXT = /^(?:nhom\s+(?:nhiem vu\s+)?)?([ivx]+)\s*[.:)\-–]\s*\S/;
const GROUP_NUMBER_IN_TEXT = /^nhom\s+(?:nhiem vu\s+)?(\d{1,2})\b/;
const TASK_CODE = /^([IVX]+)\s*[.\-/]\s*(\d+[a-z]?)\.?$/i;
const INDICATOR_CODE_IN_TEXT = /^(\d{1,2}(?:\.\d{1,2})?)[.)]\s+/;
// "Ghi chú: …", "Lưu ý: …", "(*) …": a note between or under the rows, never a task of its own.
const NOTE_ROW = /^(?:\(?\*+\)?|ghi chu\b|luu y\b|chu thich\b|chu y\s*:)/;
// A sheet or a caption above its table naming a plan group: "Nhóm III", "Nhóm nhiệm vụ 3".
const GROUP_CAPTION = /^nhom\s+(?:nhiem vu\s+)?([ivx]+|\d{1,2})\b/;

// A sheet named by the group's numeral alone: "IV", "III. Hạ tầng" (not "Phụ lục I", "Biểu II").
const GROUP_SHEET = /^([ivx]+)(?:\s*[.:\-–]\s*.*)?$/;

/** The plan group a "Nhóm" cell names: "III", "Nhóm III", "III. Hạ tầng …", "Nhóm 3". */
function groupInCell(text: string): string | null {
  const f = foldVietnamese(text).trim();
  const m =
    /^(?:nhom\s+(?:nhiem vu\s+)?)?([ivx]+)(?:$|[\s.:)\-–])/.exec(f) ?? GROUP_CAPTION.exec(f);
  if (!m) return null;
  const n = /^\d/.test(m[1]!) ? Number(m[1]) : fromRoman(m[1]!.toUpperCase());
  return n !== null && n > 0 ? toRoman(n) : null;
}

/** The plan group a sheet's name or the caption just above its table names, if any. */
function groupOfSheet(sheet: GridSheet, layout: SheetLayout): string | null {
  const name = foldVietnamese(sheet.name).trim();
  const bare = GROUP_SHEET.exec(name);
  if (bare) {
    const n = fromRoman(bare[1]!.toUpperCase());
    if (n !== null && n > 0) return toRoman(n);
  }
  for (const text of [sheet.name, ...layout.titleLines.slice(-2).reverse()]) {
    const m = GROUP_CAPTION.exec(foldVietnamese(text).trim());
    if (!m) continue;
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : fromRoman(m[1]!.toUpperCase());
    if (n !== null && n > 0) return toRoman(n);
  }
  return null;
}

/** The STT of the next row with anything in it (for "1" over "1.1", "1.2"). */
function nextStt(sheet: GridSheet, layout: SheetLayout, from: number): string {
  const col = layout.columns.stt;
  if (col === undefined) return '';
  for (let r = from; r <= Math.min(layout.lastDataRow, sheet.rows.length, from + 5); r++) {
    if ((sheet.rows[r - 1] ?? []).every((c) => cellText(c) === '')) continue;
    return cellText(cellAt(sheet, r, col));
  }
  return '';
}

export interface RawRow {
  sheet: GridSheet;
  layout: SheetLayout;
  row: number;
  text: string;
  code: string | null;
  number: string | null;
  group: string | null;
  cells: Partial<Record<ColumnKind, GridCell | null>>;
  /** Cells of the further prose-result columns (`layout.extraProgress`). */
  extraProgress: (GridCell | null)[];
  /**
   * A numbered row that reports nothing over sub-rows "1.1", "1.2": a heading, or a plan task
   * whose parts follow. Shown to the clerk, never matched by itself.
   */
  heading?: boolean;
}

function rowTexts(
  sheet: GridSheet,
  row: number,
  layout: SheetLayout,
  hidden: Set<number>,
): string[] {
  const out: string[] = [];
  for (
    let c = layout.firstCol;
    c <= Math.max(layout.lastCol, sheet.rows[row - 1]?.length ?? 0);
    c++
  ) {
    if (hidden.has(c)) continue;
    const t = cellText(cellAt(sheet, row, c));
    if (t !== '') out.push(t);
  }
  return out;
}

/** Group row: a roman numeral in STT, a row merged across the table, or "II. …" alone. */
function groupOf(
  sheet: GridSheet,
  row: number,
  layout: SheetLayout,
  stt: string,
  subject: string,
  hasData: boolean,
): { group: string | null } | null {
  const roman = stt !== '' ? fromRoman(stt) : null;
  if (roman !== null) return { group: toRoman(roman) };
  const width = layout.lastCol - layout.firstCol + 1;
  const merged = sheet.merges.some(
    (m) =>
      m.top === row &&
      m.left <= Math.max(layout.subjectColumn, layout.firstCol) &&
      m.right - m.left + 1 >= Math.max(3, Math.ceil(width * 0.6)),
  );
  const folded = foldVietnamese(subject !== '' ? subject : stt);
  const inText = GROUP_IN_TEXT.exec(folded);
  const romanInText = inText ? fromRoman(inText[1] ?? '') : null;
  // A numbered task whose text is merged across most of the table still has its status beside it.
  if ((merged && !hasData) || (stt === '' && !hasData && romanInText !== null)) {
    if (romanInText !== null) return { group: toRoman(romanInText) };
    const n = GROUP_NUMBER_IN_TEXT.exec(folded);
    return { group: n ? toRoman(Number(n[1])) : null };
  }
  // "A. NHIỆM VỤ CHỦ TRÌ" / "B. NHIỆM VỤ PHỐI HỢP": a section, not a plan group.
  if (/^[A-H]\.?$/.test(stt) && !hasData) return { group: null };
  return null;
}

function normaliseNumber(stt: string): string | null {
  const t = stt.trim().replace(/\.$/, '');
  if (/^\d{1,3}(?:\.\d{1,2})?[a-z]?$/i.test(t)) return t.replace(/^0+(\d)/, '$1');
  return null;
}

// Columns read from every data row (the subject column is read separately).
const READ_KINDS: ColumnKind[] = [
  'stt',
  'code',
  'status',
  'markDone',
  'markInProgress',
  'markNotStarted',
  'percent',
  'completedOn',
  'progress',
  'difficulties',
  'proposals',
  'note',
  'value',
  'lead',
  'unit',
];

/**
 * The cell a row shows in a column: a cell merged down over several task rows (one status or date
 * for two tasks) shows its value on each of them, as a reader sees it.
 */
function shownCell(
  sheet: GridSheet,
  r: number,
  col: number,
  firstDataRow: number,
): GridCell | null {
  const own = cellAt(sheet, r, col);
  if (cellText(own) !== '') return own;
  const m = mergeAt(sheet, r, col);
  if (!m || m.top >= r || m.top < firstDataRow || m.left !== col) return own;
  return cellAt(sheet, m.top, m.left);
}

// A sub-activity line: "- …", "+ …", "• …".
const BULLET = /^[-+•–*]\s*\S/;
// A sub-activity numbered by a lower-case letter in the STT column: "a)", "b.", "(c)" (a capital
// "A." heads a section).
const LETTERED = /^\(?[a-zđ][).]$/u;

// Columns that say something about the work (not its number, code, unit or the unit in charge);
// a table without any of them only lists tasks (a copied task list reports nothing).
export const REPORT_KINDS: readonly ColumnKind[] = [
  'status',
  'markDone',
  'markInProgress',
  'markNotStarted',
  'percent',
  'completedOn',
  'progress',
  'difficulties',
  'proposals',
  'value',
];

interface SheetScan {
  rows: RawRow[];
  footer: string[];
  hidden: number;
  /** Rows with content under the heading (those past the reader's row limit included). */
  filled: number;
  /** The plan group in force at the table's last row (a repeated heading continues it). */
  group: string | null;
  /**
   * Past `limit` (or the reader's row limit): the last row read in full, and how many rows after
   * it were passed over.
   */
  cut: { lastRow: number; skipped: number } | null;
}

/** The plan code a row names in its code column or its STT (`I.6`), normalised; or null. */
function codeOfRow(sheet: GridSheet, r: number, layout: SheetLayout): string | null {
  const code = layout.columns.code;
  const written = code !== undefined ? cellText(cellAt(sheet, r, code)) : '';
  if (written !== '') return normCode(written);
  const stt =
    layout.columns.stt !== undefined ? cellText(cellAt(sheet, r, layout.columns.stt)) : '';
  return TASK_CODE.test(stt) ? normCode(stt) : null;
}

/**
 * Reads the sheet's table rows. After `limit` data rows the sheet is not a report any more (a
 * data dump under it, or instead of it): later rows are only counted, except those that name a
 * plan code, which are read (cheaply found, and as trustworthy as a row can be).
 */
export function scanSheet(
  sheet: GridSheet,
  layout: SheetLayout,
  limit: number,
  planCodes: Set<string>,
  /** The group in force above this table, when its heading repeats the previous table's. */
  carriedGroup: string | null = null,
): SheetScan {
  const rows: RawRow[] = [];
  const footer: string[] = [];
  const hiddenRows = new Set(sheet.hiddenRows);
  const hiddenCols = new Set(sheet.hiddenColumns);
  let hidden = 0;
  let group: string | null = carriedGroup ?? groupOfSheet(sheet, layout);
  let inFooter = false;
  let filled = sheet.unreadRows ?? 0;
  let cut: SheetScan['cut'] = null;
  // The last line joined to the task above as the rest of its sentence (a PDF's split cell).
  let continuedTo = -1;
  for (let r = layout.firstDataRow; r <= Math.min(layout.lastDataRow, sheet.rows.length); r++) {
    if (cut) {
      if ((sheet.rows[r - 1]?.length ?? 0) === 0) continue;
      filled++;
      const code = codeOfRow(sheet, r, layout);
      if (code === null || !planCodes.has(code)) {
        cut.skipped++;
        continue;
      }
    } else if (rows.length >= limit && (sheet.rows[r - 1]?.length ?? 0) > 0) {
      cut = { lastRow: rows[rows.length - 1]?.row ?? r - 1, skipped: 0 };
      r--; // this row again, as the first one past the limit
      continue;
    }
    const texts = rowTexts(sheet, r, layout, hiddenCols);
    if (texts.length === 0) continue;
    if (!cut) filled++;
    const cells: RawRow['cells'] = {};
    for (const kind of READ_KINDS) {
      const col = layout.columns[kind];
      if (col !== undefined) cells[kind] = shownCell(sheet, r, col, layout.firstDataRow);
    }
    const extraProgress = layout.extraProgress.map((c) => cellAt(sheet, r, c));
    const subjectCell = cellAt(sheet, r, layout.subjectColumn);
    const subjectMerge = mergeAt(sheet, r, layout.subjectColumn);
    const continuation = subjectMerge !== null && subjectMerge.top < r;
    const subject = continuation || formulaError(subjectCell) ? '' : cellText(subjectCell);
    const stt = cellText(cells.stt ?? null);
    // The signature block ends the table; a numbered row or a task text is never part of it.
    const numbered = normaliseNumber(stt) !== null || fromRoman(stt) !== null;
    const footerLike =
      !numbered &&
      (subject === '' || FOOTER.test(foldVietnamese(subject))) &&
      texts.some((t) => FOOTER.test(foldVietnamese(t)));
    if (inFooter || footerLike) {
      inFooter = true;
      footer.push(...texts);
      continue;
    }
    if (hiddenRows.has(r)) {
      hidden++;
      continue;
    }
    if (texts.every((t) => COLUMN_NUMBER.test(foldVietnamese(t))) && texts.length >= 3) continue;
    if (stt === '' && TOTAL_ROW.test(foldVietnamese(subject))) continue;
    const hasData = READ_KINDS.some(
      (k) => k !== 'stt' && k !== 'code' && cellText(cells[k] ?? null) !== '',
    );
    const reports = REPORT_KINDS.some((k) => cellText(cells[k] ?? null) !== '');
    if (!hasData && normaliseNumber(stt) === null && fromRoman(stt) === null) {
      // The note may be typed in the STT cell and merged across, or in the task column.
      const note = foldVietnamese(stt !== '' && !/^\(?\*+\)?$/.test(stt) ? stt : subject);
      if (NOTE_ROW.test(note)) continue;
    }
    // "1" carrying only a heading over "1.1", "1.2" (and perhaps the unit in charge): the
    // sub-rows are the work; the heading may or may not be a plan task of its own.
    const parent = normaliseNumber(stt);
    let heading = false;
    if (!reports && parent !== null && /^\d+$/.test(parent)) {
      const below = nextStt(sheet, layout, r + 1).replace(/\.$/, '');
      heading = below.startsWith(`${parent}.`) && /^\d+\.\d+$/.test(below);
    }
    // "- …" lines with no number and nothing reported of their own, under a numbered task: its
    // sub-activities, kept with its result. A table that numbers no row may list tasks so.
    const prev = rows[rows.length - 1];
    if (
      stt === '' &&
      !reports &&
      BULLET.test(subject) &&
      prev !== undefined &&
      (prev.number !== null || prev.code !== null)
    ) {
      if (layout.columns.progress !== undefined) appendProgress(prev, subject);
      continue;
    }
    // "a)", "b." lines under a numbered task that reports its own status: its parts, each with
    // its own status; the task's status stands, the parts go with its result.
    if (
      LETTERED.test(stt) &&
      prev !== undefined &&
      (prev.number !== null || prev.code !== null) &&
      REPORT_KINDS.some((k) => cellText(prev.cells[k] ?? null) !== '')
    ) {
      if (layout.columns.progress !== undefined) {
        const said = REPORT_KINDS.map((k) => cellText(cells[k] ?? null)).filter((t) => t !== '');
        appendProgress(prev, `${stt} ${subject}${said.length > 0 ? `: ${said.join('; ')}` : ''}`);
      }
      continue;
    }
    // A PDF converted to Excel splits a long cell over several rows: an unnumbered line that goes
    // on with the sentence above (it opens in lower case, or the line above broke off after a
    // comma or a linking word) is the same task — its text, and its status pieces, joined.
    if (
      stt === '' &&
      subject !== '' &&
      prev !== undefined &&
      (prev.number !== null || prev.code !== null) &&
      [prev.row, continuedTo].includes(lastTextRow(sheet, r, layout, hiddenCols)) &&
      continuesSentence(prev.text, subject)
    ) {
      prev.text = `${prev.text} ${subject}`;
      continuedTo = r;
      for (const [k, cell] of Object.entries(cells) as [ColumnKind, GridCell | null][]) {
        const had = cellText(prev.cells[k] ?? null);
        const more = cellText(cell);
        if (more === '' || k === 'stt' || k === 'code') continue;
        if (had === '') prev.cells[k] = cell;
        // Words go on ("Thực hiện" / "thường xuyên"); a second date, share or mark does not.
        else if (WORDS_GO_ON.includes(k)) {
          const text = `${had} ${more}`;
          prev.cells[k] = { value: text, text };
        }
      }
      continue;
    }
    // The task on one row, its result ("Kết quả: …") and perhaps its status on the row below with
    // no number: one task. A row with no task text is taken only when the task row itself reports
    // nothing, so two tasks never merge; what the task row says wins over the line below.
    const resultLine = RESULT_LABEL.test(foldVietnamese(subject));
    const prevReports =
      prev !== undefined && REPORT_KINDS.some((k) => cellText(prev.cells[k] ?? null) !== '');
    if (
      stt === '' &&
      (resultLine || (subject === '' && reports && !prevReports)) &&
      prev !== undefined &&
      prev.row === lastTextRow(sheet, r, layout, hiddenCols) &&
      (prev.number !== null || prev.code !== null)
    ) {
      absorb(prev, cells, extraProgress);
      const result = subject.replace(/^[^:：]*[:：]\s*/, '');
      if (result !== '') appendProgress(prev, result);
      continue;
    }
    const g = groupOf(sheet, r, layout, stt, subject, hasData);
    if (g) {
      group = g.group;
      continue;
    }
    if (continuation) {
      // A task cell merged down over several rows: what the row above lacks is taken from here.
      const prev = rows[rows.length - 1];
      if (prev) {
        // Sub-activities written beside a task cell merged down: their results belong together.
        const more = cellText(cells.progress ?? null);
        const had = cellText(prev.cells.progress ?? null);
        if (more !== '' && had !== '' && more !== had) appendProgress(prev, more);
        absorb(prev, cells, extraProgress);
      }
      continue;
    }
    if (subject === '' && !hasData && !formulaError(subjectCell)) continue;

    // A "Nhóm" column gives each row its group, as a group row above it would.
    if (layout.columns.group !== undefined) {
      const named = groupInCell(cellText(cellAt(sheet, r, layout.columns.group)));
      if (named !== null) group = named;
    }
    let code = cells.code ? cellText(cells.code) || null : null;
    let number: string | null = null;
    // "Task text\nKết quả: Đã hoàn thành ngày …" or "…\n=> Chưa triển khai": the result written
    // in the task's own cell, under its text — read as the row's result, not as task words.
    const [taskText, resultInCell] = splitResultLine(subject);
    let text = taskText;
    if (resultInCell !== null) {
      const had = cellText(cells.progress ?? null);
      const joined = had === '' ? resultInCell : `${resultInCell}\n${had}`;
      cells.progress = { value: joined, text: joined };
    }
    if (TASK_CODE.test(stt)) code = code ?? stt;
    else number = normaliseNumber(stt);
    if (layout.kind === 'indicator') {
      // "6.1. Tỷ lệ …": the plan's code written into the wording.
      const m = INDICATOR_CODE_IN_TEXT.exec(text);
      if (m) {
        number = number ?? m[1] ?? null;
        text = text.slice(m[0].length);
      }
    }
    rows.push({
      sheet,
      layout,
      row: r,
      text,
      code,
      number,
      group,
      cells,
      extraProgress,
      ...(heading ? { heading } : {}),
    });
  }
  const unread = sheet.unreadRows ?? 0;
  if (cut) cut.skipped += unread;
  else if (unread > 0) cut = { lastRow: sheet.rows.length, skipped: unread };
  return { rows, footer, hidden, filled, cut, group };
}

// A result line under the task text in the same cell: "Kết quả: …", "- KQ: …", "=> …".
const RESULT_IN_CELL = /^[\s\-+*•–]*(?:(?:ket qua|kq)(?: thuc hien| dat duoc)?\s*[:：-]|=>|→|⇒)\s*/;

/** The task's own words and, when a later line of its cell is its result, that result. */
function splitResultLine(subject: string): [string, string | null] {
  const lines = subject.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && RESULT_IN_CELL.test(foldVietnamese(l)));
  if (at < 0) return [subject, null];
  const label = RESULT_IN_CELL.exec(foldVietnamese(lines[at]!))![0].length;
  const result = [lines[at]!.slice(label), ...lines.slice(at + 1)].join('\n').trim();
  return [lines.slice(0, at).join('\n').trim(), result === '' ? null : result];
}

// The columns whose words a split line continues (the others keep the task row's own cell).
const WORDS_GO_ON: readonly ColumnKind[] = [
  'status',
  'progress',
  'note',
  'difficulties',
  'proposals',
  'lead',
];

/**
 * A line that goes on with the sentence of the line above: it opens in lower case ("tỉnh thực hiện
 * …", "ương về …"), or the line above broke off after a comma, a dash or a linking word.
 */
function continuesSentence(above: string, line: string): boolean {
  const first = line.trim().charAt(0);
  if (first !== first.toLocaleUpperCase('vi') && first === first.toLocaleLowerCase('vi'))
    return true;
  const end = foldVietnamese(above.trim());
  return /(?:[,\-–]|\b(?:va|cua|cac|cho|ve|voi|trong|de|tai|tren|theo))$/.test(end);
}

// "Kết quả: …", "KQ thực hiện: …", "Kết quả đạt được - …": a result line, not a task.
const RESULT_LABEL = /^(?:ket qua|kq)(?: thuc hien| dat duoc)?\s*[:：-]/;

/** The last row above `r` with any visible text (the task row a result row belongs to). */
function lastTextRow(
  sheet: GridSheet,
  r: number,
  layout: SheetLayout,
  hiddenCols: Set<number>,
): number {
  for (let up = r - 1; up >= layout.firstDataRow; up--) {
    if (rowTexts(sheet, up, layout, hiddenCols).length > 0) return up;
  }
  return -1;
}

/** Adds a line to the row's result (a sub-activity, or a result written on the row below). */
function appendProgress(row: RawRow, line: string): void {
  const had = cellText(row.cells.progress ?? null);
  const text = had === '' ? line : `${had}\n${line}`;
  row.cells.progress = { value: text, text };
}

/** Takes from a continuation row what the task row leaves empty; the task row's own cells win. */
function absorb(row: RawRow, cells: RawRow['cells'], extraProgress: RawRow['extraProgress']): void {
  row.cells = { ...nonEmpty(cells), ...nonEmpty(row.cells) };
  row.extraProgress = row.extraProgress.map((c, i) =>
    cellText(c) !== '' ? c : (extraProgress[i] ?? null),
  );
}

function nonEmpty(cells: RawRow['cells']): RawRow['cells'] {
  const out: RawRow['cells'] = {};
  for (const [k, v] of Object.entries(cells) as [ColumnKind, GridCell | null][]) {
    if (cellText(v) !== '') out[k] = v;
  }
  return out;
}
