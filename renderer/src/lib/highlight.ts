// Where the words of a search stand in a text, ignoring case and diacritics, so a screen can mark
// them and the user sees why a row matched.
import { foldVietnamese } from '../../../shared/domain/text';
import { searchWords, wordOccurrences } from './search';

export type Range = [start: number, end: number];

function foldChar(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  return foldVietnamese(ch) || ch;
}

/**
 * Ranges of `chars` (the text split into code points, NFC) covered by the query's words; with
 * `atWordStart`, only where they stand as words (as the catalogue searches match), otherwise
 * anywhere (as a plain substring search matches).
 */
export function highlightRanges(
  chars: readonly string[],
  query: string,
  atWordStart = true,
): Range[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  let folded = '';
  const origin: number[] = [];
  chars.forEach((ch, i) => {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  });
  const ranges: Range[] = [];
  for (const w of words) {
    const starts = atWordStart
      ? wordOccurrences(folded, w)
      : [...folded.matchAll(new RegExp(escapeRegExp(w.word), 'g'))].map((m) => m.index);
    for (const at of starts) ranges.push([origin[at]!, origin[at + w.word.length - 1]! + 1]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
