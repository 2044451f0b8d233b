// A task's "Thời gian hoàn thành" as printed in a plan, parsed to a kind and a due date.

import type { Deadline, IsoDate } from './types';
import { endOfMonth, foldVietnamese, fromRoman, nfc, parseVnDate } from './text';

const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2212]';
const YEAR = '((?:19|20|21)\\d{2})';

// Matched against the folded text (lower case, no diacritics, đ→d, single spaces).
const RECURRING =
  /^(?:nhiem vu )?(?:thuong xuyen|hang (?:nam|quy|thang|tuan|ngay)|moi nam|dinh ky|lien tuc)\b/;
const CONDITIONAL = /^(?:ngay sau khi|sau khi|khi|theo|tuy theo|tuy thuoc|can cu)\b/;

function result(
  text: string,
  kind: Deadline['kind'],
  due: IsoDate | null,
  start: IsoDate | null,
): Deadline {
  return { text, kind, due, start };
}

function monthDeadline(text: string, month: number, year: number): Deadline {
  return month >= 1 && month <= 12
    ? result(text, 'date', endOfMonth(year, month), null)
    : result(text, 'none', null, null);
}

function rangeDeadline(text: string, from: number, to: number): Deadline {
  return to >= from
    ? result(text, 'range', `${to}-12-31`, `${from}-01-01`)
    : result(text, 'none', null, null);
}

/**
 * Parses a deadline; `text` keeps the plan's wording (NFC, trimmed). Kinds:
 * - `date`: `3/2025` or `03/2025` or `tháng 3 năm 2025` → last day of that month; `2026` or
 *   `năm 2026` → 31/12/2026; `quý II/2025` → last day of the quarter; a full date `15/04/2025`,
 *   also after `trước` / `trước ngày`;
 * - `range`: `2026 – 2030`, `2025- 2026`, `giai đoạn 2026-2030`, `từ 2026 đến 2030` → start
 *   1 January of the first year, due 31 December of the last;
 * - `recurring` (no due date): `Thường xuyên`, `Nhiệm vụ thường xuyên`, `Hàng năm`, `Hằng năm`…;
 * - `conditional` (no due date): `Sau khi …`, `Khi …`, `Theo tiến độ …`, `Theo chỉ đạo …`…;
 * - `none`: empty or not recognised (the text is still kept for display).
 */
export function parseDeadline(text: string): Deadline {
  const stored = nfc(text).trim();
  const f = foldVietnamese(stored)
    .replace(/[.;]+$/, '')
    .trim();
  if (f === '') return result(stored, 'none', null, null);

  // "trước ngày 15/6/2025", "trước 30/6/2025": the date itself is the deadline.
  const body = f.replace(/^(?:truoc|den|han|cham nhat)(?: ngay)?\s*/, '');

  const date = parseVnDate(body);
  if (date) return result(stored, 'date', date, null);

  let m = new RegExp(`^(?:thang\\s*)?(\\d{1,2})\\s*(?:/|${DASH}|\\.|\\s*nam\\s)\\s*${YEAR}$`).exec(
    body,
  );
  if (m) return monthDeadline(stored, Number(m[1]), Number(m[2]));

  m = new RegExp(`^(?:trong\\s+|het\\s+)?(?:nam\\s*)?${YEAR}$`).exec(body);
  if (m) return result(stored, 'date', `${m[1]}-12-31`, null);

  m = new RegExp(`^quy\\s*([1-4]|i{1,3}|iv)\\s*(?:/|${DASH}|\\s*nam\\s)\\s*${YEAR}$`).exec(body);
  if (m) {
    const q = /^\d$/.test(m[1] ?? '') ? Number(m[1]) : (fromRoman(m[1] ?? '') ?? 0);
    return result(stored, 'date', endOfMonth(Number(m[2]), q * 3), null);
  }

  m = new RegExp(
    `^(?:giai doan\\s*)?(?:tu\\s*)?(?:nam\\s*)?${YEAR}\\s*(?:${DASH}|den(?: nam)?)\\s*${YEAR}$`,
  ).exec(body);
  if (m) return rangeDeadline(stored, Number(m[1]), Number(m[2]));

  if (RECURRING.test(f)) return result(stored, 'recurring', null, null);
  if (CONDITIONAL.test(f)) return result(stored, 'conditional', null, null);
  return result(stored, 'none', null, null);
}
