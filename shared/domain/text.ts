// Vietnamese text, numbers and dates: normalisation, folding for search, parsing what agencies type.
// Pure TypeScript (Intl only) so the renderer, the backend and the command line share one behaviour.

import type { IsoDate } from './types';

/** Unicode NFC; text from macOS and the Windows Vietnamese keyboard often arrives decomposed (NFD). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * Folded form for matching and search: lower case, no diacritics, đ→d, single spaces.
 * "Sở Nội vụ" → "so noi vu", "CHUYỂN ĐỔI SỐ" → "chuyen doi so".
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd') // đ has no decomposition
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first letter in capitals: "quý III năm 2025" → "Quý III năm 2025". */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** Every whitespace-separated token of `query` occurs in `haystack`, ignoring case and diacritics. */
export function matchesSearch(haystack: string, query: string): boolean {
  const tokens = foldVietnamese(query)
    .split(' ')
    .filter((t) => t !== '');
  if (tokens.length === 0) return true; // an empty search box filters nothing
  const folded = foldVietnamese(haystack);
  return tokens.every((t) => folded.includes(t));
}

// numeric: true so that "6.2" sorts before "6.10" and "Tổ 2" before "Tổ 10".
const collator = new Intl.Collator('vi', { numeric: true });

/** Vietnamese alphabetical order (a ă â b … d đ … u ư …), for Array.prototype.sort. */
export function compareVi(a: string, b: string): number {
  return collator.compare(nfc(a), nfc(b));
}

// ---------------------------------------------------------------------------------------------
// Numbers

function isGrouped(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * Parses a number as Vietnamese users and spreadsheets write it. Rules, in order:
 * - numbers pass through (NaN/Infinity → null); null, undefined, blank, non-numeric text → null;
 * - a leading comparison sign (≥ ≤ > < =) and a trailing % are ignored: `≥ 80` → 80, `2,1%` → 2.1;
 *   spaces inside digit groups of three are thousands separators (`1 234 567`);
 * - both `.` and `,` present: the later one is the decimal mark (`1.234,5` → 1234.5, `1,234.5` too);
 * - only commas: one comma is the decimal mark (`37,6`, and `1,234` → 1.234, the Vietnamese reading);
 *   several commas are thousands separators (`1,234,567`);
 * - only dots: several dots are thousands separators (`1.234.567`); a single dot is a thousands
 *   separator only when exactly three digits follow and the integer part is 1–3 digits not
 *   starting with 0 (`1.234` → 1234), otherwise a decimal mark (`0.623`, `37.6`, `12.5`).
 */
export function parseVnNumber(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  let s = nfc(input)
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  s = s.replace(/^(?:>=|<=|=>|=<|[≥≤><=])\s*/, '');
  s = s.replace(/\s*%$/, '').trim();
  let sign = 1;
  const signMatch = /^([+\-−])\s*/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+') sign = -1;
    s = s.slice(signMatch[0].length);
  }
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;

  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
    if (!isGrouped(intPart, thousands)) return null;
    intPart = intPart.split(thousands).join('');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!isGrouped(s, sep)) return null;
      intPart = parts.join('');
    } else {
      const [a = '', b = ''] = parts;
      const dotAsThousands = sep === '.' && b.length === 3 && /^[1-9]\d{0,2}$/.test(a);
      if (dotAsThousands) {
        intPart = a + b;
      } else {
        intPart = a;
        fracPart = b;
      }
    }
  } else {
    intPart = s;
  }
  const n = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return Number.isFinite(n) ? sign * n : null;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** `37.6` → `37,6`, `1234.5` → `1.234,5` (vi-VN: dot for thousands, comma for decimals). */
export function formatVnNumber(n: number, maxFractionDigits = 2): string {
  let fmt = numberFormats.get(maxFractionDigits);
  if (!fmt) {
    fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(maxFractionDigits, fmt);
  }
  return fmt.format(n);
}

// ---------------------------------------------------------------------------------------------
// Dates (IsoDate strings `yyyy-mm-dd`; they compare correctly as strings)

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** `yyyy-mm-dd` for a real calendar date (years 1000–9999), otherwise null (31/02 → null). */
export function toIsoDate(y: number, m: number, d: number): IsoDate | null {
  if (![y, m, d].every(Number.isInteger)) return null;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Last day of month `m` of year `y`: (2025, 2) → `2025-02-28`. */
export function endOfMonth(y: number, m: number): IsoDate {
  return `${y}-${pad2(m)}-${pad2(daysInMonth(y, m))}`;
}

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier: days left, days late. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** Day `d` of month `m`, or the month's last day when the month is shorter (31 in June → 30). */
export function clampedDate(y: number, m: number, d: number): IsoDate {
  return `${y}-${pad2(m)}-${pad2(Math.min(d, daysInMonth(y, m)))}`;
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the non-existent 29/02/1900
// kept for Lotus 1-2-3 compatibility, so serials from 61 on count from 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const days = Math.floor(serial);
  if (days === 60) return null;
  const offset = days < 60 ? days + 1 : days;
  return fromUtcDate(new Date(EXCEL_EPOCH_MS + offset * DAY_MS));
}

function fromUtcDate(d: Date): IsoDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A date as agencies write it or as a spreadsheet cell holds it:
 * `15/04/2025`, `5/4/2025`, `15-04-2025`, `15.04.2025`, `2025-04-15` (a time part is ignored),
 * `ngày 15 tháng 4 năm 2025`, a JS Date (its UTC day, as exceljs delivers dates), or an Excel
 * serial number (1900 date system, `45762` → `2025-04-15`). Impossible dates → null.
 */
export function parseVnDate(input: string | number | Date | null | undefined): IsoDate | null {
  if (input === null || input === undefined) return null;
  if (input instanceof Date) return fromUtcDate(input);
  if (typeof input === 'number') return fromExcelSerial(input);
  const s = foldVietnamese(input);
  if (s === '') return null;
  let m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/.exec(s);
  if (m) return toIsoDate(Number(m[4]), Number(m[3]), Number(m[1]));
  m =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(
      s,
    );
  if (m) return toIsoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam\s*|\/\s*)(\d{4})$/.exec(s);
  if (m) return toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function splitIso(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return toIsoDate(y, mo, d) ? [y, mo, d] : null;
}

/** `2025-04-15` → `15/04/2025`; null → ''; a string that is not an IsoDate is shown unchanged. */
export function formatVnDate(iso: IsoDate | null | undefined): string {
  if (iso === null || iso === undefined) return '';
  const p = splitIso(iso);
  if (!p) return iso;
  return `${pad2(p[2])}/${pad2(p[1])}/${p[0]}`;
}

/** The day `d` falls on in the machine's time zone (today by default), as `yyyy-mm-dd`. */
export function localIsoDate(d: Date = new Date()): IsoDate {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** An instant as `dd/mm/yyyy hh:mm` in the machine's time zone: `02/12/2026 16:05`. */
export function formatVnDateTime(iso: string): string {
  const d = new Date(iso);
  return `${formatVnDate(localIsoDate(d))} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * The date line of an administrative document (Nghị định 30/2020): days 1–9 and months 1–2 take a
 * leading 0, months 3–12 do not. `2026-02-05` → `ngày 05 tháng 02 năm 2026`,
 * `2025-06-15` → `ngày 15 tháng 6 năm 2025`. A string that is not an IsoDate is returned unchanged.
 */
export function formatLongVnDate(iso: IsoDate): string {
  const p = splitIso(iso);
  if (!p) return iso;
  const [y, m, d] = p;
  const month = m < 3 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

// ---------------------------------------------------------------------------------------------
// Roman numerals (task groups I–VII, quarters I–IV, appendix numbers)

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 3 → `III`, 14 → `XIV`. Throws a RangeError outside 1–3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`Không viết được số ${n} bằng chữ số La Mã.`);
  }
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * `III` → 3, `iv` → 4, `II.` → 2 (group rows in plans print a trailing dot); null when the text is
 * not a well-formed roman numeral (`IIII`, `VX`, `A`).
 */
export function fromRoman(s: string): number | null {
  const t = s.trim().replace(/\.$/, '').toUpperCase();
  if (!/^[MDCLXVI]+$/.test(t)) return null;
  const values: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = values[t.charAt(i)] ?? 0;
    const next = values[t.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling counts, so "IIII" or "IC" are rejected.
  return total >= 1 && total <= 3999 && toRoman(total) === t ? total : null;
}
