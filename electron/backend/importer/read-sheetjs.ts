// The SheetJS path: legacy .xls (and other Compound File Binary files), .ods, HTML/XML spreadsheets
// and text saved with an Excel extension, plus the xlsx files exceljs cannot read; SheetJS → grid.

import * as XLSX from '@e965/xlsx';
import { nfc } from '../../../shared/domain/text';
import type { GridCell, GridSheet, GridWorkbook } from './grid';
import { LegacyCounter, dateCell, errorCell, formatNumber, vnSeparators } from './grid-cells';
import { convertLegacyText, type LegacyEncoding, type LegacyFont } from './legacy-encoding';
import { startsWith } from './magic-bytes';
import type { ReadLimits } from './read-limits';
import { BadFile, MSG, NOTE_HTML, NOTE_XML2003 } from './read-messages';
import { asText, storedZip } from './zip-stream/zip-container';

const utf8 = new TextDecoder('utf-8');

export function sheetJsRead(input: Uint8Array | string, opts: XLSX.ParsingOptions): XLSX.WorkBook {
  try {
    return XLSX.read(input, {
      cellDates: true,
      cellStyles: true,
      cellHTML: false,
      dense: true,
      ...opts,
    });
  } catch (e) {
    if (/password|encrypt/i.test(String((e as Error)?.message))) {
      throw new BadFile('encrypted', MSG.encrypted);
    }
    throw new BadFile('corrupt', MSG.corrupt);
  }
}

export function gridWorkbookFromSheetJs(
  wb: XLSX.WorkBook,
  format: GridWorkbook['format'],
  notes: string[],
  lim: ReadLimits,
  detectLegacy = false,
): GridWorkbook {
  const sheets = gridFromSheetJs(wb, lim);
  const legacy = new LegacyCounter();
  if (detectLegacy) {
    const strings: string[] = [];
    for (const s of sheets) {
      for (const row of s.rows)
        for (const c of row) if (typeof c?.value === 'string') strings.push(c.value);
    }
    const enc = legacyEncodingByContent(strings);
    if (enc) {
      const font: LegacyFont = { encoding: enc, upperCase: false };
      for (const s of sheets) {
        for (const row of s.rows) {
          for (const c of row) {
            if (typeof c?.value !== 'string') continue;
            const converted = convertLegacyText(c.value, font);
            if (converted === null) continue;
            c.value = c.text = nfc(converted);
            c.converted = enc;
            legacy.countCell(enc);
          }
        }
      }
    }
  }
  return { format, sheets, notes: [...notes, ...legacy.notes(true)] };
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
}

function gridFromSheetJs(wb: XLSX.WorkBook, lim: ReadLimits): GridSheet[] {
  let total = 0;
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name];
    const hidden = wb.Workbook?.Sheets?.[index]?.Hidden ?? 0;
    const state = hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible';
    const data = ((ws as { '!data'?: (SheetJsCell | undefined)[][] } | undefined)?.['!data'] ??
      []) as (SheetJsCell | undefined)[][];
    const rows: (GridCell | null)[][] = [];
    let maxCol = 0;
    data.forEach((row, r) => {
      if (!row) return;
      const out: (GridCell | null)[] = [];
      row.forEach((cell, c) => {
        const g = cell ? sheetJsCell(cell) : null;
        if (!g) return;
        while (out.length < c) out.push(null);
        out.push(g);
      });
      if (out.length === 0) return;
      total += out.length;
      if (total > lim.maxCells) {
        throw new BadFile('too_many_cells', MSG.tooManyCells(total, lim.maxCells));
      }
      while (rows.length < r) rows.push([]);
      rows[r] = out;
      maxCol = Math.max(maxCol, out.length);
    });
    const merges = (ws?.['!merges'] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    }));
    const hiddenRows: number[] = [];
    (ws?.['!rows'] ?? []).forEach((info, r) => {
      if (info?.hidden && r < rows.length) hiddenRows.push(r + 1);
    });
    const hiddenColumns: number[] = [];
    (ws?.['!cols'] ?? []).forEach((info, c) => {
      if (info?.hidden && c < maxCol) hiddenColumns.push(c + 1);
    });
    return { name: nfc(name), state, rows, merges, hiddenRows, hiddenColumns } satisfies GridSheet;
  });
}

function sheetJsCell(cell: SheetJsCell): GridCell | null {
  const v = cell.v;
  switch (cell.t) {
    case 'n':
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      return {
        value: v,
        text: cell.w !== undefined ? vnSeparators(nfc(cell.w)) : formatNumber(v, undefined),
      };
    case 's': {
      const text = nfc(String(v ?? ''));
      return text === '' ? null : { value: text, text };
    }
    case 'b':
      return { value: Boolean(v), text: v ? 'TRUE' : 'FALSE' };
    case 'd':
      return v instanceof Date ? dateCell(v) : null;
    case 'e':
      return errorCell(cell.w ?? '#N/A');
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Legacy encodings judged by content

// Characters of TCVN3's A1–BE range (ă â đ ê ô ơ ư à á…): symbols that real Unicode Vietnamese or
// English text practically never contains, so several of them reveal TCVN3 text.
const TCVN3_SIGNATURE = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]/g;
// VNI writes a vowel followed by a tone/hat modifier: `aø`, `oâ`, `ôù`, `aê`.
const VNI_SIGNATURE = /[aeouyôöAEOUYÔÖ][ùøûõïÙØÛÕÏ]|[aeoAEO][âáàåãäÂÁÀÅÃÄ]|[aA][êéèúüëÊÉÈÚÜË]/g;

/**
 * For formats whose fonts we cannot see (.xls, .ods, HTML): the legacy encoding the strings are
 * written in, judged by content, or null. Any real Unicode Vietnamese in the file rules it out.
 */
function legacyEncodingByContent(strings: string[]): LegacyEncoding | null {
  let tcvn = 0;
  let vni = 0;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return null;
    tcvn += s.match(TCVN3_SIGNATURE)?.length ?? 0;
    vni += s.match(VNI_SIGNATURE)?.length ?? 0;
  }
  // VNI never uses the TCVN3 signature range, so any sizeable amount of it means TCVN3.
  if (tcvn >= 3) return 'tcvn3';
  if (vni >= 3) return 'vni';
  return null;
}

// ---------------------------------------------------------------------------------------------
// .ods

// Counts cells with a value, multiplied by their repeat attributes: SheetJS copies a repeated cell
// into every position, so `rows-repeated="1000000"` on one value would be a million cells.
function odsCellEstimate(contentXml: string): number {
  let total = 0;
  let rowRepeat = 1;
  const re = /<table:table-row\b([^>]*)>|<table:table-cell\b([^>]*)>/g;
  for (let m = re.exec(contentXml); m; m = re.exec(contentXml)) {
    if (m[1] !== undefined) {
      rowRepeat = Number(/number-rows-repeated="(\d+)"/.exec(m[1])?.[1] ?? 1);
    } else if (m[2] !== undefined && /value-type=/.test(m[2])) {
      const colRepeat = Number(/number-columns-repeated="(\d+)"/.exec(m[2])?.[1] ?? 1);
      total += rowRepeat * colRepeat;
    }
  }
  return total;
}

/** An ODS from its checked parts (SheetJS gets those, never the file's own zip). */
export function readOds(data: Map<string, Uint8Array>, lim: ReadLimits): GridWorkbook {
  const content = data.get('content.xml');
  if (!content) throw new BadFile('corrupt', MSG.corrupt);
  const estimate = odsCellEstimate(asText(content));
  if (estimate > lim.maxCells) {
    throw new BadFile('too_many_cells', MSG.tooManyCells(estimate, lim.maxCells));
  }
  const wb = sheetJsRead(storedZip(data), { type: 'array' });
  return gridWorkbookFromSheetJs(wb, 'ods', [], lim, true);
}

// ---------------------------------------------------------------------------------------------
// Legacy .xls (and anything else in a Compound File Binary container)

let codepagesLoaded = false;

export async function readCfbFile(bytes: Uint8Array, fileName: string, lim: ReadLimits) {
  let names: string[];
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'array' }) as { FullPaths: string[] };
    names = cfb.FullPaths.map((p) => p.replace(/\/$/, '').split('/').pop() ?? '');
  } catch {
    throw new BadFile('corrupt', MSG.corrupt);
  }
  // A password-protected xlsx/docx is a CFB holding the encrypted package.
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) {
    throw new BadFile('encrypted', MSG.encrypted);
  }
  if (names.includes('WordDocument') || names.includes('PowerPoint Document')) {
    throw new BadFile('word', MSG.word);
  }
  if (!names.includes('Workbook') && !names.includes('Book')) {
    throw new BadFile('not_spreadsheet', MSG.notExcel(fileName));
  }
  if (!codepagesLoaded) {
    // Excel 95 files store text in a Windows code page (1258 for Vietnamese); loaded on first use.
    XLSX.set_cptable(await import('@e965/xlsx/dist/cpexcel.full.mjs'));
    codepagesLoaded = true;
  }
  return gridWorkbookFromSheetJs(sheetJsRead(bytes, { type: 'array' }), 'xls', [], lim, true);
}

// ---------------------------------------------------------------------------------------------
// Text files: web pages and XML saved with an Excel extension, CSV, plain text.

function decodeText(b: Uint8Array): string {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return utf8.decode(b.subarray(3));
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b.subarray(2));
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 4096)).toString('latin1');
  const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== 'utf-8' ? charset : 'utf-8', {
      fatal: !charset,
    }).decode(b);
  } catch {
    // Not UTF-8 and no declared charset: Vietnamese Windows' own code page.
    return new TextDecoder('windows-1258').decode(b);
  }
}

function looksBinary(b: Uint8Array): boolean {
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return false;
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n / 20;
}

export function readTextFile(bytes: Uint8Array, fileName: string, lim: ReadLimits): GridWorkbook {
  // A few bytes are no spreadsheet of any kind (often the start of a failed download).
  if (bytes.length < 16 || looksBinary(bytes)) {
    throw new BadFile('not_spreadsheet', MSG.notExcel(fileName));
  }
  const text = decodeText(bytes);
  const head = text.slice(0, 4096).toLowerCase();
  if (
    head.includes('urn:schemas-microsoft-com:office:spreadsheet') &&
    /<(\w+:)?workbook\b/.test(head)
  ) {
    const wb = sheetJsRead(text, { type: 'string' });
    return gridWorkbookFromSheetJs(wb, 'xls', [NOTE_XML2003], lim, true);
  }
  if (/<(!doctype html|html|head|body|table|meta)\b/.test(head)) {
    if (!/<table\b/i.test(text)) throw new BadFile('not_spreadsheet', MSG.htmlNoTable);
    // raw: keep every cell as the text shown, so `05/04/2025` is not read as an American date.
    const wb = sheetJsRead(text, { type: 'string', raw: true, cellDates: false });
    return gridWorkbookFromSheetJs(wb, 'xls', [NOTE_HTML], lim, true);
  }
  const lines = text.split(/\r?\n/, 20).filter((l) => l.trim() !== '');
  const delimited = lines.length > 0 && lines.every((l) => /[,;\t|]/.test(l));
  throw new BadFile('not_spreadsheet', delimited ? MSG.csv : MSG.text);
}
