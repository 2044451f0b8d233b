// Row heights. Excel grows rows to fit wrapped text only on screen and LibreOffice not at all, so
// the writer gives each row its height from how the text wraps, measured with the font's metrics.
import { textWidth } from '../typography/times-metrics';
import { BODY_SIZE } from './styles';

/** One line of Times New Roman in Excel: 15.75 pt at 12 pt, 18.75 pt at 14 pt. */
export function linePoints(size: number = BODY_SIZE): number {
  return (size * 15.75) / 12;
}

const MAX_ROW_PT = 409; // Excel's limit

// Column widths count digits of the workbook's default font, which `writeWorkbook` makes Times
// New Roman 12: a digit is 8 px at 96 dpi, in Excel and in LibreOffice alike.
const DIGIT_PX = 8;

/** Usable width in points of a column `chars` wide (less the cell's inner margins). */
function columnPoints(chars: number): number {
  return (chars * DIGIT_PX - 7) * 0.75;
}

/** How many lines `text` takes when wrapped at word boundaries into `width` points. */
function wrappedLines(text: string, width: number, bold = false, size = BODY_SIZE): number {
  // 5 % spare: LibreOffice's Liberation Serif and Excel's rendering differ slightly.
  const measure = (s: string) => (textWidth(s, size * 2, bold) / 20) * 1.05;
  const space = measure(' ');
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let w = measure(word);
      if (line > 0 && line + space + w > width) {
        lines += 1;
        line = 0;
      }
      // A word longer than the column is broken across lines.
      while (w > width) {
        lines += 1;
        w -= width;
      }
      line += (line > 0 ? space : 0) + w;
    }
  }
  return lines;
}

export interface WrappedText {
  text: string;
  /** Column width in units of the default font's digits (merged cells: the sum). */
  width: number;
  bold?: boolean;
}

/**
 * Height in points of a row showing each text wrapped in its column: as many lines as the tallest
 * needs (at least `minLines`), plus `padding`; never over Excel's limit.
 */
export function rowHeight(
  texts: WrappedText[],
  o: { size?: number; padding?: number; minLines?: number } = {},
): number {
  const size = o.size ?? BODY_SIZE;
  const lines = Math.max(
    o.minLines ?? 1,
    ...texts.map((t) => wrappedLines(t.text, columnPoints(t.width), t.bold, size)),
  );
  return Math.min(MAX_ROW_PT, Math.ceil(lines * linePoints(size) + (o.padding ?? 3)));
}
