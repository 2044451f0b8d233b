// Statuses shown by the fill colour of a row, explained by a legend line ("tô màu xanh: đã hoàn
// thành; tô màu vàng: đang thực hiện; không tô màu: chưa thực hiện"): the legend's colour words
// and the cells' RGB fills brought to the same few colour names.
import { foldVietnamese } from '../../../shared/domain/text';
import type { ReportedStatus } from '../../../shared/domain/types';
import { statusPhrase } from './agency-layout-cells';

/** The colours a clerk names; "xanh" alone is green or blue, "none" is no fill (or white). */
export type Colour =
  'none' | 'grey' | 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple' | 'pink';
type LegendColour = Colour | 'xanh';

const WORDS: ReadonlyArray<[RegExp, LegendColour]> = [
  [/\b(?:khong to mau|khong to|khong mau|mau trang|de trang)\b/, 'none'],
  [/\bxanh (?:la|luc|la cay)\b/, 'green'],
  [/\bxanh (?:duong|da troi|nuoc bien|lam)\b/, 'blue'],
  [/\bxanh\b/, 'xanh'],
  [/\bvang\b/, 'yellow'],
  [/\bdo\b/, 'red'],
  [/\bcam\b/, 'orange'],
  [/\bhong\b/, 'pink'],
  [/\btim\b/, 'purple'],
  [/\bxam\b/, 'grey'],
];

/** The legend's colours and what each stands for; null unless it names two or more. */
export function colourLegend(text: string): Map<LegendColour, ReportedStatus> | null {
  const legend = new Map<LegendColour, ReportedStatus>();
  for (const part of foldVietnamese(text).split(/[;\n]/)) {
    const colon = Math.max(part.lastIndexOf(':'), part.lastIndexOf('='));
    if (colon < 0) continue;
    const status = statusPhrase(part.slice(colon + 1).trim());
    const colour = WORDS.find(([re]) => re.test(part.slice(0, colon)))?.[1];
    if (status && colour && !legend.has(colour)) legend.set(colour, status);
  }
  return legend.size >= 2 ? legend : null;
}

/**
 * The colour name of an RGB fill ("92D050" → green), as a clerk would say it; null for a fill
 * whose colour the reader could not resolve ("?": a theme or palette colour).
 */
export function colourOf(rgb: string | null): Colour | null {
  if (rgb === null) return 'none';
  if (!/^[0-9A-F]{6}$/i.test(rgb)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.12) return max > 0.92 ? 'none' : 'grey';
  const d = max - min;
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (h * 60 + 360) % 360;
  if (h < 15 || h >= 345) return 'red';
  if (h < 45) return 'orange';
  if (h < 70) return 'yellow';
  if (h < 170) return 'green';
  if (h < 260) return 'blue';
  if (h < 300) return 'purple';
  return 'pink';
}

/** What a fill stands for under the legend; null when the legend does not name its colour. */
export function statusOfColour(
  legend: Map<LegendColour, ReportedStatus>,
  colour: Colour | null,
): ReportedStatus | null {
  if (colour === null) return null;
  const own = legend.get(colour);
  if (own) return own;
  if (colour === 'green' || colour === 'blue') return legend.get('xanh') ?? null;
  return null;
}
