import { matchesSearch } from '../../../shared/domain/text';
import { highlightRanges } from '../lib/highlight';
import { matchesWords } from '../lib/search';

/**
 * The text with the words of `query` marked (case and diacritics ignored), only when the text
 * holds every word: the mark shows why a row matched, not every "sở" on the screen. Words are
 * marked where they begin a word (the catalogue's search), or anywhere when only a plain
 * substring search (shared matchesSearch) finds them.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const anchored = matchesWords(text, query);
  if (!anchored && !matchesSearch(text, query)) return <>{text}</>;
  const chars = Array.from(text.normalize('NFC'));
  const ranges = highlightRanges(chars, query, anchored);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(chars.slice(at, start).join(''));
    parts.push(
      <mark key={start} className="search-hit">
        {chars.slice(start, end).join('')}
      </mark>,
    );
    at = end;
  }
  if (at < chars.length) parts.push(chars.slice(at).join(''));
  return <>{parts}</>;
}
