// A small SpreadsheetML writer for workbooks made in bulk (the agency forms: 60 of them at once).
// It writes the sheet XML directly, as strings, instead of building an ExcelJS object model cell
// by cell: that model, its style lookups and its XML streams took 80 % of a form's time. The parts
// come out as ExcelJS wrote them (same elements, attributes, order, style and string indices), so
// Excel and LibreOffice show the same workbook; only the zip is native zlib (node:zlib) instead
// of JavaScript deflate.
import { randomBytes, createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { crc32, deflateRawSync } from 'node:zlib';
import { BODY_SIZE, cellRef, FONT } from './styles';

// ---------------------------------------------------------------------------------------------
// Text

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry
const ESCAPES = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Text or attribute value as XML; characters XML cannot hold (control codes) are dropped. */
function xmlText(text: string): string {
  return text.replace(ESCAPES, (c) => ENTITY[c] ?? '');
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---------------------------------------------------------------------------------------------
// Styles: cell formats registered in the order cells are written, as ExcelJS numbers them

export interface CellFormat {
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Absent for a column's default format (font only). */
  align?: { horizontal: 'left' | 'center' | 'right'; vertical: 'top' | 'middle'; wrap: boolean };
  /** Solid fill, ARGB. */
  fill?: string;
  /** Thin black box. */
  border?: boolean;
  numFmt?: string;
  /** Absent for a column's default format; false for the cells an agency fills in. */
  locked?: boolean;
}

/** The workbook's default font: Times New Roman 12 (see workbook.ts), not ExcelJS's Calibri 11. */
const DEFAULT_FONT = `<font><sz val="${BODY_SIZE}"/><color theme="1"/><name val="${FONT}"/><family val="1"/></font>`;
const BOX_BORDER = ['left', 'right', 'top', 'bottom']
  .map((side) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`)
  .join('');
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

class Registry {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  constructor(initial: string[]) {
    this.items = [];
    for (const xml of initial) this.add(xml);
  }
  add(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.index.set(xml, id);
    }
    return id;
  }
}

class StyleBook {
  private readonly fonts = new Registry([DEFAULT_FONT]);
  private readonly fills = new Registry([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Registry([
    '<border><left/><right/><top/><bottom/><diagonal/></border>',
  ]);
  private readonly numFmts: string[] = [];
  private readonly xfs = new Registry([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);
  /** Format object → xf id: the writer passes the same few objects for thousands of cells. */
  private readonly known = new Map<CellFormat, number>();

  id(f: CellFormat): number {
    const seen = this.known.get(f);
    if (seen !== undefined) return seen;
    const numFmtId = f.numFmt === undefined ? 0 : this.numFmt(f.numFmt);
    const fontId = this.fonts.add(
      `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}<sz val="${f.size}"/><name val="${FONT}"/></font>`,
    );
    const borderId = f.border ? this.borders.add(`<border>${BOX_BORDER}<diagonal/></border>`) : 0;
    const fillId = f.fill
      ? this.fills.add(
          `<fill><patternFill patternType="solid"><fgColor rgb="${f.fill}"/><bgColor rgb="${f.fill}"/></patternFill></fill>`,
        )
      : 0;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (f.align) xf += ' applyAlignment="1"';
    if (f.locked !== undefined) xf += ' applyProtection="1"';
    let inner = '';
    if (f.align) {
      const vertical = f.align.vertical === 'middle' ? 'center' : f.align.vertical;
      inner += `<alignment horizontal="${f.align.horizontal}" vertical="${vertical}"${f.align.wrap ? ' wrapText="1"' : ''}/>`;
    }
    if (f.locked === false) inner += '<protection locked="0"/>';
    xf += inner ? `>${inner}</xf>` : '/>';
    const id = this.xfs.add(xf);
    this.known.set(f, id);
    return id;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const at = this.numFmts.indexOf(code);
    if (at >= 0) return 164 + at;
    this.numFmts.push(code);
    return 163 + this.numFmts.length;
  }

  xml(): string {
    const list = (tag: string, items: string[], extra = '') =>
      `<${tag} count="${items.length}"${extra}>${items.join('')}</${tag}>`;
    const numFmts = this.numFmts.map(
      (code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      XML_HEAD +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">' +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items, ' x14ac:knownFonts="1"') +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>'
    );
  }
}

/** Strings stored once per workbook (sharedStrings.xml), numbered in the order cells are written. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private count = 0;

  id(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.items.length;
      this.index.set(text, id);
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      this.items.push(`<si><t${space}>${xmlText(text)}</t></si>`);
    }
    return id;
  }

  xml(): string {
    return `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

// ---------------------------------------------------------------------------------------------
// Sheets

export interface Validation {
  type: 'list' | 'date' | 'textLength';
  operator?: 'between' | 'lessThanOrEqual';
  formulae: (string | number | Date)[];
  allowBlank?: boolean;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: 'stop' | 'warning';
  errorTitle?: string;
  error?: string;
}

interface Protection {
  algorithmName: string;
  hashValue: string;
  saltValue: string;
  spinCount: number;
}

interface PageLayout {
  orientation: 'portrait' | 'landscape';
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  /** Rows repeated at the top of every printed page, e.g. "4:4". */
  printTitlesRow?: string;
}

type Value = string | number | null;

interface Cell {
  value: Value;
  format: CellFormat | null;
  /** Covered by a merged range (not its first cell). */
  merged?: true;
}

/** One worksheet: cells by row and column, written out in order by `xml()`. */
export class Sheet {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly heights: (number | undefined)[] = [];
  private cols: { width: number; hidden?: boolean; format?: CellFormat }[] = [];
  private readonly merges: string[] = [];
  private readonly validations: { sqref: string; v: Validation }[] = [];
  private protection: (Protection & { table: boolean }) | null = null;
  private filter: string | null = null;
  page: PageLayout | null = null;
  footer: string | null = null;
  view: { gridLines: false } | { frozenRows: number } | null = null;

  constructor(
    readonly name: string,
    readonly state: 'visible' | 'veryHidden' = 'visible',
  ) {}

  columns(cols: { width: number; hidden?: boolean; format?: CellFormat }[]): void {
    this.cols = cols;
  }

  set(row: number, col: number, value: Value, format: CellFormat | null = null): void {
    (this.rows[row] ??= [])[col] = { value: value === '' ? null : value, format };
  }

  /** A value as typed, '' included (the identification sheet keeps empty codes). */
  setRaw(row: number, col: number, value: string | number, format: CellFormat | null = null): void {
    (this.rows[row] ??= [])[col] = { value, format };
  }

  height(row: number, points: number): void {
    this.heights[row] = points;
  }

  /** Merges a range; every cell in it takes the first cell's format, as Excel shows them. */
  merge(fromRow: number, fromCol: number, toRow: number, toCol: number): void {
    const master = this.rows[fromRow]?.[fromCol];
    for (let r = fromRow; r <= toRow; r++)
      for (let c = fromCol; c <= toCol; c++)
        if (r !== fromRow || c !== fromCol)
          (this.rows[r] ??= [])[c] = { value: null, format: master?.format ?? null, merged: true };
    this.merges.push(`${cellRef(fromRow, fromCol)}:${cellRef(toRow, toCol)}`);
  }

  validate(sqref: string, v: Validation): void {
    this.validations.push({ sqref, v });
  }

  protect(p: Protection, table: boolean): void {
    this.protection = { ...p, table };
  }

  autoFilter(ref: string): void {
    this.filter = ref;
  }

  /** The worksheet part; formats and strings are numbered as they are met. */
  xml(styles: StyleBook, strings: SharedStrings): string {
    const out: string[] = [
      XML_HEAD,
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">',
    ];
    if (this.page) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    out.push(`<dimension ref="${this.dimension()}"/>`);
    if (this.view && 'gridLines' in this.view)
      out.push('<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>');
    else if (this.view) {
      const n = this.view.frozenRows;
      out.push(
        `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${n}" topLeftCell="A${n + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`,
      );
    }
    out.push(
      '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>',
    );
    out.push(this.colsXml(styles));
    out.push('<sheetData>');
    const last = Math.max(this.rows.length, this.heights.length);
    for (let r = 1; r < last; r++) out.push(this.rowXml(r, styles, strings));
    out.push('</sheetData>');
    const p = this.protection;
    if (p) {
      const table = p.table ? ' sort="0" autoFilter="0"' : '';
      out.push(
        `<sheetProtection sheet="1" formatColumns="0" formatRows="0"${table} algorithmName="${p.algorithmName}" hashValue="${p.hashValue}" saltValue="${p.saltValue}" spinCount="${p.spinCount}"/>`,
      );
    }
    if (this.filter) out.push(`<autoFilter ref="${this.filter}"/>`);
    if (this.merges.length)
      out.push(
        `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
      );
    if (this.validations.length) {
      // In the order of their addresses as text, as ExcelJS writes them.
      const list = [...this.validations].sort((a, b) =>
        a.sqref < b.sqref ? -1 : a.sqref > b.sqref ? 1 : 0,
      );
      out.push(
        `<dataValidations count="${list.length}">${list.map(({ sqref, v }) => validationXml(sqref, v)).join('')}</dataValidations>`,
      );
    }
    if (this.page) {
      const m = this.page.margins;
      out.push(
        '<printOptions horizontalCentered="1"/>',
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
        `<pageSetup paperSize="9" orientation="${this.page.orientation}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>`,
      );
    } else {
      // Excel's defaults, as ExcelJS writes them for a sheet never printed (the hidden one).
      out.push(
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>',
      );
    }
    if (this.footer !== null)
      out.push(`<headerFooter><oddFooter>${xmlText(this.footer)}</oddFooter></headerFooter>`);
    out.push('</worksheet>');
    return out.join('');
  }

  private dimension(): string {
    let top = 0;
    let bottom = 0;
    let left = 0;
    let right = 0;
    this.rows.forEach((cells, r) => {
      let min = 0;
      let max = 0;
      cells.forEach((cell, c) => {
        // A merged cell counts, an empty one does not (as ExcelJS measures).
        if (!cell || (cell.value === null && !cell.merged)) return;
        if (!min) min = c;
        max = c;
      });
      if (!min) return;
      if (!top) top = r;
      bottom = r;
      if (!left || min < left) left = min;
      if (max > right) right = max;
    });
    return top ? `${cellRef(top, left)}:${cellRef(bottom, right)}` : 'A1';
  }

  private colsXml(styles: StyleBook): string {
    if (this.cols.length === 0) return '';
    // Neighbouring columns alike are written as one range.
    const parts: string[] = [];
    let i = 0;
    while (i < this.cols.length) {
      const c = this.cols[i]!;
      let j = i;
      for (let n = this.cols[j + 1]; n !== undefined; n = this.cols[j + 1]) {
        if (n.width !== c.width || Boolean(n.hidden) !== Boolean(c.hidden) || n.format !== c.format)
          break;
        j++;
      }
      const style = c.format ? ` style="${styles.id(c.format)}"` : '';
      parts.push(
        `<col min="${i + 1}" max="${j + 1}" width="${c.width}"${style}${c.hidden ? ' hidden="1"' : ''} customWidth="1"/>`,
      );
      i = j + 1;
    }
    return `<cols>${parts.join('')}</cols>`;
  }

  private rowXml(r: number, styles: StyleBook, strings: SharedStrings): string {
    const cells = this.rows[r];
    const height = this.heights[r];
    if (!cells && height === undefined) return '';
    let min = 0;
    let max = 0;
    let body = '';
    cells?.forEach((cell, c) => {
      if (!cell) return;
      const s = cell.format ? styles.id(cell.format) : 0;
      if (cell.value === null && !s) return;
      if (!min) min = c;
      max = c;
      const ref = columnName(c) + r;
      const style = s ? ` s="${s}"` : '';
      if (cell.value === null) body += `<c r="${ref}"${style}/>`;
      else if (typeof cell.value === 'number')
        body += `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
      else body += `<c r="${ref}"${style} t="s"><v>${strings.id(cell.value)}</v></c>`;
    });
    if (!body && height === undefined) return '';
    const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    const spans = min ? ` spans="${min}:${max}"` : '';
    const open = `<row r="${r}"${ht}${spans} x14ac:dyDescent="0.25"`;
    return body ? `${open}>${body}</row>` : `${open}/>`;
  }
}

const columnNames: string[] = [];

/** "A", "B" … "AA" of a 1-based column number, computed once each. */
function columnName(col: number): string {
  return (columnNames[col] ??= cellRef(1, col).slice(0, -1));
}

/** "C5" → [5, 3] (row, column). */
export function parseCellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`Ô không hợp lệ: ${ref}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

/** Days since 1899-12-30, as Excel stores dates. */
function excelDate(d: Date): number {
  return 25569 + d.getTime() / (24 * 3600 * 1000);
}

function validationXml(sqref: string, v: Validation): string {
  let x = `<dataValidation type="${v.type}"`;
  if (v.operator && v.type !== 'list' && v.operator !== 'between') x += ` operator="${v.operator}"`;
  if (v.allowBlank) x += ' allowBlank="1"';
  if (v.showInputMessage) x += ' showInputMessage="1"';
  if (v.promptTitle) x += ` promptTitle="${xmlText(v.promptTitle)}"`;
  if (v.prompt) x += ` prompt="${xmlText(v.prompt)}"`;
  if (v.showErrorMessage) x += ' showErrorMessage="1"';
  if (v.errorStyle) x += ` errorStyle="${v.errorStyle}"`;
  if (v.errorTitle) x += ` errorTitle="${xmlText(v.errorTitle)}"`;
  if (v.error) x += ` error="${xmlText(v.error)}"`;
  x += ` sqref="${sqref}">`;
  v.formulae.forEach((f, i) => {
    const text = f instanceof Date ? String(excelDate(f)) : String(f);
    x += `<formula${i + 1}>${xmlText(text)}</formula${i + 1}>`;
  });
  return `${x}</dataValidation>`;
}

// ---------------------------------------------------------------------------------------------
// Sheet protection

/**
 * Excel's SHA-512 password hash (ECMA-376 agile: salt, then `spinCount` rounds). The same salt
 * and hash serve every sheet a process protects with a password: computing them is most of the
 * cost of protecting, and the password is no secret (see FORM_PASSWORD).
 */
const protections = new Map<string, Protection>();

export function protection(password: string, spinCount: number): Protection {
  const key = `${spinCount}\u0000${password}`;
  let p = protections.get(key);
  if (!p) {
    const salt = randomBytes(16);
    let hash = createHash('sha512').update(salt).update(Buffer.from(password, 'utf16le')).digest();
    const round = Buffer.alloc(4);
    for (let i = 0; i < spinCount; i++) {
      round.writeUInt32LE(i, 0);
      hash = createHash('sha512').update(hash).update(round).digest();
    }
    p = {
      algorithmName: 'SHA-512',
      hashValue: hash.toString('base64'),
      saltValue: salt.toString('base64'),
      spinCount,
    };
    protections.set(key, p);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// The workbook package

interface WorkbookInfo {
  creator: string;
  title: string;
  created: Date;
}

let theme: string | null = null;

/** ExcelJS's Office theme, so that the workbook looks as it did when ExcelJS wrote it. */
function themeXml(): string {
  theme ??= createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;
  return theme;
}

/** The .xlsx bytes of `sheets` (in tab order; the first one active). */
export function writeXlsx(sheets: Sheet[], info: WorkbookInfo): Buffer {
  const styles = new StyleBook();
  const strings = new SharedStrings();
  const sheetParts = sheets.map((s) => s.xml(styles, strings));
  const names = sheets.map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`).join('');
  const stamp = info.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const rel = (id: number, type: string, target: string) =>
    `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  const printTitles = sheets
    .map((s, i) =>
      s.page?.printTitlesRow
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${s.name}'`)}!$${s.page.printTitlesRow.replace(':', ':$')}</definedName>`
        : '',
    )
    .join('');

  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('/xl/workbook.xml', 'officedocument.spreadsheetml.sheet.main+xml')}${sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, 'officedocument.spreadsheetml.worksheet+xml')).join('')}${override('/xl/theme/theme1.xml', 'officedocument.theme+xml')}${override('/xl/styles.xml', 'officedocument.spreadsheetml.styles+xml')}${override('/xl/sharedStrings.xml', 'officedocument.spreadsheetml.sharedStrings+xml')}<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>${override('/docProps/core.xml', 'package.core-properties+xml')}${override('/docProps/app.xml', 'officedocument.extended-properties+xml')}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(1, 'officeDocument', 'xl/workbook.xml')}<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>${rel(3, 'extended-properties', 'docProps/app.xml')}</Relationships>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel(1, 'styles', 'styles.xml')}${rel(2, 'theme', 'theme/theme1.xml')}${rel(3, 'sharedStrings', 'sharedStrings.xml')}${sheets.map((_, i) => rel(i + 4, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')}</Relationships>`,
    ],
    ...sheetParts.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ['xl/sharedStrings.xml', strings.xml()],
    ['xl/theme/theme1.xml', themeXml()],
    ['xl/styles.xml', styles.xml()],
    [
      'docProps/app.xml',
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts><Company></Company><Manager></Manager><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    ],
    [
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(info.creator)}</dc:creator><dc:title>${xmlText(info.title)}</dc:title><dc:subject></dc:subject><dc:description></dc:description><cp:keywords></cp:keywords><cp:category></cp:category><cp:lastModifiedBy>Unknown</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="0"/></bookViews><sheets>${sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="${s.state}" r:id="rId${i + 4}"/>`).join('')}</sheets>${printTitles ? `<definedNames>${printTitles}</definedNames>` : ''}<calcPr calcId="171027"/></workbook>`,
    ],
  ];
  return zip(parts, info.created);
}

// ---------------------------------------------------------------------------------------------
// Zip: deflated with node:zlib, several times faster than fflate's JavaScript deflate. Level 3
// takes half the time of level 6 for files 8 % larger (a large form: 61 KB instead of 56 KB).

function zip(parts: [string, string][], when: Date): Buffer {
  const time =
    (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date =
    ((Math.max(1980, when.getUTCFullYear()) - 1980) << 9) |
    ((when.getUTCMonth() + 1) << 5) |
    when.getUTCDate();
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data, { level: 3 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 26); // flags … uncompressed size, as in the local header
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    chunks.push(local, fileName, packed);
    offset += local.length + fileName.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
