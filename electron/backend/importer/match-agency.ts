// Which known agency a title line, a lead-agency cell or a file name names, and how sure that is:
// official names and aliases written out, file names split at their capitals, abbreviations.
import { foldVietnamese } from '../../../shared/domain/text';
import { expandedWords } from './match-rows';

/** "SoNoiVu_BC_Q3_2025.xlsx" → "So Noi Vu BC Q3 2025"; titles pass through. */
function splitFileName(text: string): string {
  return text
    .replace(/\.(?:xlsx|xlsm|xls|ods)$/i, '')
    .replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_+]+/g, ' ');
}

/** Folded words for agency comparison, "&" dropped so that "Sở TT&TT" reads as "so tttt". */
function agencyWordsOf(text: string): string {
  return ` ${expandedWords(splitFileName(text).replace(/&/g, '')).join(' ')} `;
}

// Every file compares its title, name and lead cells with every agency's names: each text is
// folded once (bounded, so that a huge sheet cannot grow the memo without end).
const AGENCY_WORDS = new Map<string, string>();

function agencyWords(text: string): string {
  let words = AGENCY_WORDS.get(text);
  if (words === undefined) {
    words = agencyWordsOf(text);
    if (AGENCY_WORDS.size >= 20_000) AGENCY_WORDS.clear();
    AGENCY_WORDS.set(text, words);
  }
  return words;
}

/**
 * The agency a file comes from, found in its title rows and file name, earlier texts first: an
 * official name or alias written out gives 1 (0.9 from a file name); only a bare abbreviation
 * ("SNV" in "215/BC-SNV") gives 0.7, to be confirmed. Within one text the longest name wins, so
 * "Cục Thuế tỉnh Lai Châu" beats "Thuế tỉnh". Another agency named in full lowers it to 0.6.
 */
export function findAgencyInText(
  texts: string[],
  agencies: { id: number; name: string; shortName: string | null; aliases: string[] }[],
): { id: number; confidence: number } | null {
  const names = agencies.flatMap((a) =>
    [a.name, a.shortName, ...a.aliases]
      .filter((n): n is string => n !== null && n.trim() !== '')
      .map((n) => ({ id: a.id, words: agencyWords(n).trim() }))
      .filter((n) => n.words !== ''),
  );
  type Found = { id: number; words: string; at: number; fileName: boolean };
  const found: Found[] = [];
  texts.forEach((text, at) => {
    // The addressee ("Kính gửi: Sở Khoa học và Công nghệ") is not the sender.
    if (/^(?:kinh gui|gui|noi nhan)\b/.test(foldVietnamese(text))) return;
    const hay = agencyWords(text);
    // A file name ("SoNoiVu_BC_Q3_2025", with or without extension) is weaker than a title line.
    const fileName = /\.(?:xlsx|xlsm|xls|ods)$/i.test(text.trim()) || !/\s/.test(text.trim());
    for (const n of names) {
      if (hay.includes(` ${n.words} `)) found.push({ id: n.id, words: n.words, at, fileName });
    }
  });
  const byTrust = (list: Found[]): Found | null =>
    list.reduce<Found | null>(
      (best, f) =>
        !best || f.at < best.at || (f.at === best.at && f.words.length > best.words.length)
          ? f
          : best,
      null,
    );
  const full = found.filter((f) => f.words.includes(' '));
  const winner = byTrust(full);
  if (!winner) {
    const abbreviation = byTrust(found);
    return abbreviation ? { id: abbreviation.id, confidence: 0.7 } : null;
  }
  const rival = full.some(
    (f) => f.id !== winner.id && !` ${winner.words} `.includes(` ${f.words} `),
  );
  const confidence = rival ? 0.6 : winner.fileName ? 0.9 : 1;
  return { id: winner.id, confidence };
}
