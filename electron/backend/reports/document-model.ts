// The report as plain data: sections of blocks (header, title, paragraphs, tables, signature…)
// that both the Word writer (word-writer.ts) and the print rendition (html-print-writer.ts) lay
// out, so the two documents say the same thing and only the typesetting differs.

import type { DocumentSettings } from '../../../shared/domain/types';

export interface RunStyle {
  /** Half-points, as Word counts them (28 = 14 pt). */
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

export interface ParaOptions extends RunStyle {
  align?: 'center' | 'justify' | 'left' | 'right';
  /** Indents and spacing in twips (1/20 pt). */
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

/** A line mixing styles (a name in italics, then the text), with its plain text. */
export interface RichLine {
  text: string;
  parts: [string, RunStyle][];
}

export type CellLine = string | RichLine;

/** `rich(['Sở Nội vụ: ', { italics: true }], ['Đã tổ chức …'])`. */
export function rich(...parts: [string, RunStyle?][]): RichLine {
  return {
    text: parts.map(([t]) => t).join(''),
    parts: parts.map(([t, style]) => [t, style ?? {}]),
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
  /** Column widths in twips; their sum is the text width. */
  widths: number[];
  header: string[];
  rows: DataCell[][];
  /** Rows (by index) printed bold and kept with the next row: group rows. */
  groupRows?: number[];
  size?: number;
}

export interface HeaderBlockOptions {
  settings: DocumentSettings;
  /** `Số: 12/BC-SKHCN`, or `Số:      /BC-SKHCN` before signing. */
  numberLine: string;
  /** A letter's `V/v …` summary, under the number. */
  letterSubject?: string;
  /** `Lai Châu, ngày 05 tháng 6 năm 2025`. */
  placeDate: string;
}

export interface SignatureOptions {
  settings: DocumentSettings;
  /** Recipient lines without the dash and the final punctuation; the archive line is added last. */
  recipients: string[];
}

export type Block =
  | { kind: 'header'; options: HeaderBlockOptions }
  | { kind: 'title'; docType: string; summary: string }
  | { kind: 'addressees'; addressees: string[] }
  /** `body` paragraphs take the body style (justified, first-line indent, 1.15 lines). */
  | { kind: 'paragraph'; text: string; body: boolean; options: ParaOptions }
  | { kind: 'muc'; roman: string; title: string }
  | { kind: 'khoan'; text: string }
  | { kind: 'narrative'; text: string }
  | { kind: 'table'; options: DataTableOptions }
  | { kind: 'signature'; options: SignatureOptions }
  | { kind: 'appendixHeading'; roman: string; title: string; reference: string };

export interface DocSection {
  blocks: Block[];
  landscape: boolean;
  /** Numbered from 1 again (each appendix is numbered on its own). */
  restartNumbering: boolean;
}

export interface DocumentContent {
  title: string;
  creator: string;
  sections: DocSection[];
}

/** A shape check for content read back from the database. */
export function isDocumentContent(x: unknown): x is DocumentContent {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<DocumentContent>;
  return (
    typeof c.title === 'string' &&
    Array.isArray(c.sections) &&
    c.sections.every((s) => Array.isArray(s?.blocks) && typeof s.landscape === 'boolean')
  );
}

// ---- Block constructors, named as the report speaks of them ----

export const bodyParagraph = (text: string, options: ParaOptions = {}): Block => ({
  kind: 'paragraph',
  text,
  body: true,
  options,
});

export const para = (text: string, options: ParaOptions = {}): Block => ({
  kind: 'paragraph',
  text,
  body: false,
  options,
});

export const mucHeading = (roman: string, title: string): Block => ({ kind: 'muc', roman, title });
export const khoanHeading = (text: string): Block => ({ kind: 'khoan', text });
export const narrativeParagraph = (text: string): Block => ({ kind: 'narrative', text });
export const dataTable = (options: DataTableOptions): Block => ({ kind: 'table', options });
export const headerBlock = (options: HeaderBlockOptions): Block => ({ kind: 'header', options });
export const titleBlock = (docType: string, summary: string): Block => ({
  kind: 'title',
  docType,
  summary,
});
export const addresseeBlock = (addressees: string[]): Block => ({ kind: 'addressees', addressees });
export const signatureBlock = (options: SignatureOptions): Block => ({
  kind: 'signature',
  options,
});
export const appendixHeading = (roman: string, title: string, reference: string): Block => ({
  kind: 'appendixHeading',
  roman,
  title,
  reference,
});

// ---- How a narrative line the user wrote is set ----

const KHOAN = /^\d{1,2}\.\s/;

export type NarrativeLine =
  /** `1. …`: a khoản heading, bold. */
  | { kind: 'khoan'; text: string }
  /** A long `1. Title: text…`: only the title, up to the colon, in bold. */
  | { kind: 'khoanWithText'; title: string; rest: string }
  /** `a) …`, `- …`, `+ …` and plain text; a điểm title or a line ending in `:` stays with the next. */
  | { kind: 'line'; text: string; keepNext: boolean };

export function classifyNarrative(raw: string): NarrativeLine {
  const text = raw.normalize('NFC').trim();
  if (KHOAN.test(text)) {
    const colon = text.indexOf(':');
    if (text.length > 160 && colon > 0 && colon < 120 && colon < text.length - 1) {
      return {
        kind: 'khoanWithText',
        title: text.slice(0, colon + 1),
        rest: text.slice(colon + 1),
      };
    }
    return { kind: 'khoan', text };
  }
  const title = /^[a-zđ]\)\s/.test(text) && !/[.;]$/.test(text);
  return { kind: 'line', text, keepNext: title || text.endsWith(':') };
}

// ---- Wording shared by both layouts ----

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

/** Addressee names without their final punctuation, which the block adds. */
export function addresseeNames(addressees: string[]): string[] {
  return addressees.map((a) =>
    a
      .normalize('NFC')
      .trim()
      .replace(/[.;,]+$/, ''),
  );
}

/** The signer's lines in capitals: "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" (no authority in person). */
export function signerTitles(settings: DocumentSettings): string[] {
  return [settings.signerAuthority, settings.signerTitle]
    .map((t) => t.normalize('NFC').trim().toLocaleUpperCase('vi'))
    .filter((t) => t !== '');
}
