// Abbreviations in an official document are written out the first time, with the short form in
// parentheses (Nghị định 30/2020/NĐ-CP, Phụ lục III), also where the agencies' own words carry
// them ("Kiểm tra ATTT …"). The glossary is a setting, one `SHORT: full form` a line, seeded from
// the words of the plan and of what agencies write.
import { capitalise } from './text';

export interface GlossaryEntry {
  short: string;
  full: string;
}

/** The plan's and the agencies' usual abbreviations (Nghị quyết 57-NQ/TW and its plans). */
export const DEFAULT_GLOSSARY: string[] = [
  'UBND: Ủy ban nhân dân',
  'HĐND: Hội đồng nhân dân',
  'KH&CN: khoa học và công nghệ',
  'ĐMST: đổi mới sáng tạo',
  'CĐS: chuyển đổi số',
  'CSDL: cơ sở dữ liệu',
  'ATTT: an toàn thông tin',
  'NSNN: ngân sách nhà nước',
  'TTHC: thủ tục hành chính',
  'TTĐT: thông tin điện tử',
  'QĐ: Quyết định',
  'QPPL: quy phạm pháp luật',
  'CNTT: công nghệ thông tin',
  'CBCCVC: cán bộ, công chức, viên chức',
  'GRDP: tổng sản phẩm trên địa bàn',
  'TFP: năng suất nhân tố tổng hợp',
  'PPP: đối tác công tư',
  'AI: trí tuệ nhân tạo',
  'IoT: Internet vạn vật',
];

/** `CĐS: chuyển đổi số` (or `CĐS = …`, `CĐS - …`) → an entry; other lines are skipped. */
export function parseGlossary(lines: readonly string[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const line of lines) {
    const m = /^\s*([^:=\s][^:=]*?)\s*(?::|=|\s[-–]\s)\s*(.+?)\s*$/u.exec(line.normalize('NFC'));
    if (!m) continue;
    const short = m[1]!.trim();
    const full = m[2]!.trim().replace(/[.;]+$/, '');
    if (short === '' || full === '' || short.length > 20) continue;
    if (!out.some((e) => e.short === short)) out.push({ short, full });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Not part of a word or of a document symbol (`1520/QĐ-UBND`, `57-NQ/TW`).
const BEFORE = '(?<![\\p{L}\\p{N}/&-])';
const AFTER = '(?![\\p{L}\\p{N}/&-])';

/**
 * A pass over the document's text in reading order: the first use of each abbreviation becomes
 * `full form (SHORT)`; a use already in parentheses after its full form counts as the definition;
 * later uses stay short. One definer per document.
 */
export function abbreviationDefiner(glossary: readonly GlossaryEntry[]): (text: string) => string {
  const defined = new Set<string>();
  const entries = glossary
    .filter((e) => e.short !== '')
    .sort((a, b) => b.short.length - a.short.length)
    .map((e) => ({ ...e, re: new RegExp(`${BEFORE}${escape(e.short)}${AFTER}`, 'gu') }));
  return (text: string) => {
    let out = text.normalize('NFC');
    for (const e of entries) {
      if (defined.has(e.short)) continue;
      e.re.lastIndex = 0;
      const m = e.re.exec(out);
      if (!m) continue;
      defined.add(e.short);
      const at = m.index;
      // "(CĐS)" written by the author: already defined here.
      if (out.charAt(at - 1) === '(') continue;
      const head = out.slice(0, at);
      // At a sentence's start the full form takes a capital ("Chuyển đổi số (CĐS) là …").
      const full = /(?:^|[.!?:]\s+|^[-+]\s+)$/u.test(head) ? capitalise(e.full) : e.full;
      out = `${head}${full} (${e.short})${out.slice(at + e.short.length)}`;
    }
    return out;
  };
}
