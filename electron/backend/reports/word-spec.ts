// What the Word writer lays out, as plain data: runs, paragraphs and data tables described once,
// then written either as docx objects (word-writer.ts, for the fixed blocks) or straight as XML
// text (word-xml.ts, for the body and the tables, where a large plan has tens of thousands of
// paragraphs). Both writers read the same description, so they cannot lay a paragraph out twice
// in two ways; a test holds their XML equal byte for byte.

import { khoanLine, mucLine, type Line } from './block-lines';
import {
  classifyNarrative,
  type Block,
  type DataCell,
  type DataTableOptions,
  type ParaOptions,
  type RunStyle,
} from './document-model';
import { BODY, rowHeight, SIZE, WHOLE_ROW_LIMIT } from './nd30-profile';

/** A non-breaking hyphen or a tab inside a run; anything else is text. */
export const NB_HYPHEN = { kind: 'hyphen' } as const;
export const TAB = { kind: 'tab' } as const;
export type RunPart = string | typeof NB_HYPHEN | typeof TAB;

export interface RunSpec {
  parts: RunPart[];
  /** A line break before the text (the second and later lines of a text with \n). */
  break: boolean;
  size: number;
  bold?: boolean;
  italics?: boolean;
}

export interface ParaSpec {
  runs: RunSpec[];
  align: NonNullable<ParaOptions['align']>;
  indent?: { left?: number; right?: number; firstLine?: number; hanging?: number };
  spacing: { before: number; after: number; line: number };
  keepNext?: true;
  keepLines?: true;
  tabStop?: number;
  /** The paragraph mark's run properties: even an empty line is sized. */
  mark: { size: number; bold?: boolean; italics?: boolean };
}

export interface CellSpec {
  width: number;
  span?: number;
  verticalAlign: 'center' | 'top';
  paragraphs: ParaSpec[];
}

export interface RowSpec {
  header: boolean;
  cantSplit: boolean;
  cells: CellSpec[];
}

export interface TableSpec {
  widths: number[];
  rows: RowSpec[];
}

/**
 * A line's text with the hyphens inside symbols (`57-NQ/TW`, `KH-UBND`, `2026-2030`) made
 * non-breaking, so that a document symbol is never split over two lines; ` - ` stays breakable.
 */
function unbreakableSymbols(line: string): RunPart[] {
  const parts = line.split(/(?<=\S)-(?=\S)/);
  if (parts.length === 1) return parts;
  return parts.flatMap((p, i) => (i === 0 ? [p] : [NB_HYPHEN, p]));
}

/** Runs for `text` in Times New Roman: NFC, and line breaks as breaks (a raw \n is not a break). */
export function runSpecs(text: string, style: RunStyle = {}): RunSpec[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line, i) => ({
      parts: unbreakableSymbols(line),
      break: i > 0,
      size: style.size ?? SIZE.body,
      bold: style.bold,
      italics: style.italics,
    }));
}

/** A paragraph of runs; its mark carries the same font and size, so even empty lines are sized. */
export function paraSpec(content: string | RunSpec[], o: ParaOptions = {}): ParaSpec {
  const size = o.size ?? SIZE.body;
  const runs =
    typeof content === 'string'
      ? content === ''
        ? []
        : runSpecs(content, { size, bold: o.bold, italics: o.italics })
      : content;
  const indented = [o.left, o.right, o.firstLine, o.hanging].some((v) => v !== undefined);
  // Unset properties are left out, not written as empty or "false" elements: a table cell's
  // paragraph is the most repeated thing in the report.
  return {
    runs,
    align: o.align ?? 'left',
    indent: indented
      ? { left: o.left, right: o.right, firstLine: o.firstLine, hanging: o.hanging }
      : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240 },
    keepNext: o.keepNext || undefined,
    keepLines: o.keepLines || undefined,
    tabStop: o.tabStop,
    mark: { size, bold: o.bold, italics: o.italics },
  };
}

/** An ordinary body paragraph: 14 pt, justified, first-line indent, 6 pt after, line 1.15. */
function bodyParaSpec(text: string | RunSpec[], o: ParaOptions = {}): ParaSpec {
  return paraSpec(text, {
    align: 'justify',
    firstLine: BODY.firstLine,
    after: BODY.after,
    line: BODY.line,
    ...o,
  });
}

/**
 * A bordered table, 12 pt, header row bold, centred and repeated on every page; rows short enough
 * are kept whole, taller ones may continue on the next page.
 */
function dataTableSpec(o: DataTableOptions): TableSpec {
  const size = o.size ?? SIZE.table;
  const cell = (c: DataCell, col: number, header: boolean, group: boolean): CellSpec => {
    let width = 0;
    for (let i = col; i < col + (c.span ?? 1) && i < o.widths.length; i++) width += o.widths[i]!;
    const lines = c.lines.length > 0 ? c.lines : [''];
    return {
      width,
      span: c.span,
      verticalAlign: header ? 'center' : 'top',
      paragraphs: lines.map((line) =>
        paraSpec(
          typeof line === 'string'
            ? line
            : line.parts.flatMap(([t, style]) => runSpecs(t, { size, ...style })),
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
    };
  };
  const groupRows = new Set(o.groupRows);
  const rowOf = (cells: DataCell[], header: boolean, group: boolean): RowSpec => {
    let col = 0;
    return {
      header,
      cantSplit: header || group || rowHeight(cells, o.widths, size) <= WHOLE_ROW_LIMIT,
      cells: cells.map((c) => {
        const made = cell(c, col, header, group);
        col += c.span ?? 1;
        return made;
      }),
    };
  };
  return {
    widths: o.widths,
    rows: [
      rowOf(
        o.header.map((h) => ({ lines: [h] })),
        true,
        false,
      ),
      ...o.rows.map((r, i) => rowOf(r, false, groupRows.has(i))),
    ],
  };
}

/** A text line of a block (block-lines.ts) as a paragraph. */
export function lineSpec(x: Line): ParaSpec {
  return x.body ? bodyParaSpec(x.text, x.options) : paraSpec(x.text, x.options);
}

/** A narrative line as the user wrote it (see classifyNarrative). */
function narrativeSpec(raw: string): ParaSpec {
  const line = classifyNarrative(raw);
  if (line.kind === 'khoan') return lineSpec(khoanLine(line.text));
  if (line.kind === 'khoanWithText')
    return bodyParaSpec([...runSpecs(line.title, { bold: true }), ...runSpecs(line.rest)]);
  return bodyParaSpec(line.text, { keepNext: line.keepNext });
}

/** What the body repeats: paragraphs, headings and data tables (not the fixed blocks). */
export type BodySpec = { kind: 'paragraph'; p: ParaSpec } | { kind: 'table'; t: TableSpec };

/** The body blocks' description; null for the fixed blocks (header, title, signature, …). */
export function bodySpec(b: Block): BodySpec | null {
  const p = (spec: ParaSpec): BodySpec => ({ kind: 'paragraph', p: spec });
  switch (b.kind) {
    case 'paragraph':
      return p(b.body ? bodyParaSpec(b.text, b.options) : paraSpec(b.text, b.options));
    case 'muc':
      return p(lineSpec(mucLine(b.roman, b.title)));
    case 'khoan':
      return p(lineSpec(khoanLine(b.text)));
    case 'narrative':
      return p(narrativeSpec(b.text));
    case 'table':
      return { kind: 'table', t: dataTableSpec(b.options) };
    default:
      return null;
  }
}
