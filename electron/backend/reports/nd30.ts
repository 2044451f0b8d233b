// The Nghị định 30/2020/NĐ-CP layout profile (shared/design/ND30.md) as named numbers, and the small
// builders every official document uses: header block, body paragraphs, signature block, appendix
// headings, tables, sections. Word units: twips (1/20 pt) for lengths, half-points for font sizes.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  NoBreakHyphen,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { DocumentSettings } from '../../../shared/domain/types';

// ---------------------------------------------------------------------------------------------
// Profile numbers

/** 1 mm in twips (1440 / 25.4 ≈ 56.7). */
export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

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

export const FONT = 'Times New Roman';
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
export const HEADER_LEFT_SHARE = 0.4;
/** The header table reaches a little into the margins, as the decree's template does, so that the
 * agency name and the national title stay on one line each. */
export const HEADER_OVERHANG = { left: mm(6), right: mm(2) } as const;
/** Signature block: "Nơi nhận" on the left, the signer on the right. */
export const SIGNATURE_LEFT_SHARE = 0.45;
/** Empty lines left for the signature and the seal. */
export const SIGNATURE_SPACE_LINES = 4;
/** Space between the last line of the body and the signature block (one 12 pt line). */
export const SIGNATURE_GAP = 240;
/** Weight of the short lines under the agency, the motto and the summary (eighths of a point). */
export const RULE_SIZE = 6;
/** Height of the empty paragraph that carries a rule: the gap between the text and its line. */
export const RULE_GAP = 100;

// ---------------------------------------------------------------------------------------------
// Text width estimate, for the lines drawn under the agency, the motto and the summary

// Advance widths (1/1000 em) of Times New Roman for U+0020–U+007E (Liberation Serif has the same
// metrics). Vietnamese letters are measured by their base letter: tone marks do not widen a glyph.
const WIDTH_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const WIDTH_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** Estimated width in twips of one line of `text` in Times New Roman at `size` half-points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? WIDTH_BOLD : WIDTH_REGULAR;
  const base = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let units = 0;
  for (const ch of base) units += table[ch.charCodeAt(0) - 32] ?? 500;
  return Math.round((units / 1000) * size * 10); // size/2 pt × 20 twips/pt
}

// ---------------------------------------------------------------------------------------------
// Runs and paragraphs

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * A line's text with the hyphens inside symbols (`57-NQ/TW`, `KH-UBND`, `2026-2030`) made
 * non-breaking, so that a document symbol is never split over two lines; ` - ` stays breakable.
 */
function unbreakableSymbols(line: string): (string | NoBreakHyphen)[] {
  const parts = line.split(/(?<=\S)-(?=\S)/);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p]));
}

/** Runs for `text` in Times New Roman: NFC, and line breaks as breaks (a raw \n is not a break). */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map(
      (line, i) =>
        new TextRun({
          children: unbreakableSymbols(line),
          break: i > 0 ? 1 : undefined,
          font: FONT_SLOTS,
          size: style.size ?? SIZE.body,
          bold: style.bold,
          italics: style.italics,
        }),
    );
}

export interface ParaOptions extends RunStyle {
  align?: 'center' | 'justify' | 'left' | 'right';
  firstLine?: number;
  left?: number;
  right?: number;
  hanging?: number;
  before?: number;
  after?: number;
  /** Line spacing in 240ths of a line (276 = 1.15); single when omitted. */
  line?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  tabStop?: number;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** A paragraph of runs; its mark carries the same font and size, so even empty lines are sized. */
export function para(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const size = o.size ?? SIZE.body;
  const children =
    typeof content === 'string'
      ? content === ''
        ? []
        : runs(content, { size, bold: o.bold, italics: o.italics })
      : content;
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'left'],
    indent: {
      left: o.left,
      right: o.right,
      firstLine: o.firstLine,
      hanging: o.hanging,
    },
    // lineRule spelled out: LibreOffice reads a bare w:line as an exact height, not a multiple.
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240, lineRule: 'auto' },
    keepNext: o.keepNext,
    keepLines: o.keepLines,
    tabStops: o.tabStop ? [{ type: TabStopType.LEFT, position: o.tabStop }] : undefined,
    run: { font: FONT_SLOTS, size, bold: o.bold, italics: o.italics },
  });
}

/**
 * A short centred solid line of `length` twips inside a box `width` wide: an empty, 5 pt high
 * paragraph whose bottom border is narrowed by equal indents (Word and LibreOffice both draw it).
 */
export function rule(length: number, width: number, o: { before?: number; after?: number } = {}) {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    // An exact 5 pt line: LibreOffice gives an empty "auto" paragraph a full line whatever its size.
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: RULE_GAP, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 1 } },
    run: { font: FONT_SLOTS, size: 2 },
  });
}

/** An ordinary body paragraph: 14 pt, justified, first-line indent, 6 pt after, line 1.15. */
export function bodyParagraph(text: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  return para(text, {
    align: 'justify',
    firstLine: BODY.firstLine,
    after: BODY.after,
    line: BODY.line,
    ...o,
  });
}

/** `I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI`: bold capitals, with the body indent, kept with what follows. */
export function mucHeading(roman: string, title: string): Paragraph {
  const caps = title.normalize('NFC').toLocaleUpperCase('vi');
  return bodyParagraph(`${roman}. ${caps}`, { bold: true, keepNext: true, before: 60 });
}

/** `1. Kết quả thực hiện các chỉ tiêu`: bold sentence case, kept with what follows. */
export function khoanHeading(text: string): Paragraph {
  return bodyParagraph(text, { bold: true, keepNext: true });
}

const KHOAN = /^\d{1,2}\.\s/;

/**
 * A narrative line as the user wrote it: `1. …` is a khoản heading (bold; a long one keeps only
 * its title, up to the first colon, in bold), `a) …`, `- …`, `+ …` and plain text are body lines.
 */
export function narrativeParagraph(raw: string): Paragraph {
  const text = raw.normalize('NFC').trim();
  if (KHOAN.test(text)) {
    const colon = text.indexOf(':');
    if (text.length > 160 && colon > 0 && colon < 120 && colon < text.length - 1) {
      return bodyParagraph([
        ...runs(text.slice(0, colon + 1), { bold: true }),
        ...runs(text.slice(colon + 1)),
      ]);
    }
    return khoanHeading(text);
  }
  // A điểm title ("a) Nhóm nhiệm vụ I: …") or a line introducing a list stays with what follows.
  const title = /^[a-zđ]\)\s/.test(text) && !/[.;]$/.test(text);
  return bodyParagraph(text, { keepNext: title || text.endsWith(':') });
}

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

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

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
// Tables

const NO_BORDERS = TableBorders.NONE;
const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALL_SINGLE = {
  top: SINGLE,
  bottom: SINGLE,
  left: SINGLE,
  right: SINGLE,
  insideHorizontal: SINGLE,
  insideVertical: SINGLE,
};

/** A cell of a layout table: fixed width, no padding at the sides, no borders. */
function layoutCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [para('')],
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function layoutTable(rows: TableRow[], widths: number[], indent = 0): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    indent: indent !== 0 ? { size: indent, type: WidthType.DXA } : undefined,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

/** A cell line mixing styles (a name in italics, then the text), with its plain text. */
export interface RichLine {
  text: string;
  runs: ParagraphChild[];
}

export type CellLine = string | RichLine;

/** `rich(['Sở Nội vụ: ', { italics: true }], ['Đã tổ chức …'])` at the table size. */
export function rich(...parts: [string, RunStyle?][]): RichLine {
  return {
    text: parts.map(([t]) => t).join(''),
    runs: parts.flatMap(([t, style]) => runs(t, { size: SIZE.table, ...style })),
  };
}

export interface DataCell {
  /** One paragraph per line. */
  lines: CellLine[];
  align?: 'center' | 'justify' | 'left';
  bold?: boolean;
  italics?: boolean;
  span?: number;
}

export interface DataTableOptions {
  widths: number[];
  header: string[];
  rows: DataCell[][];
  /** Rows (by index) printed bold and kept with the next row: group rows. */
  groupRows?: Set<number>;
  size?: number;
}

/** Rows estimated lower than this (≈ 40 % of a landscape page) are never split over two pages. */
export const WHOLE_ROW_LIMIT = 4000;
const CELL_PADDING = 85;

/** Estimated height of a row in twips, from the width of its text in each cell. */
function rowHeight(cells: DataCell[], widths: number[], size: number): number {
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

/**
 * A bordered table, 12 pt, header row bold, centred and repeated on every page; rows short enough
 * are kept whole, taller ones may continue on the next page.
 */
export function dataTable(o: DataTableOptions): Table {
  const size = o.size ?? SIZE.table;
  const cell = (c: DataCell, col: number, header: boolean, group: boolean): TableCell => {
    const width = o.widths.slice(col, col + (c.span ?? 1)).reduce((a, b) => a + b, 0);
    const lines = c.lines.length > 0 ? c.lines : [''];
    return new TableCell({
      children: lines.map((line) =>
        para(typeof line === 'string' ? line : line.runs, {
          size,
          bold: header || group || c.bold,
          italics: c.italics,
          align: header ? 'center' : (c.align ?? 'left'),
          after: 20,
          before: 20,
          // A group row stays on the page of its first task.
          keepNext: group,
        }),
      ),
      width: { size: width, type: WidthType.DXA },
      columnSpan: c.span,
      verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
      margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    });
  };
  const rowOf = (cells: DataCell[], header: boolean, group: boolean): TableRow => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      cantSplit: header || group || rowHeight(cells, o.widths, size) <= WHOLE_ROW_LIMIT,
      children: cells.map((c) => {
        const made = cell(c, col, header, group);
        col += c.span ?? 1;
        return made;
      }),
    });
  };
  return new Table({
    rows: [
      rowOf(
        o.header.map((h) => ({ lines: [h] })),
        true,
        false,
      ),
      ...o.rows.map((r, i) => rowOf(r, false, o.groupRows?.has(i) ?? false)),
    ],
    columnWidths: o.widths,
    width: { size: o.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_SINGLE,
  });
}

// ---------------------------------------------------------------------------------------------
// Header block (quốc hiệu, tiêu ngữ, tên cơ quan, số ký hiệu, địa danh ngày tháng)

export interface HeaderBlockOptions {
  settings: DocumentSettings;
  /** `Số: 12/BC-SKHCN`, or `Số:      /BC-SKHCN` before signing. */
  numberLine: string;
  /** A letter's `V/v …` summary, under the number. */
  letterSubject?: string;
  /** `Lai Châu, ngày 05 tháng 6 năm 2025`. */
  placeDate: string;
}

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** 13 pt, or 12 pt (the decree's lower bound) when the name would not fit on one line. */
function fitSize(text: string, width: number, bold: boolean): number {
  return textWidth(text, 26, bold) <= width ? 26 : 24;
}

/** The two-column borderless table at the top of page 1. */
export function headerBlock(o: HeaderBlockOptions): Table {
  const total = PORTRAIT_TEXT_WIDTH + HEADER_OVERHANG.left + HEADER_OVERHANG.right;
  const parent = o.settings.parentAgency.normalize('NFC').toLocaleUpperCase('vi');
  const agency = o.settings.agency.normalize('NFC').toLocaleUpperCase('vi');
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
  const agencyRule = Math.round(Math.min(textWidth(agency, agencySize, true), left) / 3);
  const mottoRule = textWidth(MOTTO, SIZE.motto, true);

  const top = new TableRow({
    children: [
      layoutCell(
        [
          para(parent, { size: fitSize(parent, left, false), align: 'center' }),
          para(agency, { size: agencySize, bold: true, align: 'center' }),
          rule(agencyRule, left),
        ],
        left,
      ),
      layoutCell(
        [
          para(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true, align: 'center' }),
          para(MOTTO, { size: SIZE.motto, bold: true, align: 'center' }),
          rule(mottoRule, right),
        ],
        right,
      ),
    ],
  });
  const leftBottom = [para(o.numberLine, { size: SIZE.number, align: 'center', before: 160 })];
  if (o.letterSubject) {
    leftBottom.push(
      para(o.letterSubject, {
        size: SIZE.letterSubject,
        align: 'center',
        before: 60,
        left: 200,
        right: 200,
      }),
    );
  }
  const bottom = new TableRow({
    children: [
      layoutCell(leftBottom, left),
      layoutCell(
        [para(o.placeDate, { size: SIZE.placeDate, italics: true, align: 'center', before: 160 })],
        right,
      ),
    ],
  });
  return layoutTable([top, bottom], [left, right], -HEADER_OVERHANG.left);
}

/** `Số: 12/BC-SKHCN`; the number left blank (six spaces) until the document is signed. */
export function numberLine(number: string | null, symbol: string): string {
  const n = number?.trim() ?? '';
  // Numbers below 10 take a leading 0 (ND30): "05/BC-SKHCN".
  const shown = /^\d$/.test(n) ? `0${n}` : n;
  // Six spaces leave room for the number written by hand at signing.
  return shown === '' ? `Số:      /${symbol}` : `Số: ${shown}/${symbol}`;
}

/** `Lai Châu, ngày 05 tháng 6 năm 2025`; day and month blank until signing. */
export function placeDateLine(place: string, longDate: string | null, year: number): string {
  return longDate ? `${place}, ${longDate}` : `${place}, ngày      tháng      năm ${year}`;
}

/** The document type line (`BÁO CÁO`) and the summary under it, with its short line. */
export function titleBlock(docType: string, summary: string): Paragraph[] {
  const width = PORTRAIT_TEXT_WIDTH;
  const summaryWidth = Math.min(textWidth(summary, SIZE.summary, true), width - 1200);
  return [
    para(docType, { size: SIZE.docType, bold: true, align: 'center', before: 360, keepNext: true }),
    para(summary, {
      size: SIZE.summary,
      bold: true,
      align: 'center',
      left: 600,
      right: 600,
      keepNext: true,
    }),
    rule(Math.round(summaryWidth / 3), width, { after: 240 }),
  ];
}

/**
 * `Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.` for one addressee; for several, one per line
 * (`- …;`, the last ending with `.`) aligned after "Kính gửi:".
 */
export function addresseeBlock(addressees: string[]): Paragraph[] {
  const names = addressees.map((a) =>
    a
      .normalize('NFC')
      .trim()
      .replace(/[.;,]+$/, ''),
  );
  const label = 'Kính gửi:';
  if (names.length <= 1) {
    return [
      para(`${label} ${names[0] ?? ''}.`, { align: 'center', after: 240, left: 400, right: 400 }),
    ];
  }
  const widest = Math.max(...names.map((n) => textWidth(`- ${n};`, SIZE.addressee)));
  const labelWidth = textWidth(`${label} `, SIZE.addressee) + 100;
  // Centre the block as a whole; long names wrap under themselves (hanging indent).
  const start = Math.max(
    BODY.firstLine,
    Math.round((PORTRAIT_TEXT_WIDTH - labelWidth - Math.min(widest, 5800)) / 2),
  );
  const textStart = start + labelWidth;
  return names.map((n, i) => {
    const line = `- ${n}${i === names.length - 1 ? '.' : ';'}`;
    const last = i === names.length - 1;
    return i === 0
      ? para(
          [
            ...runs(label),
            new TextRun({ children: [new Tab()], font: FONT_SLOTS, size: SIZE.addressee }),
            ...runs(line),
          ],
          {
            left: textStart,
            hanging: labelWidth,
            tabStop: textStart,
            after: last ? 240 : 0,
          },
        )
      : para(line, { left: textStart, after: last ? 240 : 0 });
  });
}

// ---------------------------------------------------------------------------------------------
// Signature block

export interface SignatureOptions {
  settings: DocumentSettings;
  /** Recipient lines without the dash and the final punctuation; the archive line is added last. */
  recipients: string[];
}

/** Recipient lines: "- Như trên;" … "- Lưu: VT, VP." */
export function recipientLines(recipients: string[], archiveLine: string): string[] {
  const clean = (s: string) =>
    s
      .normalize('NFC')
      .trim()
      .replace(/^[-–+]\s*/, '')
      .replace(/[.;,]+$/, '');
  const lines = recipients.map(clean).filter((s) => s !== '');
  const archive = clean(archiveLine) || 'Lưu: VT';
  return [...lines.map((l) => `- ${l};`), `- ${archive}.`];
}

/** "Nơi nhận" on the left, authority, title, space for the signature and the name on the right. */
export function signatureBlock(o: SignatureOptions): Table {
  const width = PORTRAIT_TEXT_WIDTH;
  const left = Math.round(width * SIGNATURE_LEFT_SHARE);
  const right = width - left;
  const s = o.settings;
  const leftParas = [
    para('Nơi nhận:', {
      size: SIZE.recipientsLabel,
      bold: true,
      italics: true,
      before: SIGNATURE_GAP,
    }),
    ...recipientLines(o.recipients, s.archiveLine).map((l) => para(l, { size: SIZE.recipients })),
  ];
  const upper = (t: string) => t.normalize('NFC').trim().toLocaleUpperCase('vi');
  // "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"; a Director signing in person has no authority line.
  const titles = [s.signerAuthority, s.signerTitle].map(upper).filter((t) => t !== '');
  const rightParas: Paragraph[] = titles.map((t, i) =>
    para(t, {
      size: SIZE.authority,
      bold: true,
      align: 'center',
      before: i === 0 ? SIGNATURE_GAP : 0,
    }),
  );
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) rightParas.push(para('', { size: SIZE.body }));
  rightParas.push(
    para(s.signerName.normalize('NFC').trim(), {
      size: SIZE.signerName,
      bold: true,
      align: 'center',
    }),
  );
  const row = new TableRow({
    cantSplit: true,
    children: [layoutCell(leftParas, left), layoutCell(rightParas, right)],
  });
  return layoutTable([row], [left, right]);
}

// ---------------------------------------------------------------------------------------------
// Appendix headings

/** "Phụ lục I", its title in capitals, the reference line in italics and a short line. */
export function appendixHeading(roman: string, title: string, reference: string): Paragraph[] {
  const width = LANDSCAPE_TEXT_WIDTH;
  const refWidth = Math.min(textWidth(reference, SIZE.appendixReference), width);
  return [
    para(`Phụ lục ${roman}`, { size: SIZE.appendixHeading, bold: true, align: 'center' }),
    para(title.normalize('NFC').toLocaleUpperCase('vi'), {
      size: SIZE.appendixTitle,
      bold: true,
      align: 'center',
      before: 60,
      left: 1000,
      right: 1000,
    }),
    para(reference, {
      size: SIZE.appendixReference,
      italics: true,
      align: 'center',
      before: 60,
      left: 1000,
      right: 1000,
    }),
    rule(Math.round(refWidth / 4), width, { after: 240 }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Sections, headers, the document

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT_SLOTS, size: SIZE.pageNumber }),
        ],
        run: { font: FONT_SLOTS, size: SIZE.pageNumber },
      }),
    ],
  });
}

/** The first page of each section shows no number (an empty first-page header). */
function emptyHeader(): Header {
  return new Header({ children: [para('', { size: SIZE.pageNumber })] });
}

export interface SectionOptions {
  landscape?: boolean;
  /** Start numbering again at 1 (each appendix is numbered on its own). */
  restartNumbering?: boolean;
}

export function section(children: FileChild[], o: SectionOptions = {}): ISectionOptions {
  const margins = o.landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: o.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...margins, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
        pageNumbers: o.restartNumbering ? { start: 1 } : undefined,
      },
    },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children,
  };
}

/** A document in the profile: Times New Roman 14 pt as the default style, Vietnamese language. */
export async function packDocument(
  sections: ISectionOptions[],
  meta: { title: string; creator: string },
): Promise<Buffer> {
  const doc = new Document({
    title: meta.title.normalize('NFC'),
    creator: meta.creator.normalize('NFC'),
    styles: {
      default: {
        document: {
          run: { font: FONT_SLOTS, size: SIZE.body, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: 'auto' } },
        },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}
