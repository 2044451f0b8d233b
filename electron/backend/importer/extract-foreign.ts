// Reads a report an agency laid out itself (not our form): finds each sheet's table, reads every
// row's status, completion date, texts or figure, matches the rows to the plan and takes agency,
// period and the cover letter's number and date from the title block.
import {
  CONFIDENT_MATCH,
  type Extraction,
  type ImportHeader,
  type ImportIssue,
  type ImportRow,
} from '../../../shared/domain/import-types';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import {
  foldVietnamese,
  formatVnDate,
  formatVnNumber,
  fromRoman,
  parseVnDate,
  parseVnNumber,
  toRoman,
} from '../../../shared/domain/text';
import type { IsoDate, ReportedStatus } from '../../../shared/domain/types';
import { cellText, detectLayout, mergeAt, type SheetLayout } from './detect-layout';
import { cellAt, columnLetter, type GridCell, type GridSheet, type GridWorkbook } from './grid';
import type { ColumnKind } from './header-names';
import { expandedWords, matchRows, normCode, type MatchQuery } from './match-rows';

export interface PlanRows {
  tasks: { id: number; code: string; group: string; number: string; text: string }[];
  indicators: { id: number; code: string; parent: string | null; text: string; unit: string }[];
}

// ---------------------------------------------------------------------------------------------
// Cell readings

const ERROR_TEXT = /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The formula error a cell shows, if any. */
function formulaError(cell: GridCell | null): string | null {
  if (!cell) return null;
  if (cell.error) return cell.error;
  const t = cell.text.trim();
  return ERROR_TEXT.test(t) ? t.toUpperCase() : null;
}

/** Status words as agencies write them, folded, checked from the start of the text. */
const STATUS_WORDS: ReadonlyArray<[RegExp, ReportedStatus]> = [
  [/^(?:chua (?:thuc hien|trien khai|bat dau|lam)|khong thuc hien)\b/, 'not_started'],
  [
    /^(?:dang\b|chua hoan thanh|da va dang|tiep tuc|thuong xuyen|trien khai thuong xuyen)/,
    'in_progress',
  ],
  [/^(?:da hoan thanh|hoan thanh|da xong|xong|da thuc hien xong|da trien khai xong)\b/, 'done'],
];
// A status column (not free text) may also say just "đã thực hiện" / "đã triển khai".
const STATUS_COLUMN_EXTRA: ReadonlyArray<[RegExp, ReportedStatus]> = [
  [/^(?:da thuc hien|da trien khai|da ban hanh)\b/, 'done'],
];

function statusFromText(text: string, statusColumn: boolean): ReportedStatus | null {
  const f = foldVietnamese(text).replace(/^[\s\-+.*•:]+/, '');
  if (f === '') return null;
  const rules = statusColumn ? [...STATUS_WORDS, ...STATUS_COLUMN_EXTRA] : STATUS_WORDS;
  for (const [re, status] of rules) if (re.test(f)) return status;
  return null;
}

// What counts as "not marked" in an x-mark column; anything else ("x", "X", "✓", "1", a date) is.
const NOT_A_MARK = new Set(['', '0', '-', '–', '—', 'khong', 'k']);

function isMarked(cell: GridCell | null): boolean {
  if (!cell || formulaError(cell)) return false;
  if (cell.value === false) return false;
  return !NOT_A_MARK.has(foldVietnamese(cellText(cell)));
}

// Excel serials from 2000 to 2100; a bare number outside is not a date someone typed.
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_051;
const DATE_IN_TEXT =
  /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})/;

function dateFromCell(cell: GridCell | null): IsoDate | null {
  if (!cell || formulaError(cell)) return null;
  const v = cell.value;
  if (v instanceof Date) return parseVnDate(v);
  if (typeof v === 'number') return v >= SERIAL_MIN && v <= SERIAL_MAX ? parseVnDate(v) : null;
  const text = cellText(cell);
  const whole = parseVnDate(text);
  if (whole) return whole;
  const m = DATE_IN_TEXT.exec(foldVietnamese(text));
  return m ? parseVnDate(m[1] ?? '') : null;
}

/** A completion date written inside a result text: "hoàn thành ngày 15/4/2025", "… ban hành ngày …". */
function dateInResultText(text: string): IsoDate | null {
  const f = foldVietnamese(text);
  const after =
    /(?:hoan thanh|ban hanh|phe duyet|trien khai xong|xong)\D{0,20}?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})/.exec(
      f,
    );
  const m = after ?? /ngay\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/.exec(f);
  if (!m) return null;
  const raw = m[1] ?? '';
  return parseVnDate(raw) ?? parseVnDate(`ngay ${raw}`);
}

/** An indicator figure: numbers stay numbers (a percent cell shows its percent), text is parsed. */
function readValue(cell: GridCell | null): { value: number | null; valueText: string | null } {
  if (!cell) return { value: null, valueText: null };
  const text = cellText(cell);
  const v = cell.value;
  if (typeof v === 'number') {
    const shown = text.endsWith('%') ? parseVnNumber(text) : null;
    // Excel keeps 92,5% as 0.925 behind a percent format; the figure meant is the one shown.
    const value = shown ?? (text.endsWith('%') ? v * 100 : v);
    return { value, valueText: text !== '' ? text : formatVnNumber(value, 4) };
  }
  if (text === '') return { value: null, valueText: null };
  let value = parseVnNumber(text);
  if (value === null) {
    // "2.191 học viên", "đạt 92,5%": one figure inside words.
    const numbers = text.match(/[≥≤><]?\s*\d[\d.,]*\s*%?/g) ?? [];
    if (numbers.length === 1) value = parseVnNumber((numbers[0] ?? '').trim());
  }
  return { value, valueText: text };
}

// ---------------------------------------------------------------------------------------------
// Row shapes

// Signature block and place-date line under the table: the table ends there.
const FOOTER =
  /^(?:nguoi lap(?: bieu)?|nguoi tong hop|nguoi bao cao|can bo tong hop|thu truong|giam doc|kt\.? ?giam doc|pho giam doc|noi nhan|xac nhan|ky ten|chanh van phong|truong ban|chi huy truong|giam doc so)\b|^[^,]{2,40}, ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}/;
// "Tổng cộng", "Cộng" with an empty STT; not "Công bố …", which folds the same as "Cộng".
const TOTAL_ROW = /^tong cong\b|^cong\s*:?$/;
const COLUMN_NUMBER = /^\(?(?:\d{1,2}|[a-z])\)?$/;
const GROUP_IN_TEXT = /^(?:nhom\s+(?:nhiem vu\s+)?)?([ivx]+)\s*[.:)\-–]\s*\S/;
const GROUP_NUMBER_IN_TEXT = /^nhom\s+(?:nhiem vu\s+)?(\d{1,2})\b/;
const TASK_CODE = /^([IVX]+)\s*[.\-/]\s*(\d+[a-z]?)\.?$/i;
const INDICATOR_CODE_IN_TEXT = /^(\d{1,2}(?:\.\d{1,2})?)[.)]\s+/;

interface RawRow {
  sheet: GridSheet;
  layout: SheetLayout;
  row: number;
  text: string;
  code: string | null;
  number: string | null;
  group: string | null;
  cells: Partial<Record<ColumnKind, GridCell | null>>;
}

function rowTexts(sheet: GridSheet, row: number, layout: SheetLayout): string[] {
  const out: string[] = [];
  for (
    let c = layout.firstCol;
    c <= Math.max(layout.lastCol, sheet.rows[row - 1]?.length ?? 0);
    c++
  ) {
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
  if (merged || (stt === '' && !hasData && romanInText !== null)) {
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

// ---------------------------------------------------------------------------------------------
// Header (title block)

const AGENCY_LINE =
  /^(?:so\s+(?!lieu\b|thu tu\b)[a-z]|cong an|bo chi huy|ban quan ly|ngan hang|cuc thue|thue tinh|van phong|thanh tra|truong cao dang|truong|lien hiep|uy ban nhan dan (?:xa|phuong)|ubnd (?:xa|phuong)|dai phat thanh|hiep hoi|ban (?:tuyen giao|dan toc)|bo doi)/;
const DOC_IN_TEXT =
  /(?:báo cáo|công văn|văn bản|tờ trình)\s+số\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
const DOC_LINE = /^số\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
const DATE_AFTER =
  /ngày\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/iu;

function headerFrom(lines: string[], footer: string[]): ImportHeader {
  let agencyText: string | null = null;
  let parent: string | null = null;
  for (const line of lines) {
    const f = foldVietnamese(line);
    if (/^(?:ubnd|uy ban nhan dan) tinh\b/.test(f)) {
      parent = line; // the parent body
      continue;
    }
    if (AGENCY_LINE.test(f)) {
      // "UBND TỈNH LAI CHÂU / VĂN PHÒNG": the office is the People's Committee's own.
      agencyText = f === 'van phong' && parent ? `${line} ${parent}` : line;
      break;
    }
  }
  if (!agencyText) {
    for (const line of lines) {
      const m =
        /\bcủa\s+((?:Sở|Công an|Ban|Bộ Chỉ huy|Văn phòng|Ngân hàng|Cục|Thuế|UBND|Ủy ban nhân dân|Trường|Liên hiệp)[^()\n;,]*)/iu.exec(
          line,
        );
      if (m && !/tỉnh\s*$/iu.test(m[1] ?? '')) {
        agencyText = (m[1] ?? '').trim();
        break;
      }
    }
  }

  let periodText: string | null = null;
  for (const line of lines) {
    if (/^\(?\s*kèm theo/iu.test(line)) continue;
    if (parsePeriodFromText(line)) {
      periodText = line;
      break;
    }
  }

  let docNumber: string | null = null;
  let docDate: IsoDate | null = null;
  for (const line of lines) {
    const m = DOC_IN_TEXT.exec(line);
    if (!m) continue;
    docNumber = (m[1] ?? '').replace(/\s+/g, '');
    const d = DATE_AFTER.exec(line.slice((m.index ?? 0) + m[0].length));
    docDate = d ? (parseVnDate(d[1] ?? '') ?? parseVnDate(`ngày ${d[1] ?? ''}`)) : null;
    break;
  }
  if (!docNumber) {
    for (const line of lines) {
      const m = DOC_LINE.exec(line);
      if (m) {
        docNumber = (m[1] ?? '').replace(/\s+/g, '');
        break;
      }
    }
  }
  if (docNumber && !docDate) {
    // The place-date line of a formal report: "Lai Châu, ngày 05 tháng 9 năm 2025".
    for (const line of lines) {
      const d = /,\s*ngày\s*(\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})/iu.exec(line);
      if (d) {
        docDate = parseVnDate(`ngày ${d[1] ?? ''}`);
        break;
      }
    }
  }

  let person: string | null = null;
  let phone: string | null = null;
  for (const line of footer) {
    const p =
      /(?:người lập(?: biểu)?|người tổng hợp|cán bộ (?:tổng hợp|phụ trách))\s*:\s*([^,;(]+)/iu.exec(
        line,
      );
    if (p && !person) person = (p[1] ?? '').trim() || null;
    const t = /(?:điện thoại|đt|sđt)\s*:?\s*(\+?\d[\d .]{7,}\d)/iu.exec(line);
    if (t && !phone) phone = (t[1] ?? '').replace(/[ .]/g, '');
  }

  return {
    agencyText,
    periodText,
    docNumber,
    docDate,
    person,
    phone,
    summary: null,
    difficulties: null,
    proposals: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Extraction

function issue(
  sheet: string | null,
  row: number | null,
  col: number | null,
  message: string,
  severity: ImportIssue['severity'],
): ImportIssue {
  return { sheet, row, column: col === null ? null : columnLetter(col), message, severity };
}

const STATUS_LABEL: Record<ReportedStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};
const MARKS: ReadonlyArray<[ColumnKind, ReportedStatus]> = [
  ['markDone', 'done'],
  ['markInProgress', 'in_progress'],
  ['markNotStarted', 'not_started'],
];
// Columns read from every data row (the subject column is read separately).
const READ_KINDS: ColumnKind[] = [
  'stt',
  'code',
  'status',
  'markDone',
  'markInProgress',
  'markNotStarted',
  'completedOn',
  'progress',
  'difficulties',
  'proposals',
  'note',
  'value',
];

interface SheetScan {
  rows: RawRow[];
  footer: string[];
  hidden: number;
  /** Rows with content under the heading (those past the reader's row limit included). */
  filled: number;
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
function scanSheet(
  sheet: GridSheet,
  layout: SheetLayout,
  limit: number,
  planCodes: Set<string>,
): SheetScan {
  const rows: RawRow[] = [];
  const footer: string[] = [];
  const hiddenRows = new Set(sheet.hiddenRows);
  let hidden = 0;
  let group: string | null = null;
  let inFooter = false;
  let filled = sheet.unreadRows ?? 0;
  let cut: SheetScan['cut'] = null;
  for (let r = layout.firstDataRow; r <= sheet.rows.length; r++) {
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
    const texts = rowTexts(sheet, r, layout);
    if (texts.length === 0) continue;
    if (!cut) filled++;
    const cells: RawRow['cells'] = {};
    for (const kind of READ_KINDS) {
      const col = layout.columns[kind];
      if (col !== undefined) cells[kind] = cellAt(sheet, r, col);
    }
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
    const g = groupOf(sheet, r, layout, stt, subject, hasData);
    if (g) {
      group = g.group;
      continue;
    }
    if (continuation) {
      // A task cell merged down over several rows: what the row above lacks is taken from here.
      const prev = rows[rows.length - 1];
      if (prev) prev.cells = { ...nonEmpty(cells), ...nonEmpty(prev.cells) };
      continue;
    }
    if (subject === '' && !hasData && !formulaError(subjectCell)) continue;

    let code = cells.code ? cellText(cells.code) || null : null;
    let number: string | null = null;
    let text = subject;
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
    rows.push({ sheet, layout, row: r, text, code, number, group, cells });
  }
  const unread = sheet.unreadRows ?? 0;
  if (cut) cut.skipped += unread;
  else if (unread > 0) cut = { lastRow: sheet.rows.length, skipped: unread };
  return { rows, footer, hidden, filled, cut };
}

function nonEmpty(cells: RawRow['cells']): RawRow['cells'] {
  const out: RawRow['cells'] = {};
  for (const [k, v] of Object.entries(cells) as [ColumnKind, GridCell | null][]) {
    if (cellText(v) !== '') out[k] = v;
  }
  return out;
}

function textOf(cell: GridCell | null | undefined): string | null {
  if (!cell || formulaError(cell)) return null;
  const t = cellText(cell);
  return t === '' ? null : t;
}

/** Reads one task or indicator row into an ImportRow (without the match, filled in later). */
function readRow(raw: RawRow): ImportRow {
  const { layout, row, cells } = raw;
  const sheet = layout.sheet;
  const issues: ImportIssue[] = [];
  const col = (k: ColumnKind): number | null => layout.columns[k] ?? null;

  // Formula errors are never taken as data.
  const subjectError = formulaError(cellAt(raw.sheet, row, layout.subjectColumn));
  const errorCells: [number, string][] = subjectError ? [[layout.subjectColumn, subjectError]] : [];
  for (const [k, cell] of Object.entries(cells) as [ColumnKind, GridCell | null][]) {
    const e = formulaError(cell);
    const c = col(k);
    if (e && c !== null) errorCells.push([c, e]);
  }
  for (const [c, e] of errorCells.sort((a, b) => a[0] - b[0])) {
    issues.push(
      issue(
        sheet,
        row,
        c,
        `Ô ${columnLetter(c)}${row} có lỗi công thức ${e}; giá trị không được nhập. ` +
          `Hãy sửa trong tệp gốc hoặc nhập tay.`,
        'error',
      ),
    );
  }

  const base: ImportRow = {
    key: `${sheet}!${row}`,
    sheet,
    row,
    kind: layout.kind,
    targetId: null,
    code: null,
    confidence: 0,
    uncertain: true,
    candidates: [],
    text: raw.text,
    status: null,
    completedOn: null,
    progress: textOf(cells.progress),
    difficulties: textOf(cells.difficulties),
    proposals: textOf(cells.proposals),
    value: null,
    valueText: null,
    note: textOf(cells.note),
    issues,
  };

  if (layout.kind === 'indicator') {
    if (!formulaError(cells.value ?? null)) Object.assign(base, readValue(cells.value ?? null));
    return base;
  }

  // Status: the status column's words, else the x-marks, else the words a result text starts with.
  const statusText = textOf(cells.status);
  let status: ReportedStatus | null = null;
  let statusFromProgress = false;
  if (statusText) {
    status = statusFromText(statusText, true);
    if (!status) {
      issues.push(
        issue(
          sheet,
          row,
          col('status'),
          `Không hiểu tiến độ "${statusText}" ở ô ${columnLetter(col('status') ?? 1)}${row}; ` +
            `hãy chọn Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
          'warning',
        ),
      );
    }
  }
  const marked = MARKS.filter(([k]) => isMarked(cells[k] ?? null));
  if (!status && marked.length === 1) status = marked[0]?.[1] ?? null;
  if (marked.length > 1) {
    status = null;
    const names = marked.map(([, s]) => STATUS_LABEL[s]).join(', ');
    issues.push(
      issue(
        sheet,
        row,
        col(marked[0]?.[0] ?? 'markDone'),
        `Dòng ${row} đánh dấu nhiều tiến độ cùng lúc (${names}); hãy giữ một dấu trong tệp ` +
          `hoặc chọn tiến độ đúng khi xem trước.`,
        'warning',
      ),
    );
  }
  const hasStatusColumns = col('status') !== null || MARKS.some(([k]) => col(k) !== null);
  if (!status && !hasStatusColumns && base.progress) {
    status = statusFromText(base.progress, false);
    statusFromProgress = status !== null;
  }

  // Completion date: the date column, a date typed under "Đã hoàn thành", or, only when the file
  // has no date column, a date written inside the result text (flagged for checking).
  let completedOn = dateFromCell(cells.completedOn ?? null);
  if (!completedOn && status === 'done') completedOn = dateFromCell(cells.markDone ?? null);
  if (!status && !hasStatusColumns && completedOn) status = 'done';
  if (!completedOn && status === 'done' && col('completedOn') === null) {
    const source = base.progress ?? statusText;
    const found = source ? dateInResultText(source) : null;
    if (found) {
      completedOn = found;
      const where = base.progress ? col('progress') : col('status');
      issues.push(
        issue(
          sheet,
          row,
          where,
          `Ngày hoàn thành ${formatVnDate(found)} được lấy từ nội dung kết quả vì tệp không có ` +
            `cột thời gian hoàn thành; hãy kiểm tra lại.`,
          'warning',
        ),
      );
    }
  }
  base.status = status;
  base.completedOn = status === 'done' ? completedOn : null;
  // A result cell that only said "Hoàn thành" was the status, not a result.
  if (statusFromProgress && base.progress && /^[\p{L}\s.,]{0,20}$/u.test(base.progress)) {
    base.progress = null;
  }
  return base;
}

/**
 * Data rows of one sheet read and matched, at most: a report for a plan of 75 tasks does not have
 * 300,000 rows, and matching them all would take minutes and gigabytes for nothing.
 */
export function sheetRowLimit(plan: PlanRows): number {
  return Math.max(5000, 20 * (plan.tasks.length + plan.indicators.length));
}

/** Unmatched rows shown in a preview, at most; the others are counted in one issue. */
export const UNMATCHED_SHOWN = 1000;

const vn = (n: number): string => n.toLocaleString('vi-VN');

/** Extracts the rows, matches and title-block header of a foreign (agency-made) workbook. */
export function extractForeign(wb: GridWorkbook, plan: PlanRows): Extraction {
  const issues: ImportIssue[] = [];
  const raws: RawRow[] = [];
  const titleLines: string[] = [];
  const footer: string[] = [];
  const limit = sheetRowLimit(plan);
  const planCodes = new Set([...plan.tasks, ...plan.indicators].map((x) => normCode(x.code)));

  for (const sheet of wb.sheets) {
    if (sheet.state !== 'visible') continue;
    const detected = detectLayout(sheet);
    if (!detected.ok) {
      if (!detected.empty) {
        issues.push(issue(sheet.name, null, null, detected.reason, 'warning'));
        // A cover sheet without a table may still carry the agency, period and document number.
        for (let r = 1; r <= Math.min(15, sheet.rows.length); r++) {
          for (const c of sheet.rows[r - 1] ?? []) {
            for (const line of cellText(c).split(/\r?\n/))
              if (line.trim()) titleLines.push(line.trim());
          }
        }
      }
      continue;
    }
    const layout = detected.layout;
    titleLines.push(...layout.titleLines);
    const scan = scanSheet(sheet, layout, limit, planCodes);
    // One at a time: spreading thousands of rows into push() overflows the call stack.
    for (const row of scan.rows) raws.push(row);
    for (const line of scan.footer) footer.push(line);
    if (scan.cut) {
      const { lastRow, skipped } = scan.cut;
      const read = scan.rows.filter((x) => x.row <= lastRow).length;
      const coded = scan.rows.length - read;
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có ${vn(scan.filled)} dòng, nhiều hơn nhiều so với số ` +
            `nhiệm vụ và chỉ tiêu của kế hoạch; chỉ ${vn(read)} dòng số liệu đầu tiên (đến dòng ` +
            `${vn(lastRow)}) được đọc và đối chiếu` +
            (coded > 0
              ? `, cùng ${vn(coded)} dòng sau đó có mã nhiệm vụ, chỉ tiêu của kế hoạch`
              : '') +
            `, ${vn(skipped)} dòng còn lại bị bỏ qua. Nếu báo cáo nằm ở trang khác hoặc ở cuối ` +
            `trang này, hãy xoá bớt các dòng, trang dữ liệu thừa rồi nhập lại.`,
          'warning',
        ),
      );
    }
    if (scan.hidden > 0) {
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có ${scan.hidden} dòng bị ẩn; các dòng ẩn không được nhập. ` +
            `Nếu cần, hãy bỏ ẩn trong tệp gốc rồi nhập lại.`,
          'warning',
        ),
      );
    }
    if (scan.rows.length === 0) {
      issues.push(
        issue(
          sheet.name,
          null,
          null,
          `Trang tính "${sheet.name}" có tiêu đề cột nhưng không có dòng số liệu nào.`,
          'warning',
        ),
      );
    }
  }

  const rows = raws.map(readRow);
  matchKind(
    raws,
    rows,
    'task',
    plan.tasks.map((t) => ({
      id: t.id,
      code: t.code,
      text: t.text,
      group: t.group,
      number: t.number,
    })),
  );
  matchKind(
    raws,
    rows,
    'indicator',
    plan.indicators.map((x) => ({
      id: x.id,
      code: x.code,
      text: x.text,
      group: null,
      number: null,
    })),
  );

  const header = headerFrom(titleLines, footer);
  return {
    source: 'foreign',
    agencyId: null,
    period: header.periodText ? parsePeriodFromText(header.periodText) : null,
    header,
    rows: withoutSurplusUnmatched(rows, issues),
    issues,
  };
}

/**
 * Every matched row, and the first UNMATCHED_SHOWN unmatched ones: past that the rows are a data
 * dump, not a report, and a preview of thousands of "no match" rows helps nobody (one issue
 * counts them instead).
 */
function withoutSurplusUnmatched(rows: ImportRow[], issues: ImportIssue[]): ImportRow[] {
  let unmatched = 0;
  const dropped = new Map<string, number>();
  const kept = rows.filter((row) => {
    if (row.targetId !== null || ++unmatched <= UNMATCHED_SHOWN) return true;
    dropped.set(row.sheet, (dropped.get(row.sheet) ?? 0) + 1);
    return false;
  });
  if (dropped.size > 0) {
    const total = [...dropped.values()].reduce((a, b) => a + b, 0);
    const where = [...dropped.keys()].map((s) => `"${s}"`).join(', ');
    issues.push(
      issue(
        null,
        null,
        null,
        `Còn ${vn(total)} dòng khác (trang ${where}) không khớp với nhiệm vụ, chỉ tiêu nào của kế ` +
          `hoạch và không được đưa vào bản xem trước (chỉ hiện ${vn(UNMATCHED_SHOWN)} dòng không ` +
          `khớp đầu tiên). Nếu trong đó có dòng cần nhập, hãy xoá bớt các dòng thừa trong tệp rồi ` +
          `nhập lại để chọn nhiệm vụ, chỉ tiêu cho từng dòng.`,
        'warning',
      ),
    );
  }
  return kept;
}

function matchKind(
  raws: RawRow[],
  rows: ImportRow[],
  kind: ImportRow['kind'],
  targets: Parameters<typeof matchRows>[1],
): void {
  const idx = rows.map((r, i) => (r.kind === kind ? i : -1)).filter((i) => i >= 0);
  const queries: MatchQuery[] = idx.map((i) => {
    const raw = raws[i]!;
    return {
      text: raw.text,
      code: raw.code,
      number: raw.number,
      group: kind === 'task' ? raw.group : null,
    };
  });
  const results = matchRows(queries, targets);
  const what = kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu';
  results.forEach((m, qi) => {
    const row = rows[idx[qi]!]!;
    const col = raws[idx[qi]!]!.layout.subjectColumn;
    Object.assign(row, {
      targetId: m.targetId,
      code: m.code,
      confidence: m.confidence,
      uncertain: m.targetId === null || m.confidence < CONFIDENT_MATCH,
      candidates: m.candidates,
    });
    if (m.lostTo) {
      const winner = rows[idx[m.lostTo.query]!]!;
      const where =
        winner.sheet === row.sheet
          ? `dòng ${winner.row}`
          : `dòng ${winner.row} (trang "${winner.sheet}")`;
      row.issues.push(
        issue(
          row.sheet,
          row.row,
          col,
          `Dòng này giống ${what} ${m.lostTo.code}, nhưng ${what} đó đã khớp với ${where}; ` +
            `hãy chọn ${what} đúng cho dòng này hoặc bỏ dòng.`,
          'warning',
        ),
      );
    } else if (m.targetId === null) {
      row.issues.push(
        issue(
          row.sheet,
          row.row,
          col,
          `Không khớp được dòng này với ${what} nào của kế hoạch; hãy chọn ${what} hoặc bỏ dòng.`,
          'warning',
        ),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Agency from the title block and the file name

/** "SoNoiVu_BC_Q3_2025.xlsx" → "So Noi Vu BC Q3 2025"; titles pass through. */
function splitFileName(text: string): string {
  return text
    .replace(/\.(?:xlsx|xlsm|xls|ods)$/i, '')
    .replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_+]+/g, ' ');
}

/** Folded words for agency comparison, "&" dropped so that "Sở TT&TT" reads as "so tttt". */
function agencyWords(text: string): string {
  return ` ${expandedWords(splitFileName(text).replace(/&/g, '')).join(' ')} `;
}

/**
 * The agency a file comes from, found in its title rows and file name, earlier texts first: an
 * official name or alias written out gives 1 (0.9 from a file name); only a bare abbreviation
 * ("SNV" in "215/BC-SNV") gives 0.7, to be confirmed. Within one text the longest name wins, so
 * "Cục Thuế tỉnh Lai Châu" beats "Thuế tỉnh". Another agency named in full lowers it to 0.6.
 */
export function findAgencyInText(
  texts: string[],
  agencies: { id: number; name: string; shortName: string | null; aliases: string[] }[],
): { id: number; confidence: number } | null {
  const names = agencies.flatMap((a) =>
    [a.name, a.shortName, ...a.aliases]
      .filter((n): n is string => n !== null && n.trim() !== '')
      .map((n) => ({ id: a.id, words: agencyWords(n).trim() }))
      .filter((n) => n.words !== ''),
  );
  type Found = { id: number; words: string; at: number; fileName: boolean };
  const found: Found[] = [];
  texts.forEach((text, at) => {
    // The addressee ("Kính gửi: Sở Khoa học và Công nghệ") is not the sender.
    if (/^(?:kinh gui|gui|noi nhan)\b/.test(foldVietnamese(text))) return;
    const hay = agencyWords(text);
    // A file name ("SoNoiVu_BC_Q3_2025", with or without extension) is weaker than a title line.
    const fileName = /\.(?:xlsx|xlsm|xls|ods)$/i.test(text.trim()) || !/\s/.test(text.trim());
    for (const n of names) {
      if (hay.includes(` ${n.words} `)) found.push({ id: n.id, words: n.words, at, fileName });
    }
  });
  const byTrust = (list: Found[]): Found | null =>
    list.reduce<Found | null>(
      (best, f) =>
        !best || f.at < best.at || (f.at === best.at && f.words.length > best.words.length)
          ? f
          : best,
      null,
    );
  const full = found.filter((f) => f.words.includes(' '));
  const winner = byTrust(full);
  if (!winner) {
    const abbreviation = byTrust(found);
    return abbreviation ? { id: abbreviation.id, confidence: 0.7 } : null;
  }
  const rival = full.some(
    (f) => f.id !== winner.id && !` ${winner.words} `.includes(` ${f.words} `),
  );
  const confidence = rival ? 0.6 : winner.fileName ? 0.9 : 1;
  return { id: winner.id, confidence };
}
