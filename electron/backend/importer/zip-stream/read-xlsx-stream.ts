// The xlsx reader for big workbooks: parts are inflated and parsed a chunk at a time, rows past
// the row limit are only counted, and only the shared strings the kept cells use are decoded.
// For a 10 MB sheet of 320,000 rows, exceljs builds an object per cell of the whole file (14 s,
// 1.8 GB), its streaming reader and SheetJS are not much lighter (5.5 s / 0.5 GB, 10 s / 1 GB);
// this one reads it in about a second with memory for the kept rows only. It gives the same grid
// as the exceljs path (values, display texts, merges, hidden rows and columns, legacy fonts).
import { nfc } from '../../../../shared/domain/text';
import { calculatePending, slideFormula } from '../formula-eval';
import type { GridCell, GridMerge, GridSheet } from '../grid';
import {
  calculatedCell,
  dateCell,
  errorCell,
  numberCell,
  stringCell,
  fillRgb,
  type LegacyCounter,
  type Rich,
} from '../grid-cells';
import { Tok, XmlBytes, type SkipCounts } from './xml-bytes';

export interface XlsxParts {
  has(name: string): boolean;
  /** The part's bytes, a chunk at a time (already checked against its size and CRC). */
  chunks(name: string): AsyncIterable<Uint8Array>;
}

export interface StreamLimits {
  maxCells: number;
  maxSheetRows: number;
}

export interface StreamResult {
  sheets: GridSheet[];
  /** `<c>` elements in every sheet, read or not: the file's size in cells. */
  cellTags: number;
  /** Cells kept (with the blanks before them in a row), the exceljs path's count. */
  keptCells: number;
}

// Number formats Excel does not write into styles.xml (exceljs' table, same ids and codes).
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** A number format that shows a date or time (exceljs' rule, so both paths agree). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

const isTrue = (v: string | null): boolean => v === '1' || v === 'true';

/** Excel's escape for characters XML cannot carry: `_x000D_`. */
function unescapeExcel(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

/**
 * Runs `onToken` over every token of a part, feeding the tokenizer chunk by chunk; `enough`
 * ends the reading early: the rest of the part is never inflated (nor its CRC checked, since
 * nothing in it is used).
 */
async function eachToken(
  parts: XlsxParts,
  name: string,
  onToken: (x: XmlBytes, tok: Tok) => void,
  enough: () => boolean = () => false,
): Promise<void> {
  const x = new XmlBytes();
  const iterator = parts.chunks(name)[Symbol.asyncIterator]();
  try {
    let step = await iterator.next();
    while (!step.done) {
      const chunk = step.value;
      step = await iterator.next();
      x.feed(chunk, step.done === true);
      for (let tok = x.next(); tok !== Tok.More && tok !== Tok.Done; tok = x.next()) {
        onToken(x, tok);
      }
      if (enough()) return;
    }
  } finally {
    await iterator.return?.();
  }
}

/** Whole small part, for workbook.xml, rels and styles. */
async function tokens(parts: XlsxParts, name: string, onToken: (x: XmlBytes, tok: Tok) => void) {
  if (parts.has(name)) await eachToken(parts, name, onToken);
}

interface SheetRef {
  name: string;
  state: GridSheet['state'];
  path: string;
}

async function readBook(parts: XlsxParts) {
  const rels = new Map<string, { target: string; type: string }>();
  await tokens(parts, 'xl/_rels/workbook.xml.rels', (x, tok) => {
    if ((tok === Tok.Open || tok === Tok.Empty) && x.name === 'Relationship') {
      rels.set(x.attr('Id') ?? '', { target: x.attr('Target') ?? '', type: x.attr('Type') ?? '' });
    }
  });
  // Targets are relative to xl/ unless absolute.
  const path = (target: string): string => {
    const segments: string[] = [];
    const full = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    for (const p of full.split('/')) {
      if (p === '..') segments.pop();
      else if (p !== '.' && p !== '') segments.push(p);
    }
    return segments.join('/');
  };
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await tokens(parts, 'xl/workbook.xml', (x, tok) => {
    if (tok !== Tok.Open && tok !== Tok.Empty) return;
    if (x.name === 'workbookPr') date1904 = isTrue(x.attr('date1904'));
    if (x.name !== 'sheet') return;
    const rel = rels.get(x.attr('id') ?? '');
    // Chart sheets and missing parts are skipped, as exceljs does.
    if (!rel || !/\/worksheet$/.test(rel.type) || !parts.has(path(rel.target))) return;
    const state = x.attr('state');
    sheets.push({
      name: nfc(x.attr('name') ?? ''),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      path: path(rel.target),
    });
  });
  let strings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  for (const rel of rels.values()) {
    if (/\/sharedStrings$/.test(rel.type)) strings = path(rel.target);
    if (/\/styles$/.test(rel.type)) styles = path(rel.target);
  }
  return { sheets, date1904, strings, styles };
}

interface Styles {
  /** Per cell style (`s`): its number format and its font's name. */
  formats: (string | undefined)[];
  fonts: (string | null)[];
  /** Per cell style: its solid fill's RGB ("92D050"), when it has one given as a colour value. */
  fills: (string | null)[];
}

async function readStyles(parts: XlsxParts, name: string, defaultFont: string | null) {
  const custom = new Map<number, string>();
  const fontNames: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number; fillId: number }[] = [];
  const fillColours: (string | null)[] = [];
  let solid = false;
  let section = '';
  await tokens(parts, name, (x, tok) => {
    if (tok === Tok.Close) {
      if (x.name === section) section = '';
      return;
    }
    if (tok !== Tok.Open && tok !== Tok.Empty) return;
    switch (x.name) {
      case 'numFmts':
      case 'fonts':
      case 'cellXfs':
      case 'fills':
      case 'cellStyleXfs':
      case 'dxfs':
        if (tok === Tok.Open) section = x.name;
        break;
      case 'numFmt':
        custom.set(Number(x.attr('numFmtId')), x.attr('formatCode') ?? '');
        break;
      case 'font':
        if (section === 'fonts') fontNames.push(null);
        break;
      case 'name':
        if (section === 'fonts' && fontNames.length > 0)
          fontNames[fontNames.length - 1] = x.attr('val');
        break;
      case 'fill':
        if (section === 'fills') fillColours.push(null);
        break;
      case 'patternFill':
        solid = section === 'fills' && x.attr('patternType') === 'solid';
        // A theme or palette colour is a fill all the same, of a colour not resolved here: "?".
        if (solid) fillColours[fillColours.length - 1] = '?';
        break;
      case 'fgColor': {
        if (section === 'fills' && solid)
          fillColours[fillColours.length - 1] = fillRgb(x.attr('rgb'));
        break;
      }
      case 'xf':
        if (section === 'cellXfs') {
          xfs.push({
            numFmtId: parseInt(x.attr('numFmtId') ?? '0', 10) || 0,
            fontId: parseInt(x.attr('fontId') ?? '0', 10) || 0,
            fillId: parseInt(x.attr('fillId') ?? '0', 10) || 0,
          });
        }
        break;
    }
  });
  const styles: Styles = { formats: [], fonts: [], fills: [] };
  for (const xf of xfs) {
    styles.formats.push(
      xf.numFmtId ? (custom.get(xf.numFmtId) ?? BUILTIN_FORMATS[xf.numFmtId]) : undefined,
    );
    styles.fonts.push(fontNames[xf.fontId] ?? defaultFont);
    styles.fills.push(fillColours[xf.fillId] ?? null);
  }
  return styles;
}

/** 1-based column of a reference (`AB12` → 28), 0 when it has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function rangeOf(ref: string): GridMerge | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnOf(m[1] ?? '');
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnOf(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** A cell whose text is in the shared-string table, resolved once the table has been read. */
interface Pending {
  row: (GridCell | null)[];
  col: number;
  index: number;
  font: string | null;
}

const PLACEHOLDER: GridCell = Object.freeze({ value: null, text: '' }) as GridCell;

interface ParsedSheet {
  ref: SheetRef;
  rows: (GridCell | null)[][];
  merges: GridMerge[];
  hiddenRows: number[];
  hiddenColumnRanges: [number, number][];
  unreadRows: number;
  /** Formula cells saved without results; `si` names a shared formula's group. */
  formulas: {
    row: number;
    col: number;
    formula: string | null;
    si: string | null;
    style: number;
  }[];
  /** Shared formulas' masters by group: their text and cell, for the cells that share them. */
  sharedFormulas: Map<string, { formula: string; row: number; col: number }>;
  fills: { row: number; col: number; rgb: string }[];
}

export async function readXlsxStreaming(
  parts: XlsxParts,
  lim: StreamLimits,
  legacy: LegacyCounter,
  defaultFont: string | null,
): Promise<StreamResult> {
  const book = await readBook(parts);
  const styles = await readStyles(parts, book.styles, defaultFont);
  const pending: Pending[] = [];
  const totals = { cellTags: 0, keptCells: 0 };
  const parsed: ParsedSheet[] = [];
  for (const ref of book.sheets) {
    parsed.push(
      await readSheet(parts, ref, styles, book.date1904, lim, legacy, defaultFont, pending, totals),
    );
  }
  await resolveStrings(parts, book.strings, pending, legacy);
  return { sheets: parsed.map((s) => finishSheet(s, styles, legacy)), ...totals };
}

async function readSheet(
  parts: XlsxParts,
  ref: SheetRef,
  styles: Styles,
  date1904: boolean,
  lim: StreamLimits,
  legacy: LegacyCounter,
  defaultFont: string | null,
  pending: Pending[],
  totals: { cellTags: number; keptCells: number },
): Promise<ParsedSheet> {
  const sheet: ParsedSheet = {
    ref,
    rows: [],
    merges: [],
    hiddenRows: [],
    hiddenColumnRanges: [],
    unreadRows: 0,
    formulas: [],
    sharedFormulas: new Map(),
    fills: [],
  };
  let inData = false;
  // Current row: null outside a row or for a row past the limit (whose cells are only counted).
  let row: (GridCell | null)[] | null = null;
  let rowNumber = 0;
  let col = 0;
  // Current cell.
  let inCell = false;
  let style = 0;
  let type: string | null = null;
  let formula = false;
  let formulaText: string | null = null;
  let sharedSi: string | null = null;
  let value: string | null = null;
  let plain: string | null = null;
  let runs: Rich[] | null = null;
  let run: Rich | null = null;
  let capture: 'v' | 't' | 'f' | null = null;
  let phonetic = 0;
  let full = false; // more cells than the limit: stop keeping any
  let sheetData = 'sheetData';
  const skipped: SkipCounts = { cells: 0, rows: 0 };

  const endCell = (): void => {
    inCell = false;
    if (!row || col < 1) return;
    // Style 0 counts as no style, as in exceljs: the workbook's default font, General format.
    const font = style > 0 ? (styles.fonts[style] ?? defaultFont) : defaultFont;
    const fmt = style > 0 ? styles.formats[style] : undefined;
    let cell: GridCell | null = null;
    const fill = style > 0 ? (styles.fills[style] ?? null) : null;
    if (type === 's' && value !== null) {
      const index = parseInt(value, 10);
      if (index >= 0) {
        while (row.length < col - 1) row.push(null);
        row[col - 1] = PLACEHOLDER;
        pending.push({ row, col, index, font });
        if (fill) sheet.fills.push({ row: rowNumber, col, rgb: fill });
      }
      return;
    }
    if (type === 'inlineStr' && !formula) {
      const text = runs && runs.length > 0 ? runs : plain !== null ? [{ text: plain }] : null;
      cell = text ? stringCell(text, font, legacy) : null;
    } else if (value !== null && value !== '') {
      switch (type) {
        case 'str':
          cell = stringCell([{ text: value }], font, legacy);
          break;
        case 'b':
          cell =
            parseInt(value, 10) !== 0
              ? { value: true, text: 'TRUE' }
              : { value: false, text: 'FALSE' };
          break;
        case 'e':
          cell = errorCell(value);
          break;
        case 'd':
          // An ISO date; without a zone it is the UTC moment, like every date of the grid.
          cell = dateCell(new Date(/T[^Zz+-]*$/.test(value) ? `${value}Z` : value));
          break;
        default: {
          const n = parseFloat(value);
          cell =
            isDateFormat(fmt) && Number.isFinite(n)
              ? dateCell(excelDate(n, date1904))
              : numberCell(n, fmt);
        }
      }
    }
    if (sharedSi !== null && formulaText)
      sheet.sharedFormulas.set(sharedSi, { formula: formulaText, row: rowNumber, col });
    if (!cell) {
      if (formula && (value === null || value === ''))
        sheet.formulas.push({ row: rowNumber, col, formula: formulaText, si: sharedSi, style });
      return;
    }
    while (row.length < col - 1) row.push(null);
    row[col - 1] = cell;
    if (fill) sheet.fills.push({ row: rowNumber, col, rgb: fill });
  };

  const endRow = (): void => {
    if (row && row.length > 0) {
      totals.keptCells += row.length;
      if (totals.keptCells > lim.maxCells) full = true;
      while (sheet.rows.length < rowNumber - 1) sheet.rows.push([]);
      sheet.rows[rowNumber - 1] = row;
    }
    row = null;
  };

  await eachToken(parts, ref.path, (x, tok) => {
    if (tok === Tok.Text) {
      if (capture === null || phonetic > 0) return;
      const text = x.text();
      // Inline strings keep Excel's `_x000D_` escapes, as exceljs leaves them.
      if (capture === 'v') value = value === null ? text : value + text;
      else if (capture === 'f') formulaText = (formulaText ?? '') + text;
      else if (run) run.text += text;
      else plain = (plain ?? '') + text;
      return;
    }
    const name = x.name;
    if (tok === Tok.Close) {
      switch (name) {
        case 'v':
        case 't':
        case 'f':
          capture = null;
          break;
        case 'r':
          if (inCell && run) {
            runs?.push(run);
            run = null;
          }
          break;
        case 'rPh':
          phonetic = Math.max(0, phonetic - 1);
          break;
        case 'c':
          if (inCell) endCell();
          break;
        case 'row':
          endRow();
          break;
        case 'sheetData':
          inData = false;
          break;
      }
      return;
    }
    // Open or Empty
    const empty = tok === Tok.Empty;
    switch (name) {
      case 'c':
        totals.cellTags++;
        if (!row) return;
        {
          const r = x.attr('r');
          const c = r ? columnOf(r) : 0;
          col = c > 0 ? c : col + 1;
        }
        if (empty) return; // no value: a formatted blank
        inCell = true;
        style = parseInt(x.attr('s') ?? '0', 10) || 0;
        type = x.attr('t');
        formula = false;
        formulaText = null;
        sharedSi = null;
        value = null;
        plain = null;
        runs = null;
        run = null;
        capture = null;
        phonetic = 0;
        break;
      case 'v':
        if (inCell && !empty) capture = 'v';
        break;
      case 'f':
        if (!inCell) break;
        formula = true;
        if (x.attr('t') === 'shared') sharedSi = x.attr('si') ?? null;
        if (!empty) capture = 'f';
        break;
      case 'is':
        if (inCell) runs = [];
        break;
      case 'r':
        if (inCell && runs && !empty) run = { text: '' };
        break;
      case 'rFont':
        if (run) run.font = { ...run.font, name: x.attr('val') ?? undefined };
        break;
      case 'strike':
        if (run) run.font = { ...run.font, strike: struck(x.attr('val')) };
        break;
      case 't':
        if (inCell && !empty) capture = 't';
        break;
      case 'rPh':
        if (!empty) phonetic++;
        break;
      case 'row': {
        if (!inData) return;
        const r = parseInt(x.attr('r') ?? '', 10);
        rowNumber = r > 0 ? r : rowNumber + 1;
        col = 0;
        if (rowNumber > lim.maxSheetRows || full) {
          // Rows come in order: the rest of the sheet's rows are only counted.
          if (!empty) sheet.unreadRows++;
          row = null;
          x.skipCounting(sheetData, skipped);
          return;
        }
        if (isTrue(x.attr('hidden'))) sheet.hiddenRows.push(rowNumber);
        row = empty || full ? null : [];
        break;
      }
      case 'sheetData':
        inData = !empty;
        sheetData = x.qualifiedName();
        break;
      case 'col':
        if (!inData && isTrue(x.attr('hidden'))) {
          const min = parseInt(x.attr('min') ?? '', 10);
          const max = parseInt(x.attr('max') ?? '', 10);
          if (min > 0 && max >= min) sheet.hiddenColumnRanges.push([min, max]);
        }
        break;
      case 'mergeCell': {
        const m = rangeOf(x.attr('ref') ?? '');
        if (m) sheet.merges.push(m);
        break;
      }
    }
  });
  sheet.unreadRows += skipped.rows;
  totals.cellTags += skipped.cells;
  return sheet;
}

/** Reads the shared strings the kept cells use (only those are decoded) and fills their cells. */
async function resolveStrings(
  parts: XlsxParts,
  name: string,
  pending: Pending[],
  legacy: LegacyCounter,
): Promise<void> {
  if (pending.length === 0) return;
  let max = 0;
  for (const p of pending) max = Math.max(max, p.index);
  const needed = new Uint8Array(max + 1);
  for (const p of pending) needed[p.index] = 1;
  const table = new Map<number, Rich[]>();
  let index = -1;
  let runs: Rich[] | null = null;
  let run: Rich | null = null;
  let inText = false;
  let phonetic = 0;
  if (parts.has(name)) {
    await eachToken(
      parts,
      name,
      (x, tok) => {
        if (tok === Tok.Text) {
          if (!runs || !inText || phonetic > 0) return;
          const text = unescapeExcel(x.text());
          if (run) run.text += text;
          else runs.push({ text });
          return;
        }
        const tag = x.name;
        if (tok === Tok.Close) {
          if (tag === 't') inText = false;
          else if (tag === 'rPh') phonetic = Math.max(0, phonetic - 1);
          else if (tag === 'r' && runs && run) {
            runs.push(run);
            run = null;
          } else if (tag === 'si' && runs) {
            table.set(index, runs);
            runs = null;
          }
          return;
        }
        if (tag === 'si') {
          index++;
          runs = index <= max && needed[index] === 1 ? [] : null;
          run = null;
          inText = false;
          phonetic = 0;
          if (tok === Tok.Empty && runs) {
            table.set(index, []);
            runs = null;
          } else if (tok === Tok.Open && !runs) {
            x.skipElement(); // a string no kept cell uses: never decoded
          }
          return;
        }
        if (!runs) return;
        if (tag === 't' && tok === Tok.Open) inText = true;
        else if (tag === 'r' && tok === Tok.Open) run = { text: '' };
        else if (tag === 'rFont' && run)
          run.font = { ...run.font, name: x.attr('val') ?? undefined };
        else if (tag === 'strike' && run) run.font = { ...run.font, strike: struck(x.attr('val')) };
        else if (tag === 'rPh' && tok === Tok.Open) phonetic++;
      },
      () => index > max && runs === null,
    ); // the strings after the last one used are not read
  }
  for (const p of pending) {
    const runsOf = table.get(p.index);
    // A plain string is one run; text runs keep their own fonts.
    const cell = runsOf ? stringCell(runsOf, p.font, legacy) : null;
    p.row[p.col - 1] = cell;
  }
}

/** Merged-over cells emptied, blank ends trimmed: the exceljs path's shape. */
function finishSheet(s: ParsedSheet, styles: Styles, legacy: LegacyCounter): GridSheet {
  const rows = s.rows;
  for (const m of s.merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, row.length); c++) {
        if (r !== m.top || c !== m.left) row[c - 1] = null;
      }
    }
  }
  // Formulas saved without results, calculated when plain (as on the exceljs path); a cell that
  // shares a formula takes its group master's text, slid to where it stands.
  const mergedOver = (r: number, c: number): boolean =>
    s.merges.some(
      (m) =>
        r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left),
    );
  const uncalculated = calculatePending(
    rows,
    s.formulas
      .filter((f) => !mergedOver(f.row, f.col))
      .map((f) => {
        const master = f.si !== null && !f.formula ? s.sharedFormulas.get(f.si) : undefined;
        const font = f.style > 0 ? (styles.fonts[f.style] ?? null) : null;
        const fmt = f.style > 0 ? styles.formats[f.style] : undefined;
        return {
          row: f.row,
          col: f.col,
          formula: master
            ? slideFormula(master.formula, f.row - master.row, f.col - master.col)
            : f.formula,
          make: (v: number | string | boolean) => calculatedCell(v, fmt, font, legacy),
        };
      }),
  );
  let maxCol = 0;
  for (const row of rows) {
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    maxCol = Math.max(maxCol, row.length);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  const hiddenColumns = new Set<number>();
  for (const [min, max] of s.hiddenColumnRanges) {
    for (let c = min; c <= Math.min(max, maxCol); c++) hiddenColumns.add(c);
  }
  const sheet: GridSheet = {
    name: s.ref.name,
    state: s.ref.state,
    rows,
    merges: s.merges,
    hiddenRows: [...new Set(s.hiddenRows)].filter((r) => r <= rows.length).sort((a, b) => a - b),
    hiddenColumns: [...hiddenColumns].sort((a, b) => a - b),
  };
  if (s.unreadRows > 0) sheet.unreadRows = s.unreadRows;
  if (uncalculated.length > 0) sheet.uncalculated = uncalculated;
  if (s.fills.length > 0) sheet.fills = s.fills;
  return sheet;
}

/** `<strike/>` in a run's properties: struck unless its val says otherwise. */
function struck(val: string | null | undefined): boolean {
  return val !== '0' && val !== 'false';
}
