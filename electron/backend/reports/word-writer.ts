// The Word writer: a document's blocks (document-model.ts) as a .docx in the Nghị định 30 profile
// (numbers in nd30-profile.ts, fixed blocks' lines in block-lines.ts): runs, paragraphs, tables,
// sections with their page numbers. Word units: twips (1/20 pt), half-points for font sizes.

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
import {
  appendixHeadingParts,
  headerParts,
  khoanLine,
  mucLine,
  signatureParts,
  titleParts,
  type Part,
} from './block-lines';
import {
  addresseeNames,
  classifyNarrative,
  type Block,
  type DataCell,
  type DataTableOptions,
  type DocSection,
  type DocumentContent,
  type HeaderBlockOptions,
  type ParaOptions,
  type RunStyle,
  type SignatureOptions,
} from './document-model';

import {
  A4,
  ADDRESSEE_LABEL,
  addresseeGeometry,
  BODY,
  CELL_PADDING,
  FONT_SLOTS,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  HEADER_OVERHANG,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH,
  PORTRAIT_MARGINS,
  PORTRAIT_TEXT_WIDTH,
  rowHeight,
  RULE_GAP,
  RULE_SIZE,
  SIZE,
  WHOLE_ROW_LIMIT,
} from './nd30-profile';

// ---------------------------------------------------------------------------------------------
// Runs and paragraphs

/**
 * A line's text with the hyphens inside symbols (`57-NQ/TW`, `KH-UBND`, `2026-2030`) made
 * non-breaking, so that a document symbol is never split over two lines; ` - ` stays breakable.
 */
function unbreakableSymbols(line: string): (string | NoBreakHyphen)[] {
  const parts = line.split(/(?<=\S)-(?=\S)/);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [new NoBreakHyphen(), p]));
}

/** Runs for `text` in Times New Roman: NFC, and line breaks as breaks (a raw \n is not a break). */
function runs(text: string, style: RunStyle = {}): TextRun[] {
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

const ALIGN = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** A paragraph of runs; its mark carries the same font and size, so even empty lines are sized. */
function para(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const size = o.size ?? SIZE.body;
  const children =
    typeof content === 'string'
      ? content === ''
        ? []
        : runs(content, { size, bold: o.bold, italics: o.italics })
      : content;
  const indented = [o.left, o.right, o.firstLine, o.hanging].some((v) => v !== undefined);
  // Unset properties are left out, not written as empty or "false" elements: a table cell's
  // paragraph is the most repeated thing in the report, and each element costs build time.
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'left'],
    indent: indented
      ? { left: o.left, right: o.right, firstLine: o.firstLine, hanging: o.hanging }
      : undefined,
    // lineRule spelled out: LibreOffice reads a bare w:line as an exact height, not a multiple.
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240, lineRule: 'auto' },
    keepNext: o.keepNext || undefined,
    keepLines: o.keepLines || undefined,
    tabStops: o.tabStop ? [{ type: TabStopType.LEFT, position: o.tabStop }] : undefined,
    run: { font: FONT_SLOTS, size, bold: o.bold, italics: o.italics },
  });
}

/**
 * A short centred solid line of `length` twips inside a box `width` wide: an empty, 5 pt high
 * paragraph whose bottom border is narrowed by equal indents (Word and LibreOffice both draw it).
 */
function rule(length: number, width: number, o: { before?: number; after?: number } = {}) {
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
function bodyParagraph(text: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  return para(text, {
    align: 'justify',
    firstLine: BODY.firstLine,
    after: BODY.after,
    line: BODY.line,
    ...o,
  });
}

function mucHeading(roman: string, title: string): Paragraph {
  return part(mucLine(roman, title), PORTRAIT_TEXT_WIDTH);
}

function khoanHeading(text: string): Paragraph {
  return part(khoanLine(text), PORTRAIT_TEXT_WIDTH);
}

/** One line or rule of a fixed block (block-lines.ts) as a Word paragraph. */
function part(x: Part, width: number): Paragraph {
  if (x.kind === 'rule') return rule(x.length, width, x);
  return x.body ? bodyParagraph(x.text, x.options) : para(x.text, x.options);
}

/** A narrative line as the user wrote it (see classifyNarrative). */
function narrativeParagraph(raw: string): Paragraph {
  const line = classifyNarrative(raw);
  if (line.kind === 'khoan') return khoanHeading(line.text);
  if (line.kind === 'khoanWithText')
    return bodyParagraph([...runs(line.title, { bold: true }), ...runs(line.rest)]);
  return bodyParagraph(line.text, { keepNext: line.keepNext });
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

/**
 * A bordered table, 12 pt, header row bold, centred and repeated on every page; rows short enough
 * are kept whole, taller ones may continue on the next page.
 */
function dataTable(o: DataTableOptions): Table {
  const size = o.size ?? SIZE.table;
  const cell = (c: DataCell, col: number, header: boolean, group: boolean): TableCell => {
    const width = o.widths.slice(col, col + (c.span ?? 1)).reduce((a, b) => a + b, 0);
    const lines = c.lines.length > 0 ? c.lines : [''];
    return new TableCell({
      children: lines.map((line) =>
        para(
          typeof line === 'string'
            ? line
            : line.parts.flatMap(([t, style]) => runs(t, { size, ...style })),
          {
            size,
            bold: header || group || c.bold,
            italics: c.italics,
            align: header ? 'center' : (c.align ?? 'left'),
            after: 20,
            before: 20,
            // A group row stays on the page of its first task.
            keepNext: group,
          },
        ),
      ),
      width: { size: width, type: WidthType.DXA },
      columnSpan: c.span,
      verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
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
      ...o.rows.map((r, i) => rowOf(r, false, o.groupRows?.includes(i) ?? false)),
    ],
    columnWidths: o.widths,
    width: { size: o.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_SINGLE,
    // One default for every cell (w:tblCellMar) instead of a copy in each cell.
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
  });
}

// ---------------------------------------------------------------------------------------------
// Header block (quốc hiệu, tiêu ngữ, tên cơ quan, số ký hiệu, địa danh ngày tháng)

/** The two-column borderless table at the top of page 1. */
function headerBlock(o: HeaderBlockOptions): Table {
  const h = headerParts(o);
  const cell = (parts: Part[], width: number) =>
    layoutCell(
      parts.map((x) => part(x, width)),
      width,
    );
  const top = new TableRow({
    children: [cell(h.topLeft, h.left), cell(h.topRight, h.right)],
  });
  const bottom = new TableRow({
    children: [cell(h.bottomLeft, h.left), cell(h.bottomRight, h.right)],
  });
  return layoutTable([top, bottom], [h.left, h.right], -HEADER_OVERHANG.left);
}

/** The document type line (`BÁO CÁO`) and the summary under it, with its short line. */
function titleBlock(docType: string, summary: string): Paragraph[] {
  return titleParts(docType, summary).map((x) => part(x, PORTRAIT_TEXT_WIDTH));
}

/**
 * `Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.` for one addressee; for several, one per line
 * (`- …;`, the last ending with `.`) aligned after "Kính gửi:".
 */
function addresseeBlock(addressees: string[]): Paragraph[] {
  const names = addresseeNames(addressees);
  const label = ADDRESSEE_LABEL;
  if (names.length <= 1) {
    return [
      para(`${label} ${names[0] ?? ''}.`, { align: 'center', after: 240, left: 400, right: 400 }),
    ];
  }
  const { labelWidth, textStart } = addresseeGeometry(names, label);
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

/** "Nơi nhận" on the left, authority, title, space for the signature and the name on the right. */
function signatureBlock(o: SignatureOptions): Table {
  const sig = signatureParts(o);
  const row = new TableRow({
    cantSplit: true,
    children: [
      layoutCell(
        sig.leftLines.map((x) => part(x, sig.left)),
        sig.left,
      ),
      layoutCell(
        sig.rightLines.map((x) => part(x, sig.right)),
        sig.right,
      ),
    ],
  });
  return layoutTable([row], [sig.left, sig.right]);
}

// ---------------------------------------------------------------------------------------------
// Appendix headings

function appendixHeading(roman: string, title: string, reference: string): Paragraph[] {
  return appendixHeadingParts(roman, title, reference).map((x) => part(x, LANDSCAPE_TEXT_WIDTH));
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

function section(children: FileChild[], o: SectionOptions = {}): ISectionOptions {
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
async function packDocument(
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

// ---------------------------------------------------------------------------------------------
// Blocks (document-model.ts) laid out in Word

function renderBlock(b: Block): FileChild[] {
  switch (b.kind) {
    case 'header':
      return [headerBlock(b.options)];
    case 'title':
      return titleBlock(b.docType, b.summary);
    case 'addressees':
      return addresseeBlock(b.addressees);
    case 'paragraph':
      return [b.body ? bodyParagraph(b.text, b.options) : para(b.text, b.options)];
    case 'muc':
      return [mucHeading(b.roman, b.title)];
    case 'khoan':
      return [khoanHeading(b.text)];
    case 'narrative':
      return [narrativeParagraph(b.text)];
    case 'table':
      return [dataTable(b.options)];
    case 'signature':
      return [signatureBlock(b.options)];
    case 'appendixHeading':
      return appendixHeading(b.roman, b.title, b.reference);
  }
}

function docxSection(s: DocSection): ISectionOptions {
  return section(s.blocks.flatMap(renderBlock), {
    landscape: s.landscape,
    restartNumbering: s.restartNumbering,
  });
}

/** A document's content as .docx bytes. */
export function writeDocx(content: DocumentContent): Promise<Buffer> {
  return packDocument(content.sections.map(docxSection), {
    title: content.title,
    creator: content.creator,
  });
}
