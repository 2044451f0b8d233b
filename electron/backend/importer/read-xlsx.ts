// The .xlsx/.xlsm reader: cells and merged areas counted on the raw parts first, then exceljs (the
// streaming reader for big sheets, SheetJS when exceljs cannot), and exceljs' cells → grid.

import ExcelJS from 'exceljs';
import { nfc } from '../../../shared/domain/text';
import type { GridCell, GridMerge, GridSheet, GridWorkbook } from './grid';
import { calculatePending, type PendingFormula } from './formula-eval';
import {
  LegacyCounter,
  calculatedCell,
  dateCell,
  errorCell,
  fillRgb,
  numberCell,
  stringCell,
} from './grid-cells';
import type { ReadLimits } from './read-limits';
import { BadFile, MSG, NOTE_MACRO } from './read-messages';
import { gridWorkbookFromSheetJs, sheetJsRead } from './read-sheetjs';
import { readXlsxStreaming, type XlsxParts } from './zip-stream/read-xlsx-stream';
import {
  asText,
  entryChunks,
  storedZip,
  type InflateBudget,
  type ZipEntry,
} from './zip-stream/zip-container';

const WORKSHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/;
/** Parts that can be too big to hold inflated: sheets and the shared-string table. */
export const STREAMED_PART = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
/** The sheet files exceljs recognises; others (some generators name them differently) it skips. */
const EXCELJS_WORKSHEET_ENTRY = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Sheet elements exceljs must not parse: whole-column data validations make it expand every address
 * (14 s and 1.2 GB for a 4 KB file); drawings, hyperlinks and tables send it after relationship
 * targets that real files do not always have. Import needs none of them.
 */
const IGNORED_SHEET_NODES = [
  'dataValidations',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'hyperlinks',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

/** A workbook whose parts are all held (inflated and checked, only those a reader uses). */
export async function readXlsx(
  entries: ZipEntry[],
  data: Map<string, Uint8Array>,
  macro: boolean,
  lim: ReadLimits,
): Promise<GridWorkbook> {
  const format = macro ? 'xlsm' : 'xlsx';
  const notes = macro ? [NOTE_MACRO] : [];

  const workbookXml = data.get('xl/workbook.xml');
  if (workbookXml && !/<(\w+:)?sheet\b/.test(asText(workbookXml))) {
    throw new BadFile('no_sheets', MSG.noSheets);
  }
  const sheetNames = entries.map((e) => e.name).filter((n) => WORKSHEET_ENTRY.test(n));
  let cells = 0;
  let mergedArea = 0;
  for (const name of sheetNames) {
    const xml = data.get(name) ?? new Uint8Array();
    cells += countCellTags(xml);
    mergedArea += mergedCellArea(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength));
  }
  if (cells > lim.maxCells)
    throw new BadFile('too_many_cells', MSG.tooManyCells(cells, lim.maxCells));

  const defaultFont = firstFontName(data.get('xl/styles.xml'));
  // exceljs turns every merged range into cells; huge merges (whole columns) go to SheetJS instead.
  const exceljsCanRead =
    sheetNames.every((n) => EXCELJS_WORKSHEET_ENTRY.test(n)) && mergedArea <= lim.maxCells;
  if (exceljsCanRead) {
    let wb: ExcelJS.Workbook | null = null;
    try {
      // The entries are already inflated (and checked); handing exceljs a stored (uncompressed)
      // zip of them spares it a second inflate of every part.
      wb = await loadExcelJs(storedZip(data));
    } catch {
      // Some drawings/comments crash exceljs ("reading 'anchors'"): retry without those parts.
      try {
        wb = await loadExcelJs(sanitizedXlsx(data));
      } catch {
        wb = null;
      }
    }
    if (wb) {
      const legacy = new LegacyCounter();
      const sheets = gridFromExcelJs(wb, defaultFont, legacy, lim);
      // exceljs reads a sheet written with XML prefixes (<x:c>) as empty: let SheetJS try.
      if (cells === 0 || sheets.some((s) => s.rows.length > 0)) {
        return { format, sheets, notes: [...notes, ...legacy.notes()] };
      }
    }
  }
  const wb = sheetJsRead(storedZip(data), { type: 'array' });
  return gridWorkbookFromSheetJs(wb, format, notes, lim, true);
}

/** A workbook with a big sheet: every sheet goes through the streaming reader. */
export async function readBigXlsx(
  bytes: Uint8Array,
  data: Map<string, Uint8Array>,
  big: Map<string, ZipEntry>,
  budget: InflateBudget,
  macro: boolean,
  lim: ReadLimits,
): Promise<GridWorkbook> {
  const workbookXml = data.get('xl/workbook.xml');
  if (workbookXml && !/<(\w+:)?sheet\b/.test(asText(workbookXml))) {
    throw new BadFile('no_sheets', MSG.noSheets);
  }
  const parts: XlsxParts = {
    has: (name) => data.has(name) || big.has(name),
    chunks: (name) => {
      const e = big.get(name);
      if (e) return entryChunks(bytes, e, budget);
      const whole = data.get(name) ?? new Uint8Array();
      return (async function* () {
        yield whole;
      })();
    },
  };
  const legacy = new LegacyCounter();
  const defaultFont = firstFontName(data.get('xl/styles.xml'));
  const read = await readXlsxStreaming(parts, lim, legacy, defaultFont);
  for (const count of [read.cellTags, read.keptCells]) {
    if (count > lim.maxCells) {
      throw new BadFile('too_many_cells', MSG.tooManyCells(count, lim.maxCells));
    }
  }
  const notes = macro ? [NOTE_MACRO] : [];
  return {
    format: macro ? 'xlsm' : 'xlsx',
    sheets: read.sheets,
    notes: [...notes, ...legacy.notes()],
  };
}

async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // ignoreNodes is read by exceljs' worksheet parser but missing from its typings.
  const options = { ignoreNodes: IGNORED_SHEET_NODES } as unknown as Parameters<
    typeof wb.xlsx.load
  >[1];
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, options);
  return wb;
}

/** Number of `<c …>` tags: one per cell with content or formatting (a plain loop: 30 MB in ~30 ms). */
function countCellTags(xml: Uint8Array): number {
  let n = 0;
  for (let i = 0, end = xml.length - 2; i < end; i++) {
    if (xml[i] !== 0x3c || xml[i + 1] !== 0x63) continue; // "<c"
    const next = xml[i + 2];
    if (next === 0x20 || next === 0x3e || next === 0x2f) n++; // " ", ">", "/"
  }
  return n;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Total cells covered by `<mergeCell ref="A1:C3"/>` ranges of one sheet. */
function mergedCellArea(xml: Buffer): number {
  const start = xml.indexOf('<mergeCells');
  if (start < 0) return 0;
  const end = xml.indexOf('</mergeCells>', start);
  const part = xml.toString('latin1', start, end < 0 ? xml.length : end);
  let area = 0;
  for (const m of part.matchAll(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    const cols = Math.abs(columnNumber(m[3] ?? '') - columnNumber(m[1] ?? '')) + 1;
    area += rows * cols;
  }
  return area;
}

/** Name of font 0 of styles.xml: the font of every cell without its own style. */
function firstFontName(styles: Uint8Array | undefined): string | null {
  if (!styles) return null;
  const xml = Buffer.from(styles.buffer, styles.byteOffset, styles.byteLength);
  const start = xml.indexOf('<fonts');
  if (start < 0) return null;
  const fontEnd = xml.indexOf('</font>', start);
  const part = xml.toString(
    'utf8',
    start,
    fontEnd < 0 ? Math.min(xml.length, start + 2000) : fontEnd,
  );
  return /<name\s+val="([^"]*)"/.exec(part)?.[1] ?? null;
}

const STRIPPED_SHEET_ELEMENTS = [
  /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations>)/g,
  /<x14:dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/x14:dataValidations>)/g,
  /<hyperlinks\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlinks>)/g,
  /<tableParts\b[^>]*?(?:\/>|>[\s\S]*?<\/tableParts>)/g,
  /<(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g,
];

/**
 * The parts again with the sheets' validations, links, tables and drawing references taken out:
 * exceljs trips over some of them and import needs none. (Drawings, comments and the like are
 * not among the parts at all: they are never inflated.)
 */
function sanitizedXlsx(data: Map<string, Uint8Array>): Uint8Array {
  const parts = new Map<string, Uint8Array>();
  for (const [name, part] of data) {
    if (!WORKSHEET_ENTRY.test(name)) {
      parts.set(name, part);
      continue;
    }
    let xml = asText(part);
    for (const re of STRIPPED_SHEET_ELEMENTS) xml = xml.replace(re, '');
    parts.set(name, Buffer.from(xml, 'utf8'));
  }
  return storedZip(parts);
}

// ---------------------------------------------------------------------------------------------
// exceljs → grid

// exceljs' ValueType numbers (its typings declare them as an ambient enum).
const VT_MERGE = 1;

type ExcelRaw = ExcelJS.CellValue | undefined;

function gridFromExcelJs(
  wb: ExcelJS.Workbook,
  defaultFont: string | null,
  legacy: LegacyCounter,
  lim: ReadLimits,
): GridSheet[] {
  let total = 0;
  return wb.worksheets.map((ws) => {
    const rows: (GridCell | null)[][] = [];
    const hiddenRows: number[] = [];
    let maxCol = 0;
    const internal = ws as unknown as {
      _rows: (ExcelJS.Row | undefined)[];
      _merges: Record<string, { model: GridMerge }>;
    };
    let unreadRows = 0;
    const pendingFormulas: PendingFormula[] = [];
    const fills: { row: number; col: number; rgb: string }[] = [];
    for (const row of internal._rows) {
      if (!row) continue;
      if (row.number > lim.maxSheetRows) {
        if (row.cellCount > 0) unreadRows++;
        continue;
      }
      if (row.hidden) hiddenRows.push(row.number);
      const out: (GridCell | null)[] = [];
      row.eachCell((cell, col) => {
        if (cell.type === VT_MERGE) return; // merged cells' value lives in the top-left cell
        const font = cell.font?.name ?? defaultFont;
        // A cell struck through whole is deleted text (an old line kept visible by its editor).
        if (cell.font?.strike && typeof cell.value === 'string') return;
        const g = toGridCell(cell.value, cell.numFmt, font, legacy);
        if (!g && isUncalculated(cell.value)) {
          const numFmt = cell.numFmt;
          pendingFormulas.push({
            row: row.number,
            col,
            formula: typeof cell.formula === 'string' ? cell.formula : null,
            make: (v) => calculatedCell(v, numFmt, font, legacy),
          });
        }
        if (!g) return;
        const rgb = solidFill(cell.fill);
        if (rgb) fills.push({ row: row.number, col, rgb });
        while (out.length < col - 1) out.push(null);
        out.push(g);
      });
      if (out.length > 0) {
        total += out.length;
        if (total > lim.maxCells) {
          throw new BadFile('too_many_cells', MSG.tooManyCells(total, lim.maxCells));
        }
        while (rows.length < row.number - 1) rows.push([]);
        rows[row.number - 1] = out;
        maxCol = Math.max(maxCol, out.length);
      }
    }
    // Formulas saved without results (software that never calculates them), calculated when
    // they are plain; the others stay uncalculated, and their rows are asked.
    const uncalculated = calculatePending(rows, pendingFormulas);
    for (const r of rows) maxCol = Math.max(maxCol, r.length);
    const hiddenColumns: number[] = [];
    for (const c of ws.columns ?? []) {
      if (c.hidden && c.number !== undefined && c.number <= maxCol) hiddenColumns.push(c.number);
    }
    const merges = Object.values(internal._merges ?? {}).map(({ model }) => ({
      top: model.top,
      left: model.left,
      bottom: model.bottom,
      right: model.right,
    }));
    const sheet: GridSheet = {
      name: nfc(ws.name),
      state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
      rows,
      merges,
      hiddenRows: hiddenRows.filter((r) => r <= rows.length),
      hiddenColumns,
    };
    if (unreadRows > 0) sheet.unreadRows = unreadRows;
    if (uncalculated.length > 0) sheet.uncalculated = uncalculated;
    if (fills.length > 0) sheet.fills = fills;
    return sheet;
  });
}

function toGridCell(
  v: ExcelRaw,
  numFmt: string | undefined,
  font: string | null,
  legacy: LegacyCounter,
): GridCell | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return numberCell(v, numFmt);
  if (typeof v === 'string') return stringCell([{ text: v }], font, legacy);
  if (typeof v === 'boolean') return { value: v, text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return dateCell(v);
  if ('error' in v) return errorCell(String(v.error));
  if ('richText' in v) return stringCell(v.richText, font, legacy);
  if ('formula' in v || 'sharedFormula' in v) {
    // Formulas give the result Excel saved with the file; one never calculated has none.
    return toGridCell(v.result as ExcelRaw, numFmt, font, legacy);
  }
  if ('hyperlink' in v) return toGridCell(v.text as ExcelRaw, numFmt, font, legacy);
  return null;
}

/** A formula saved without any result: never calculated. */
function isUncalculated(v: ExcelRaw): boolean {
  if (v === null || typeof v !== 'object' || v instanceof Date) return false;
  if (!('formula' in v) && !('sharedFormula' in v)) return false;
  const r = (v as { result?: unknown }).result;
  return r === undefined || r === null || r === '';
}

/** The RGB of a solid fill ("?" when given as a theme or palette colour). */
function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return fillRgb(fill.fgColor?.argb);
}
