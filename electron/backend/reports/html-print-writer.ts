// The print rendition: a document's blocks as HTML pages that Chromium prints to PDF (Electron's
// printToPDF) with the same Nghị định 30 profile as the Word file: A4, the same margins, Times New
// Roman, page numbers centred in the top margin from page 2. One HTML document per section, because
// Chromium numbers pages through a whole document and each appendix must start again at 1 with an
// unnumbered first page; the sections' PDFs are joined afterwards (chromium-pdf.ts).

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
  type CellLine,
  type DataTableOptions,
  type DocSection,
  type DocumentContent,
  type ParaOptions,
  type RunStyle,
} from './document-model';
import {
  ADDRESSEE_LABEL,
  addresseeGeometry,
  BODY,
  CELL_PADDING,
  HEADER_OVERHANG,
  LANDSCAPE_MARGINS,
  LANDSCAPE_TEXT_WIDTH,
  PORTRAIT_MARGINS,
  PORTRAIT_TEXT_WIDTH,
  RULE_GAP,
  RULE_SIZE,
  rowHeight,
  SIZE,
  WHOLE_ROW_LIMIT,
} from './nd30-profile';

/** Times New Roman's single line is 1.15 em high; Word's "multiple" spacing multiplies that. */
const SINGLE_LINE = 1.15;
const FONT_STACK = "'Times New Roman', 'Liberation Serif', 'Tinos', serif";

const pt = (twips: number): string => `${+(twips / 20).toFixed(2)}pt`;
const fontPt = (size: number): string => `${size / 2}pt`;
const mmOf = (twips: number): string => `${+((twips / 1440) * 25.4).toFixed(1)}mm`;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text with line breaks kept and symbols such as `57-NQ/TW` never split at their hyphen. */
function textHtml(text: string): string {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) =>
      line
        .split(/(\s+)/)
        .map((w) => {
          // Runs of spaces are room left for a handwritten number or date: keep their width.
          if (/^\s+$/.test(w)) return w.length > 1 ? `${'&nbsp;'.repeat(w.length - 1)} ` : w;
          return /\S-\S/.test(w) ? `<span class="nb">${escapeHtml(w)}</span>` : escapeHtml(w);
        })
        .join(''),
    )
    .join('<br>');
}

function runStyle(s: RunStyle): string {
  const css: string[] = [];
  if (s.size !== undefined) css.push(`font-size:${fontPt(s.size)}`);
  if (s.bold) css.push('font-weight:bold');
  if (s.italics) css.push('font-style:italic');
  return css.join(';');
}

function span(text: string, s: RunStyle): string {
  const style = runStyle(s);
  return style ? `<span style="${style}">${textHtml(text)}</span>` : textHtml(text);
}

function paraStyle(o: ParaOptions): string {
  const css = [
    `margin:${pt(o.before ?? 0)} ${pt(o.right ?? 0)} ${pt(o.after ?? 0)} ${pt(o.left ?? 0)}`,
    `text-align:${o.align ?? 'left'}`,
    `line-height:${+(((o.line ?? 240) / 240) * SINGLE_LINE).toFixed(3)}`,
  ];
  if (o.firstLine) css.push(`text-indent:${pt(o.firstLine)}`);
  if (o.hanging) css.push(`text-indent:-${pt(o.hanging)}`);
  if (o.keepNext) css.push('break-after:avoid');
  if (o.keepLines) css.push('break-inside:avoid');
  const run = runStyle({ size: o.size ?? SIZE.body, bold: o.bold, italics: o.italics });
  return [...css, run].join(';');
}

/** A paragraph; an empty one keeps its height, as in Word. */
function p(content: string, o: ParaOptions = {}, raw = false): string {
  const inner = raw ? content : textHtml(content);
  return `<p style="${paraStyle(o)}">${inner === '' ? '&nbsp;' : inner}</p>`;
}

const body = (text: string, o: ParaOptions = {}, raw = false): string =>
  p(
    text,
    { align: 'justify', firstLine: BODY.firstLine, after: BODY.after, line: BODY.line, ...o },
    raw,
  );

/** A short centred line under a title, `length` twips long. */
function rule(length: number, o: { before?: number; after?: number } = {}): string {
  return `<div class="rule" style="width:${pt(length)};margin:${pt(o.before ?? 0)} auto ${pt(o.after ?? 0)};padding-top:${pt(RULE_GAP - 20)};border-bottom:${RULE_SIZE / 8}pt solid #000"></div>`;
}

/** One line or rule of a fixed block (block-lines.ts) as HTML. */
function part(x: Part): string {
  if (x.kind === 'rule') return rule(x.length, x);
  return x.body ? body(x.text, x.options) : p(x.text, x.options);
}

function twoColumns(left: number, right: number, rows: [Part[], Part[]][], cls: string): string {
  const cells = rows
    .map(([l, r]) => `<tr><td>${l.map(part).join('')}</td><td>${r.map(part).join('')}</td></tr>`)
    .join('\n');
  return `<table class="layout ${cls}" style="width:${pt(left + right)}">
<colgroup><col style="width:${pt(left)}"><col style="width:${pt(right)}"></colgroup>
${cells}
</table>`;
}

function header(b: Extract<Block, { kind: 'header' }>): string {
  const h = headerParts(b.options);
  return twoColumns(
    h.left,
    h.right,
    [
      [h.topLeft, h.topRight],
      [h.bottomLeft, h.bottomRight],
    ],
    'header',
  );
}

function addressees(list: string[]): string {
  const names = addresseeNames(list);
  if (names.length <= 1) {
    return p(`${ADDRESSEE_LABEL} ${names[0] ?? ''}.`, {
      align: 'center',
      after: 240,
      left: 400,
      right: 400,
    });
  }
  const { labelWidth, textStart } = addresseeGeometry(names, ADDRESSEE_LABEL);
  return names
    .map((n, i) => {
      const last = i === names.length - 1;
      const line = textHtml(`- ${n}${last ? '.' : ';'}`);
      const o: ParaOptions = { left: textStart, after: last ? 240 : 0 };
      if (i > 0) return p(line, o, true);
      // The label hangs in the indent, the first name starts where the others do.
      const label = `<span class="label" style="width:${pt(labelWidth)}">${textHtml(ADDRESSEE_LABEL)}</span>`;
      return p(label + line, { ...o, hanging: labelWidth }, true);
    })
    .join('');
}

function signature(b: Extract<Block, { kind: 'signature' }>): string {
  const sig = signatureParts(b.options);
  return twoColumns(sig.left, sig.right, [[sig.leftLines, sig.rightLines]], 'keep');
}

function cellLine(line: CellLine, size: number): string {
  if (typeof line === 'string') return textHtml(line);
  return line.parts.map(([t, style]) => span(t, { ...style, size })).join('');
}

function table(o: DataTableOptions): string {
  const size = o.size ?? SIZE.table;
  const cols = o.widths.map((w) => `<col style="width:${pt(w)}">`).join('');
  const cellPara = (inner: string, align: string) =>
    `<p style="text-align:${align};margin:1pt 0;line-height:${SINGLE_LINE}">${inner === '' ? '&nbsp;' : inner}</p>`;
  const head = o.header.map((h) => `<th>${cellPara(textHtml(h), 'center')}</th>`).join('');
  const rows = o.rows.map((cells, i) => {
    const group = o.groupRows?.includes(i) ?? false;
    const whole = group || rowHeight(cells, o.widths, size) <= WHOLE_ROW_LIMIT;
    const classes = [whole ? 'whole' : '', group ? 'group' : ''].filter(Boolean).join(' ');
    const tds = cells.map((c) => {
      const style = [c.bold ? 'font-weight:bold' : '', c.italics ? 'font-style:italic' : '']
        .filter(Boolean)
        .join(';');
      const lines = (c.lines.length > 0 ? c.lines : ['']).map((l) =>
        cellPara(cellLine(l, size), c.align ?? 'left'),
      );
      return `<td${c.span ? ` colspan="${c.span}"` : ''}${style ? ` style="${style}"` : ''}>${lines.join('')}</td>`;
    });
    return `<tr${classes ? ` class="${classes}"` : ''}>${tds.join('')}</tr>`;
  });
  return `<table class="data" style="width:${pt(o.widths.reduce((a, b) => a + b, 0))};font-size:${fontPt(size)}">
<colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'header':
      return header(b);
    case 'title':
      return titleParts(b.docType, b.summary).map(part).join('');
    case 'addressees':
      return addressees(b.addressees);
    case 'paragraph':
      return b.body ? body(b.text, b.options) : p(b.text, b.options);
    case 'muc':
      return part(mucLine(b.roman, b.title));
    case 'khoan':
      return part(khoanLine(b.text));
    case 'narrative': {
      const line = classifyNarrative(b.text);
      if (line.kind === 'khoan') return part(khoanLine(line.text));
      if (line.kind === 'khoanWithText')
        return body(`${span(line.title, { bold: true })}${textHtml(line.rest)}`, {}, true);
      return body(line.text, { keepNext: line.keepNext });
    }
    case 'table':
      return table(b.options);
    case 'signature':
      return signature(b);
    case 'appendixHeading':
      return appendixHeadingParts(b.roman, b.title, b.reference).map(part).join('');
  }
}

/**
 * Chromium clips whatever reaches into the page margin, and the header table reaches a little into
 * it (as in the decree's template): so the page area is wider by that overhang, the text is padded
 * back to the profile's margins and only the header table uses the overhang.
 */
function pageCss(landscape: boolean): string {
  const m = landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
  const o = HEADER_OVERHANG;
  return `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: ${mmOf(m.top)} ${mmOf(m.right - o.right)} ${mmOf(m.bottom)} ${mmOf(m.left - o.left)};
  @top-center { content: counter(page); font-family: ${FONT_STACK}; font-size: ${fontPt(SIZE.pageNumber)};
    padding: 0 ${pt(o.right)} 0 ${pt(o.left)}; }
}
@page :first { @top-center { content: none; } }
html, body { margin: 0; padding: 0; }
body { width: ${pt(width)}; padding: 0 ${pt(o.right)} 0 ${pt(o.left)}; font-family: ${FONT_STACK}; font-size: ${fontPt(SIZE.body)}; color: #000;
  font-kerning: normal; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { orphans: 2; widows: 2; }
.nb { white-space: nowrap; }
.label { display: inline-block; text-indent: 0; }
table { border-collapse: collapse; table-layout: fixed; }
table.layout td { vertical-align: top; padding: 0; }
table.header { margin-left: -${pt(o.left)}; }
table.keep, tr.whole, thead tr { break-inside: avoid; }
tr.group { break-after: avoid; font-weight: bold; }
table.data th, table.data td { border: 0.5pt solid #000; padding: 0 ${pt(CELL_PADDING)}; vertical-align: top; }
table.data th { vertical-align: middle; font-weight: bold; }
table.data thead { display: table-header-group; }`;
}

/** One section as a complete HTML document, ready for printing. */
export function sectionHtml(content: DocumentContent, s: DocSection): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(content.title)}</title>
<style>${pageCss(s.landscape)}</style></head>
<body>
${s.blocks.map(block).join('\n')}
</body></html>`;
}
