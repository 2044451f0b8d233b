// Cell readings of an agency's own report: formula errors, status words and x-marks, completion
// dates (in a date cell or inside a result text) and indicator figures.

import {
  foldVietnamese,
  formatVnNumber,
  parseVnDate,
  parseVnNumber,
} from '../../../shared/domain/text';
import type { IsoDate, ReportedStatus } from '../../../shared/domain/types';
import { cellText } from './detect-layout';
import type { GridCell } from './grid';

const ERROR_TEXT = /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** The formula error a cell shows, if any. */
export function formulaError(cell: GridCell | null): string | null {
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

export function statusFromText(text: string, statusColumn: boolean): ReportedStatus | null {
  const f = foldVietnamese(text).replace(/^[\s\-+.*•:]+/, '');
  if (f === '') return null;
  const rules = statusColumn ? [...STATUS_WORDS, ...STATUS_COLUMN_EXTRA] : STATUS_WORDS;
  for (const [re, status] of rules) if (re.test(f)) return status;
  return null;
}

// What counts as "not marked" in an x-mark column; anything else ("x", "X", "✓", "1", a date) is.
const NOT_A_MARK = new Set(['', '0', '-', '–', '—', 'khong', 'k']);

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

export function dateFromCell(cell: GridCell | null): IsoDate | null {
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
export function dateInResultText(text: string): IsoDate | null {
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
export function readValue(cell: GridCell | null): {
  value: number | null;
  valueText: string | null;
} {
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
