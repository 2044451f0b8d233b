// Paragraphs and data tables (word-spec.ts) written straight as WordprocessingML text, exactly as
// the docx library writes the same description (word-writer.ts): on a plan of 750 tasks the
// report has ~50,000 paragraphs, and building and serialising one docx object per run, paragraph
// and property took over a second. A test compares both writers' XML byte for byte.

import { FONT_SLOTS } from './nd30-profile';
import { NB_HYPHEN, TAB, type ParaSpec, type RunSpec, type TableSpec } from './word-spec';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes text and attribute values as docx does; control characters Word refuses are dropped. */
function escape(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

const FONTS = escape(FONT_SLOTS.ascii);
const RUN_FONTS = `<w:rFonts w:ascii="${FONTS}" w:cs="${FONTS}" w:eastAsia="${FONTS}" w:hAnsi="${FONTS}"/>`;

/** `<w:b/><w:bCs/>`, or with `w:val="false"` when switched off explicitly, or nothing when unset. */
function onOff(name: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  const val = value ? '' : ' w:val="false"';
  return `<w:${name}${val}/><w:${name}Cs${val}/>`;
}

const runPropertiesCache = new Map<string, string>();

/** The run properties (`w:rPr`); few distinct ones, so each is written once. */
function runProperties(r: { size: number; bold?: boolean; italics?: boolean }): string {
  const key = `${r.size}|${r.bold}|${r.italics}`;
  let xml = runPropertiesCache.get(key);
  if (xml === undefined) {
    const size = r.size ? `<w:sz w:val="${r.size}"/><w:szCs w:val="${r.size}"/>` : '';
    xml = `<w:rPr>${RUN_FONTS}${onOff('b', r.bold)}${onOff('i', r.italics)}${size}</w:rPr>`;
    runPropertiesCache.set(key, xml);
  }
  return xml;
}

function run(r: RunSpec): string {
  let xml = `<w:r>${runProperties(r)}${r.break ? '<w:br/>' : ''}`;
  for (const p of r.parts) {
    if (p === NB_HYPHEN) xml += '<w:noBreakHyphen/>';
    else if (p === TAB) xml += '<w:tab/>';
    else xml += `<w:t xml:space="preserve">${escape(p as string)}</w:t>`;
  }
  return `${xml}</w:r>`;
}

const JC = { center: 'center', justify: 'both', left: 'left', right: 'right' } as const;

function attributes(values: [string, number | undefined][]): string {
  let xml = '';
  for (const [name, v] of values) if (v !== undefined) xml += ` w:${name}="${Math.floor(v)}"`;
  return xml;
}

export function paragraphXml(p: ParaSpec): string {
  let xml = '<w:p><w:pPr>';
  if (p.keepNext) xml += '<w:keepNext/>';
  if (p.keepLines) xml += '<w:keepLines/>';
  if (p.tabStop !== undefined) xml += `<w:tabs><w:tab w:val="left" w:pos="${p.tabStop}"/></w:tabs>`;
  const s = p.spacing;
  xml += `<w:spacing w:after="${s.after}" w:before="${s.before}" w:line="${s.line}" w:lineRule="auto"/>`;
  if (p.indent) {
    const i = p.indent;
    xml += `<w:ind${attributes([
      ['left', i.left],
      ['right', i.right],
      ['hanging', i.hanging],
      ['firstLine', i.firstLine],
    ])}/>`;
  }
  xml += `<w:jc w:val="${JC[p.align]}"/>${runProperties(p.mark)}</w:pPr>`;
  for (const r of p.runs) xml += run(r);
  return `${xml}</w:p>`;
}

const BORDER = 'w:val="single" w:color="000000" w:sz="4"';
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('')}</w:tblBorders>`;

/** The data table (dataTableSpec): bordered, fixed layout, one default cell margin. */
export function tableXml(t: TableSpec, cellPadding: number): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  let xml =
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${TABLE_BORDERS}` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/>` +
    `<w:left w:type="dxa" w:w="${cellPadding}"/><w:bottom w:type="dxa" w:w="0"/>` +
    `<w:right w:type="dxa" w:w="${cellPadding}"/></w:tblCellMar></w:tblPr><w:tblGrid>`;
  for (const w of t.widths) xml += `<w:gridCol w:w="${w}"/>`;
  xml += '</w:tblGrid>';
  for (const row of t.rows) {
    xml += `<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}`;
    xml += `${row.header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>`;
    for (const c of row.cells) {
      xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>`;
      if (c.span) xml += `<w:gridSpan w:val="${c.span}"/>`;
      xml += `<w:vAlign w:val="${c.verticalAlign}"/></w:tcPr>`;
      for (const p of c.paragraphs) xml += paragraphXml(p);
      xml += '</w:tc>';
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
