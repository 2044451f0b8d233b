// The title block of an agency's own report: agency, period, the cover letter's number and date,
// the person and phone under the table; and which known agency a title line or file name names.

import type { ImportHeader } from '../../../shared/domain/import-types';
import { parsePeriodFromText } from '../../../shared/domain/periods';
import { foldVietnamese, parseVnDate } from '../../../shared/domain/text';
import type { IsoDate } from '../../../shared/domain/types';
import { expandedWords } from './match-rows';

const AGENCY_LINE =
  /^(?:so\s+(?!lieu\b|thu tu\b)[a-z]|cong an|bo chi huy|ban quan ly|ngan hang|cuc thue|thue tinh|van phong|thanh tra|truong cao dang|truong|lien hiep|uy ban nhan dan (?:xa|phuong)|ubnd (?:xa|phuong)|dai phat thanh|hiep hoi|ban (?:tuyen giao|dan toc)|bo doi)/;
// Written with or without diacritics ("Kem theo Bao cao so 2241/BC-BDBP ngay 10/9/2025").
const DOC_IN_TEXT =
  /(?:báo cáo|bao cao|công văn|cong van|văn bản|van ban|tờ trình|to trinh|bc|cv)\s+(?:số|so)\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
// A sentence that cites another body's document ("Thực hiện Công văn số 1105/SKHCN-QLCN …") names
// the request, not this report.
const CITES_OTHER =
  /^(?:thực hiện|thuc hien|căn cứ|can cu|theo|kính gửi|kinh gui|phúc đáp|trả lời)\b/iu;
const DOC_LINE = /^(?:số|so)\s*:?\s*(\d+[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}.\-/]+)/iu;
const DATE_AFTER =
  /(?:ngày|ngay)\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s*(?:tháng|thang)\s*\d{1,2}\s*(?:năm|nam)\s*\d{4})/iu;

export function headerFrom(lines: string[], footer: string[]): ImportHeader {
  let agencyText: string | null = null;
  let parent: string | null = null;
  for (const line of lines) {
    const f = foldVietnamese(line);
    if (/^(?:ubnd|uy ban nhan dan) tinh\b/.test(f)) {
      parent = line; // the parent body
      continue;
    }
    if (AGENCY_LINE.test(f)) {
      // "UBND TỈNH LAI CHÂU / VĂN PHÒNG": the office is the People's Committee's own.
      agencyText = f === 'van phong' && parent ? `${line} ${parent}` : line;
      break;
    }
  }
  if (!agencyText) {
    for (const line of lines) {
      const m =
        /\bcủa\s+((?:Sở|Công an|Ban|Bộ Chỉ huy|Văn phòng|Ngân hàng|Cục|Thuế|UBND|Ủy ban nhân dân|Trường|Liên hiệp)[^()\n;,]*)/iu.exec(
          line,
        );
      if (m && !/tỉnh\s*$/iu.test(m[1] ?? '')) {
        agencyText = (m[1] ?? '').trim();
        break;
      }
    }
  }

  let periodText: string | null = null;
  for (const line of lines) {
    if (/^\(?\s*kèm theo/iu.test(line)) continue;
    if (parsePeriodFromText(line)) {
      periodText = line;
      break;
    }
  }

  let docNumber: string | null = null;
  let docDate: IsoDate | null = null;
  for (const line of lines) {
    if (CITES_OTHER.test(line)) continue;
    const m = DOC_IN_TEXT.exec(line);
    if (!m) continue;
    docNumber = (m[1] ?? '').replace(/\s+/g, '');
    const d = DATE_AFTER.exec(line.slice((m.index ?? 0) + m[0].length));
    docDate = d ? (parseVnDate(d[1] ?? '') ?? parseVnDate(`ngày ${d[1] ?? ''}`)) : null;
    break;
  }
  if (!docNumber) {
    for (const line of lines) {
      const m = DOC_LINE.exec(line);
      if (m) {
        docNumber = (m[1] ?? '').replace(/\s+/g, '');
        break;
      }
    }
  }
  if (docNumber && !docDate) {
    // The place-date line of a formal report: "Lai Châu, ngày 05 tháng 9 năm 2025".
    for (const line of lines) {
      const d =
        /,\s*(?:ngày|ngay)\s*(\d{1,2}\s*(?:tháng|thang)\s*\d{1,2}\s*(?:năm|nam)\s*\d{4})/iu.exec(
          line,
        );
      if (d) {
        docDate = parseVnDate(`ngày ${d[1] ?? ''}`);
        break;
      }
    }
  }

  let person: string | null = null;
  let phone: string | null = null;
  for (const line of footer) {
    const p =
      /(?:người lập(?: biểu)?|người tổng hợp|cán bộ (?:tổng hợp|phụ trách))\s*:\s*([^,;(]+)/iu.exec(
        line,
      );
    if (p && !person) person = (p[1] ?? '').trim() || null;
    const t = /(?:điện thoại|đt|sđt)\s*:?\s*(\+?\d[\d .]{7,}\d)/iu.exec(line);
    if (t && !phone) phone = (t[1] ?? '').replace(/[ .]/g, '');
  }

  return {
    agencyText,
    periodText,
    docNumber,
    docDate,
    person,
    phone,
    summary: null,
    difficulties: null,
    proposals: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Agency from the title block and the file name

/** "SoNoiVu_BC_Q3_2025.xlsx" → "So Noi Vu BC Q3 2025"; titles pass through. */
function splitFileName(text: string): string {
  return text
    .replace(/\.(?:xlsx|xlsm|xls|ods)$/i, '')
    .replace(/([\p{Ll}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_+]+/g, ' ');
}

/** Folded words for agency comparison, "&" dropped so that "Sở TT&TT" reads as "so tttt". */
function agencyWords(text: string): string {
  return ` ${expandedWords(splitFileName(text).replace(/&/g, '')).join(' ')} `;
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
