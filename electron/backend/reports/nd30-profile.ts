// The Nghị định 30/2020/NĐ-CP layout profile (shared/design/ND30.md) as named numbers and the
// capitalisation rule for agency names; no layout library here, so the Word writer, the print
// rendition and the Excel appendices all read the same numbers. Font metrics: typography/.
import { capitalise } from '../../../shared/domain/text';
import { textWidth } from '../typography/times-metrics';

// ---------------------------------------------------------------------------------------------
// Profile numbers

/** 1 mm in twips (1440 / 25.4 ≈ 56.7). */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

/** A4 portrait in twips. */
export const A4 = { width: 11906, height: 16838 } as const;

export const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** As in the decree's own file for its landscape table. */
export const LANDSCAPE_MARGINS = { top: mm(20), bottom: mm(15), left: mm(30), right: mm(15) };
/** Distance of the page number from the paper's top edge: inside the 20 mm top margin. */
export const HEADER_DISTANCE = mm(10);
export const FOOTER_DISTANCE = mm(10);

export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

const FONT = 'Times New Roman';
/** All four slots, or Word picks another font for Vietnamese letters outside Latin-1. */
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT } as const;

/** Font sizes in half-points (13 pt = 26). */
export const SIZE = {
  parentAgency: 26,
  agency: 26,
  nationalTitle: 26,
  motto: 28,
  number: 26,
  letterSubject: 24,
  placeDate: 28,
  docType: 28,
  summary: 28,
  addressee: 28,
  body: 28,
  recipientsLabel: 24,
  recipients: 22,
  authority: 28,
  signerName: 28,
  pageNumber: 28,
  appendixHeading: 28,
  appendixTitle: 28,
  appendixReference: 28,
  table: 24,
} as const;

/** Body text: first-line indent 1.27 cm, 6 pt after, line spacing 1.15. */
export const BODY = { firstLine: 720, after: 120, line: 276 } as const;

/** Header block columns (about 40 % / 60 %, as in the decree's template). */
const HEADER_LEFT_SHARE = 0.4;
/** The header table reaches a little into the margins, as the decree's template does, so that the
 * agency name and the national title stay on one line each. */
export const HEADER_OVERHANG = { left: mm(6), right: mm(2) } as const;
/** Signature block: "Nơi nhận" on the left, the signer on the right. */
const SIGNATURE_LEFT_SHARE = 0.45;
/** Empty lines left for the signature and the seal. */
export const SIGNATURE_SPACE_LINES = 4;
/** Space between the last line of the body and the signature block (one 12 pt line). */
export const SIGNATURE_GAP = 240;
/** Weight of the short lines under the agency, the motto and the summary (eighths of a point). */
export const RULE_SIZE = 6;
/** Height of the empty paragraph that carries a rule: the gap between the text and its line. */
export const RULE_GAP = 100;

// ---------------------------------------------------------------------------------------------
// Capitalisation (Phụ lục II of the decree)

// Words naming the kind of body; the field after them starts with a capital (Sở Khoa học …).
const ORGAN_WORDS = [
  'ủy ban nhân dân',
  'văn phòng',
  'chi cục',
  'trung tâm',
  'sở',
  'ban',
  'cục',
  'viện',
  'bộ',
];
// Administrative units stay lower case; the place name after them is capitalised (tỉnh Lai Châu).
const ADMIN_UNITS = ['tỉnh', 'huyện', 'xã', 'phường', 'thị trấn', 'thị xã', 'thành phố'];

/**
 * An agency name printed in capitals in the header, as it reads inside a sentence (Phụ lục II of
 * the decree): `SỞ KHOA HỌC VÀ CÔNG NGHỆ` → `Sở Khoa học và Công nghệ`, `SỞ VĂN HÓA, THỂ THAO VÀ
 * DU LỊCH` → `Sở Văn hóa, Thể thao và Du lịch`, `ỦY BAN NHÂN DÂN TỈNH LAI CHÂU` → `Ủy ban nhân dân
 * tỉnh Lai Châu`. A name that already has lower-case letters is kept as written.
 */
export function agencyInSentence(name: string): string {
  const text = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text !== text.toLocaleUpperCase('vi')) return text;
  const upper = text.split(' ');
  const words = text.toLocaleLowerCase('vi').split(' ');
  const startsWith = (i: number, phrase: string) =>
    words.slice(i, i + phrase.split(' ').length).join(' ') === phrase;
  const organ = ORGAN_WORDS.find((o) => startsWith(0, o));
  const fieldStart = organ ? organ.split(' ').length : 1;
  const out: string[] = [];
  let place = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/[&0-9]/.test(upper[i]!)) {
      out.push(upper[i]!); // abbreviations such as KH&CN
      continue;
    }
    // "xã hội" (society) is not a commune.
    const unit = startsWith(i, 'xã hội') ? undefined : ADMIN_UNITS.find((u) => startsWith(i, u));
    if (unit) {
      const n = unit.split(' ').length;
      out.push(...words.slice(i, i + n));
      i += n - 1;
      place = true;
      continue;
    }
    const prev = words[i - 1] ?? '';
    const startsPhrase =
      i === 0 || i === fieldStart || prev === 'và' || prev === '-' || /[,;]$/.test(prev);
    out.push(place || startsPhrase ? capitalise(w) : w);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Geometry of the blocks, shared by the Word writer and the print rendition (twips, half-points)

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const ADDRESSEE_LABEL = 'Kính gửi:';

/** 13 pt, or 12 pt (the decree's lower bound) when the name would not fit on one line. */
function fitSize(text: string, width: number, bold: boolean): number {
  return textWidth(text, 26, bold) <= width ? 26 : 24;
}

/** The two columns at the top of page 1, the names in capitals and the lengths of their rules. */
export function headerGeometry(settings: { parentAgency: string; agency: string }) {
  const total = PORTRAIT_TEXT_WIDTH + HEADER_OVERHANG.left + HEADER_OVERHANG.right;
  const parent = settings.parentAgency.normalize('NFC').toLocaleUpperCase('vi');
  const agency = settings.agency.normalize('NFC').toLocaleUpperCase('vi');
  const national = textWidth(NATIONAL_TITLE, SIZE.nationalTitle, true) + 120;
  const wanted = Math.max(
    textWidth(parent, SIZE.parentAgency) + 120,
    textWidth(agency, SIZE.agency, true) + 120,
    Math.round(total * HEADER_LEFT_SHARE),
  );
  // Widen the left column for a long agency name, but never squeeze the national title.
  const left = Math.min(wanted, total - national);
  const right = total - left;
  const agencySize = fitSize(agency, left, true);
  return {
    left,
    right,
    parent,
    parentSize: fitSize(parent, left, false),
    agency,
    agencySize,
    agencyRule: Math.round(Math.min(textWidth(agency, agencySize, true), left) / 3),
    mottoRule: textWidth(MOTTO, SIZE.motto, true),
  };
}

/** The short line under the summary: a third of the summary's first line. */
export function summaryRule(summary: string): number {
  return Math.round(
    Math.min(textWidth(summary, SIZE.summary, true), PORTRAIT_TEXT_WIDTH - 1200) / 3,
  );
}

/** Several addressees: "Kính gửi:" then one name per line, the block centred as a whole. */
export function addresseeGeometry(names: string[], label: string) {
  const widest = Math.max(...names.map((n) => textWidth(`- ${n};`, SIZE.addressee)));
  const labelWidth = textWidth(`${label} `, SIZE.addressee) + 100;
  const start = Math.max(
    BODY.firstLine,
    Math.round((PORTRAIT_TEXT_WIDTH - labelWidth - Math.min(widest, 5800)) / 2),
  );
  return { labelWidth, textStart: start + labelWidth };
}

export function signatureColumns(): { left: number; right: number } {
  const left = Math.round(PORTRAIT_TEXT_WIDTH * SIGNATURE_LEFT_SHARE);
  return { left, right: PORTRAIT_TEXT_WIDTH - left };
}

/** The short line under an appendix's reference line: a quarter of it. */
export function appendixRule(reference: string): number {
  return Math.round(
    Math.min(textWidth(reference, SIZE.appendixReference), LANDSCAPE_TEXT_WIDTH) / 4,
  );
}

/** Rows estimated lower than this (≈ 40 % of a landscape page) are never split over two pages. */
export const WHOLE_ROW_LIMIT = 4000;
export const CELL_PADDING = 85;

/** Estimated height of a table row in twips, from the width of its text in each cell. */
export function rowHeight(
  cells: { lines: (string | { text: string })[]; span?: number }[],
  widths: number[],
  size: number,
): number {
  let col = 0;
  let lines = 0;
  for (const c of cells) {
    const width = widths.slice(col, col + (c.span ?? 1)).reduce((a, b) => a + b, 0);
    col += c.span ?? 1;
    const usable = Math.max(200, width - 2 * CELL_PADDING);
    const count = c.lines.reduce<number>((n, line) => {
      const text = typeof line === 'string' ? line : line.text;
      // 10 % slack: lines break at word boundaries, not at the exact width.
      return n + Math.max(1, Math.ceil((textWidth(text, size) * 1.1) / usable));
    }, 0);
    lines = Math.max(lines, count);
  }
  return lines * size * 11.5 + 40; // 1.15 × size/2 pt × 20 twips, plus the cell spacing
}
