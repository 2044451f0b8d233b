// Text width estimate for Times New Roman, from the font's advance widths: the Word writer sizes
// the lines under the agency, the motto and the summary with it, and the Excel kit the row heights.

// Advance widths (1/1000 em) of Times New Roman for U+0020–U+007E (Liberation Serif has the same
// metrics). Vietnamese letters are measured by their base letter: tone marks do not widen a glyph.
const WIDTH_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const WIDTH_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
  611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
  722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
  278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** A character's width in 1/1000 em: its base letter's (NFD without the marks, đ as d). */
function charUnits(ch: string, table: readonly number[]): number {
  const base = ch
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let units = 0;
  for (const c of base) units += table[c.charCodeAt(0) - 32] ?? 500;
  return units;
}

/**
 * Each character measured once: row heights measure every cell of a large workbook, and
 * normalising whole texts took most of that time. Widths add up, so a text's is the sum.
 */
const MEASURED = { regular: new Map<number, number>(), bold: new Map<number, number>() };

/** Estimated width in twips of one line of `text` in Times New Roman at `size` half-points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? WIDTH_BOLD : WIDTH_REGULAR;
  const measured = bold ? MEASURED.bold : MEASURED.regular;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) {
      units += table[code - 32]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    let u = measured.get(point);
    if (u === undefined) measured.set(point, (u = charUnits(String.fromCodePoint(point), table)));
    units += u;
  }
  return Math.round((units / 1000) * size * 10); // size/2 pt × 20 twips/pt
}
