// Table search, ignoring case and diacritics like shared matchesSearch, but by whole words:
// every word typed must be a word of the text, except the last, which may be the beginning of one
// (the user is still typing it). Vietnamese syllables are short, so plain substrings match far too
// much: "so hoa ho so" would find every "Sở Khoa học" (k-hoa, hoa-học) and "Sở Kế hoạch", and
// "I.6" would find III.6 and VI.6.
import { foldVietnamese } from '../../../shared/domain/text';

export interface SearchWord {
  word: string;
  /** The last word typed: matches the beginning of a word. */
  prefix: boolean;
}

export function searchWords(query: string): SearchWord[] {
  const words = foldVietnamese(query)
    .split(' ')
    .filter((t) => t !== '');
  return words.map((word, i) => ({ word, prefix: i === words.length - 1 }));
}

const WORD_CHAR = /[a-z0-9]/;

/** Start offsets in `folded` (a foldVietnamese'd text) where `w` occurs as a word. */
export function wordOccurrences(folded: string, w: SearchWord): number[] {
  const found: number[] = [];
  for (let at = folded.indexOf(w.word); at >= 0; at = folded.indexOf(w.word, at + 1)) {
    const end = at + w.word.length;
    const startsWord = at === 0 || !WORD_CHAR.test(folded.charAt(at - 1));
    const endsWord = end >= folded.length || !WORD_CHAR.test(folded.charAt(end));
    if (startsWord && (w.prefix || endsWord)) found.push(at);
  }
  return found;
}

/** Whether `text` holds every word of `query` (see above). An empty query matches everything. */
export function matchesWords(text: string, query: string): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  return foldedHasWords(foldVietnamese(text), words);
}

/** The same test on a text folded beforehand (folding is most of the cost, once per keystroke). */
export function foldedHasWords(folded: string, words: readonly SearchWord[]): boolean {
  return words.every((w) => wordOccurrences(folded, w).length > 0);
}
