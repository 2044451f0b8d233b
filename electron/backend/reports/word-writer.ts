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
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { writeZip } from '../zip/write-zip';
import {
  appendixHeadingParts,
  headerParts,
  signatureParts,
  titleParts,
  type Part,
} from './block-lines';
import {
  addresseeNames,
  type Block,
  type DocSection,
  type DocumentContent,
  type HeaderBlockOptions,
  type ParaOptions,
  type SignatureOptions,
} from './document-model';

import {
  A4,
  ADDRESSEE_LABEL,
  addresseeGeometry,
  CELL_PADDING,
  FONT_SLOTS,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  HEADER_OVERHANG,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH,
  PORTRAIT_MARGINS,
  PORTRAIT_TEXT_WIDTH,
  RULE_GAP,
  RULE_SIZE,
  SIZE,
} from './nd30-profile';
import {
  bodySpec,
  lineSpec,
  NB_HYPHEN,
  paraSpec,
  runSpecs,
  TAB,
  type ParaSpec,
  type RunSpec,
  type TableSpec,
} from './word-spec';
import { paragraphXml, tableXml } from './word-xml';

// ---------------------------------------------------------------------------------------------
// Runs and paragraphs

/** A run of the description (word-spec.ts) as a docx run. */
function textRun(r: RunSpec): TextRun {
  return new TextRun({
    children: r.parts.map((p) =>
      p === NB_HYPHEN ? new NoBreakHyphen() : p === TAB ? new Tab() : (p as string),
    ),
    break: r.break ? 1 : undefined,
    font: FONT_SLOTS,
    size: r.size,
    bold: r.bold,
    italics: r.italics,
  });
}

const ALIGN = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** A paragraph of the description (word-spec.ts) as a docx paragraph. */
function paragraph(p: ParaSpec): Paragraph {
  return new Paragraph({
    children: p.runs.map(textRun),
    alignment: ALIGN[p.align],
    indent: p.indent,
    // lineRule spelled out: LibreOffice reads a bare w:line as an exact height, not a multiple.
    spacing: { ...p.spacing, lineRule: 'auto' },
    keepNext: p.keepNext,
    keepLines: p.keepLines,
    tabStops:
      p.tabStop !== undefined ? [{ type: TabStopType.LEFT, position: p.tabStop }] : undefined,
    run: { font: FONT_SLOTS, ...p.mark },
  });
}

function para(content: string | RunSpec[], o: ParaOptions = {}): Paragraph {
  return paragraph(paraSpec(content, o));
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

/** One line or rule of a fixed block (block-lines.ts) as a Word paragraph. */
function part(x: Part, width: number): Paragraph {
  if (x.kind === 'rule') return rule(x.length, width, x);
  return paragraph(lineSpec(x));
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

/** A data table of the description (word-spec.ts) as a docx table. */
function dataTable(t: TableSpec): Table {
  return new Table({
    rows: t.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.header,
          cantSplit: r.cantSplit,
          children: r.cells.map(
            (c) =>
              new TableCell({
                children: c.paragraphs.map(paragraph),
                width: { size: c.width, type: WidthType.DXA },
                columnSpan: c.span,
                verticalAlign:
                  c.verticalAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
    columnWidths: t.widths,
    width: { size: t.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
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
            ...runSpecs(label),
            { parts: [TAB], break: false, size: SIZE.addressee },
            ...runSpecs(line),
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

/** The fixed blocks (few, once a document) as docx objects; body blocks: see sectionChildren. */
function fixedBlock(b: Block): FileChild[] {
  switch (b.kind) {
    case 'header':
      return [headerBlock(b.options)];
    case 'title':
      return titleBlock(b.docType, b.summary);
    case 'addressees':
      return addresseeBlock(b.addressees);
    case 'signature':
      return [signatureBlock(b.options)];
    case 'appendixHeading':
      return appendixHeading(b.roman, b.title, b.reference);
    default:
      throw new Error(`not a fixed block: ${b.kind}`);
  }
}

/**
 * Stands in the docx document for a run of body blocks written as XML (`xml[n]`), and is replaced
 * by them once docx has written document.xml. Every paragraph of ours has properties of its own,
 * so none can look like this one. Ending a section, it is given the section's properties, which
 * docx writes after a final table as a paragraph of their own: so they are put back.
 */
const PLACEHOLDER =
  /<w:p>(?:<w:pPr>(<w:sectPr>(?:(?!<\/w:sectPr>)[\s\S])*<\/w:sectPr>)<\/w:pPr>)?<w:r><w:t xml:space="preserve">\uE000(\d+)<\/w:t><\/w:r><\/w:p>/g;

function placeholder(n: number): Paragraph {
  return new Paragraph({ children: [new TextRun(`\uE000${n}`)] });
}

/**
 * A section's blocks: body blocks written straight as XML into `xml` (one placeholder for each
 * run of them), or, without `xml`, as docx objects like the fixed blocks. A final paragraph stays
 * a docx one, as docx puts the section's properties inside it.
 */
function sectionChildren(s: DocSection, xml: string[] | null): FileChild[] {
  const out: FileChild[] = [];
  let pending = '';
  const flush = () => {
    if (xml && pending !== '') out.push(placeholder(xml.push(pending) - 1));
    pending = '';
  };
  s.blocks.forEach((b, i) => {
    const spec = bodySpec(b);
    if (spec === null) {
      flush();
      out.push(...fixedBlock(b));
    } else if (xml && (spec.kind === 'table' || i < s.blocks.length - 1)) {
      pending += spec.kind === 'table' ? tableXml(spec.t, CELL_PADDING) : paragraphXml(spec.p);
    } else {
      flush();
      out.push(spec.kind === 'table' ? dataTable(spec.t) : paragraph(spec.p));
    }
  });
  flush();
  return out;
}

/** The package docx wrote, with the body XML in place of its placeholders, zipped again. */
function spliceBody(packed: Uint8Array, xml: string[]): Buffer {
  const files = unzipSync(packed);
  const doc = strFromU8(files['word/document.xml']!);
  let replaced = 0;
  const full = doc.replace(PLACEHOLDER, (_, sectPr: string | undefined, n: string) => {
    replaced++;
    return xml[Number(n)]! + (sectPr ? `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` : '');
  });
  if (replaced !== xml.length) throw new Error('document.xml: body placeholders lost');
  files['word/document.xml'] = Buffer.from(full, 'utf8');
  return writeZip(Object.entries(files).map(([name, data]) => ({ name, data })));
}

export interface WriteDocxOptions {
  /**
   * How the body blocks are written: straight as XML (the default: fast), or as docx objects,
   * which the tests compare it with.
   */
  body?: 'xml' | 'docx';
}

/** A document's content as .docx bytes. */
export async function writeDocx(
  content: DocumentContent,
  o: WriteDocxOptions = {},
): Promise<Buffer> {
  const xml = o.body === 'docx' ? null : [];
  const sections = content.sections.map((s) =>
    section(sectionChildren(s, xml), {
      landscape: s.landscape,
      restartNumbering: s.restartNumbering,
    }),
  );
  const packed = await packDocument(sections, { title: content.title, creator: content.creator });
  return xml ? spliceBody(packed, xml) : packed;
}
