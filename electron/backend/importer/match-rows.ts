// Matches the rows of an agency's own table to the plan's tasks or indicators by wording, helped by
// the plan code or by the number inside a group when the file shows them, and assigns every plan
// row to at most one file row.
import { CONFIDENT_MATCH, type MatchCandidate } from '../../../shared/domain/import-types';
import { foldVietnamese, fromRoman, nfc, toRoman } from '../../../shared/domain/text';

// ---------------------------------------------------------------------------------------------
// Abbreviations officials use in task wording, folded. Every comparison expands them on both
// sides, so "KH,CN, ĐMST và CĐS" and "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
// read the same. The one table for the whole importer (agency names use it too).

/** Abbreviations written with a separator inside ("KH,CN", "GD&ĐT"); applied first. */
const PHRASE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bkh\s*(?:,|&|-|\/|va)?\s*cn\b/g, 'khoa hoc cong nghe'],
  [/\bkh\s*(?:&|-|\/)\s*kt\b/g, 'khoa hoc ky thuat'],
  [/\bkh\s*(?:&|-|\/)\s*dt\b/g, 'ke hoach dau tu'],
  [/\bgd\s*(?:&|-|\/)?\s*dt\b/g, 'giao duc dao tao'],
  [/\bcntt\s*(?:&|-|\/)\s*tt\b/g, 'cong nghe thong tin truyen thong'],
  [/\btt\s*(?:&|-|\/)\s*tt\b/g, 'thong tin truyen thong'],
  [/\bvh\s*,?\s*tt\s*(?:&|-|\/)?\s*dl\b/g, 'van hoa the thao du lich'],
  [/\btn\s*(?:&|-|\/)\s*mt\b/g, 'tai nguyen moi truong'],
  [/\bnn\s*(?:&|-|\/)\s*mt\b/g, 'nong nghiep moi truong'],
  [/\bnn\s*(?:&|-|\/)\s*ptnt\b/g, 'nong nghiep phat trien nong thon'],
  [/\bkt\s*(?:&|-|\/)\s*xh\b/g, 'kinh te xa hoi'],
  [/\bld\s*-?\s*tb\s*(?:&|-|\/)\s*xh\b/g, 'lao dong thuong binh xa hoi'],
  [/\bpt\s*-\s*th\b/g, 'phat thanh truyen hinh'],
];

// The letters each phrase pattern starts with: a text without them skips the pattern (most texts
// skip most patterns).
const PHRASE_GUARDED = PHRASE_ABBREVIATIONS.map(
  ([re, rep]) => [re, rep, /^\\b([a-z]+)/.exec(re.source)?.[1] ?? ''] as const,
);

/** Whole-word abbreviations, folded. "kh" alone is kế hoạch (KH,CN was handled above). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  khcn: 'khoa hoc cong nghe',
  khkt: 'khoa hoc ky thuat',
  khdt: 'ke hoach dau tu',
  kh: 'ke hoach',
  dmst: 'doi moi sang tao',
  cds: 'chuyen doi so',
  cbccvc: 'can bo cong chuc vien chuc',
  cbcc: 'can bo cong chuc',
  ccvc: 'cong chuc vien chuc',
  cb: 'can bo',
  qd: 'quyet dinh',
  ttg: 'thu tuong',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  cntt: 'cong nghe thong tin',
  csdl: 'co so du lieu',
  nq: 'nghi quyet',
  nd: 'nghi dinh',
  cp: 'chinh phu',
  tw: 'trung uong',
  dvc: 'dich vu cong',
  dvctt: 'dich vu cong truc tuyen',
  tthc: 'thu tuc hanh chinh',
  gddt: 'giao duc dao tao',
  tttt: 'thong tin truyen thong',
  nsnn: 'ngan sach nha nuoc',
  ns: 'ngan sach',
  dn: 'doanh nghiep',
  dnnvv: 'doanh nghiep nho va vua',
  ai: 'tri tue nhan tao',
  ttnt: 'tri tue nhan tao',
  xd: 'xay dung',
  sx: 'san xuat',
  kd: 'kinh doanh',
  sxkd: 'san xuat kinh doanh',
  vb: 'van ban',
  bc: 'bao cao',
  qh: 'quoc hoi',
  nv: 'nhiem vu',
  cq: 'co quan',
  cqnn: 'co quan nha nuoc',
  qg: 'quoc gia',
  llvt: 'luc luong vu trang',
  cand: 'cong an nhan dan',
  tp: 'thanh pho',
  qppl: 'quy pham phap luat',
  vbqppl: 'van ban quy pham phap luat',
  httt: 'he thong thong tin',
  attt: 'an toan thong tin',
  antt: 'an ninh trat tu',
  tmdt: 'thuong mai dien tu',
  kkt: 'khu kinh te',
  bql: 'ban quan ly',
  ttdt: 'thong tin dien tu',
  bdbp: 'bo doi bien phong',
  chqs: 'chi huy quan su',
  nhnn: 'ngan hang nha nuoc',
  ptth: 'phat thanh truyen hinh',
  ktxh: 'kinh te xa hoi',
  ktso: 'kinh te so',
  hstt: 'ho so truc tuyen',
  nckh: 'nghien cuu khoa hoc',
  sht: 'so huu tri tue',
  shtt: 'so huu tri tue',
  ioc: 'trung tam dieu hanh thong minh',
  mooc: 'moocs',
};

// Words too common to tell two tasks apart, dropped before comparing. Listed with diacritics
// because folding merges them with meaningful words ("để" and "đề án", "thì" and "thi đua"); a text
// typed without any diacritics uses the folded list instead.
const STOPWORDS = [
  'và',
  'các',
  'của',
  'cho',
  'để',
  'trong',
  'trên',
  'với',
  'về',
  'theo',
  'tại',
  'những',
  'một',
  'được',
  'là',
  'này',
  'ở',
  'hoặc',
  'nhằm',
  'cũng',
  'như',
  'thì',
  'đã',
  'có',
];
const STOP_ACCENTED = new Set(STOPWORDS);
// Without diacritics only the words that cannot be read as another word are dropped ("tai" may be
// "tài", "de" may be "đề").
const STOP_FOLDED = new Set([
  'va',
  'cac',
  'cua',
  'cho',
  'trong',
  'tren',
  'voi',
  'theo',
  'nhung',
  'mot',
  'duoc',
  'nay',
  'hoac',
  'nham',
]);

function isStopword(word: string, plainText: boolean): boolean {
  return plainText ? STOP_FOLDED.has(foldVietnamese(word)) : STOP_ACCENTED.has(word);
}

interface WordInfo {
  folded: string;
  stopAccented: boolean;
  stopFolded: boolean;
}

// Folding is most of the cost of reading a text and a report repeats the same few thousand words:
// each word is folded once (bounded, so that a huge sheet cannot grow it without end).
const WORDS = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (!info) {
    const bare = word.replace(/[^\p{L}\p{N}]+/gu, '');
    info = {
      folded: foldVietnamese(word),
      stopAccented: isStopword(bare, false),
      stopFolded: isStopword(bare, true),
    };
    if (WORDS.size >= 50_000) WORDS.clear();
    WORDS.set(word, info);
  }
  return info;
}

/**
 * Folded, abbreviation-expanded words of a text, in order, without the commonest words:
 * "KH,CN và CĐS" → khoa hoc cong nghe chuyen doi so.
 */
export function expandedWords(text: string): string[] {
  const lower = nfc(text).toLowerCase();
  const words = lower.split(/\s+/).map((w) => [w, wordInfo(w)] as const);
  // Typed without any diacritics: no word changes when folded.
  const plainText = words.every(([w, info]) => info.folded === w);
  const out: string[] = [];
  // Split on what is not a letter or digit, keeping the separators that join abbreviations
  // ("kh,cn", "gd&đt") together long enough to expand them.
  let folded = '';
  for (const [, w] of words) {
    folded += ` ${(plainText ? w.stopFolded : w.stopAccented) ? ' ' : w.folded}`;
  }
  for (const [re, rep, letters] of PHRASE_GUARDED) {
    if (folded.includes(letters)) folded = folded.replace(re, ` ${rep} `);
  }
  for (const w of folded.split(/[^a-z0-9]+/)) {
    if (w === '') continue;
    for (const part of (ABBREVIATIONS[w] ?? w).split(' ')) out.push(part);
  }
  return out;
}

/** Words and adjacent-word pairs used for comparison ("chuyen", "chuyen doi", …). */
function matchTerms(text: string): string[] {
  let terms = TERMS.get(text);
  if (!terms) {
    const words = expandedWords(text);
    const set = new Set(words);
    for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`);
    terms = [...set];
    if (TERMS.size >= 20_000) TERMS.clear();
    TERMS.set(text, terms);
  }
  return terms;
}

// The plan's wording is compared again for every file: its terms are worked out once.
const TERMS = new Map<string, string[]>();

// ---------------------------------------------------------------------------------------------
// Scoring

export interface MatchTarget {
  id: number;
  code: string;
  text: string;
  /** Task group (`I`…`VII`); null for indicators. */
  group: string | null;
  /** Printed number within the group (tasks) — indicators are found by code instead. */
  number: string | null;
}

export interface MatchQuery {
  text: string;
  /** A plan code written in the file (`I.6`, `6.1`), from a code column or a coded STT. */
  code: string | null;
  /** The file's own number in the STT column ("3"); may or may not be the plan's. */
  number: string | null;
  /** Group (roman numeral) of the group row above, when the file has group rows. */
  group: string | null;
}

export interface MatchResult {
  targetId: number | null;
  code: string | null;
  confidence: number;
  uncertain: boolean;
  candidates: MatchCandidate[];
  /** The plan row this row resembles most went to a closer row: that row's index in `queries`. */
  lostTo: { query: number; code: string } | null;
  /** The plan code the file wrote for this row, when its words match another plan row. */
  codeContradicted?: string;
}

/** Below this a candidate is not taken as the match (the row stays unmatched). */
const MIN_MATCH = 0.4;
/** Below this a plan row is not even offered to the user as an alternative. */
const MIN_CANDIDATE = 0.25;
// How much of the score is "how much of the row's wording is in the plan row" (shortened texts
// score high) versus "how much of the plan row the file repeats" (a tie-breaker).
const CONTAINMENT_SHARE = 0.9;
// Confidence = score × the row's share of it among its candidates (a softmax with this
// temperature: two equal candidates → ½ each; 0.06 apart → about 0.8), raised towards 1 when the
// runner-up is far behind, since a shortened text that resembles only one plan row is that row.
const TEMPERATURE = 0.04;
const CLEAR_LEAD_FROM = 0.1;
const CLEAR_LEAD_SPAN = 0.3;
const CLEAR_LEAD_GAIN = 1;
const SUBSTANCE_FROM = 0.5;
const SUBSTANCE_SPAN = 0.2;
const CODE_BONUS = 0.3;
const IDF_POWER = 2;
const OWN_WORK_BONUS = 0.1;
// A row that repeats a plan row whole and adds its own tail is that row: from this many terms on,
// and when at least half the row's wording is the plan row's, how much of the plan row the file
// row repeats counts as much as the other way round (a short generic plan row inside a longer
// row does not).
const COVERAGE_MIN_TERMS = 6;
const NUMBER_BONUS = 0.12;
const OTHER_GROUP_PENALTY = 0.15;

interface Indexed {
  target: MatchTarget;
  terms: Set<string>;
  weight: number;
}

class TermWeights {
  private readonly df = new Map<string, number>();
  private readonly n: number;
  private readonly memo = new Map<string, number>();
  constructor(docs: Set<string>[]) {
    this.n = docs.length;
    for (const d of docs) for (const t of d) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  /**
   * Rare terms weigh more; a word no plan row uses weighs like a rare one, except numbers the plan
   * never mentions ("năm 2025", "02 hội nghị"), which say nothing about which task it is.
   */
  weight(term: string): number {
    let w = this.memo.get(term);
    if (w === undefined) {
      w = this.compute(term);
      if (this.memo.size < 200_000) this.memo.set(term, w);
    }
    return w;
  }
  private compute(term: string): number {
    const seen = this.df.get(term) ?? 0;
    if (seen === 0 && /\d/.test(term)) return 0;
    const df = Math.max(1, seen);
    // Squared, so that words most plan rows share ("khoa học", "chuyển đổi số") weigh little
    // against the words that tell one task from another ("phong trào thi đua").
    const idf = Math.log(1 + this.n / df) ** IDF_POWER;
    return term.includes(' ') ? idf * 0.5 : idf; // pairs refine, words carry the meaning
  }
}

function sum(terms: Iterable<string>, w: TermWeights): number {
  let s = 0;
  for (const t of terms) s += w.weight(t);
  return s;
}

/**
 * A row's scores against the plan rows it has something in common with (a term, its code or
 * number), in no particular order. Plan rows not listed score 0, which is most of them: a row
 * is never compared with those.
 */
interface Sparse {
  ids: number[];
  scores: number[];
}

const NONE: Sparse = { ids: [], scores: [] };

/**
 * Text similarity 0–1 of a file row to every plan row it shares a term with: how much of the
 * row's wording is in the plan row, and how much of the plan row the row repeats.
 */
function textScores(
  q: Set<string>,
  indexed: Indexed[],
  postings: Map<string, number[]>,
  w: TermWeights,
): Sparse {
  const qWeight = sum(q, w);
  if (qWeight === 0) return NONE;
  // Shared weight per plan row, added up in the row's term order (the order a full comparison
  // of the two term sets would use, so that the scores are the same to the last bit).
  const shared = new Map<number, number>();
  for (const term of q) {
    const list = postings.get(term);
    if (!list) continue;
    const weight = w.weight(term);
    for (const ti of list) shared.set(ti, (shared.get(ti) ?? 0) + weight);
  }
  const out: Sparse = { ids: [], scores: [] };
  for (const [ti, s] of shared) {
    const t = indexed[ti]!;
    if (t.weight === 0) continue;
    out.ids.push(ti);
    const inPlan = s / qWeight; // how much of the row's wording is in the plan row
    const repeated = s / t.weight; // how much of the plan row the row repeats
    const score = CONTAINMENT_SHARE * inPlan + (1 - CONTAINMENT_SHARE) * repeated;
    out.scores.push(
      t.terms.size >= COVERAGE_MIN_TERMS && inPlan >= 0.5
        ? Math.max(score, CONTAINMENT_SHARE * repeated + (1 - CONTAINMENT_SHARE) * inPlan)
        : score,
    );
  }
  return out;
}

/**
 * The row's wording without the remarks officials add in brackets ("(theo Kế hoạch số 45/KH-SNV)",
 * "(đã báo cáo quý II)"); kept when the brackets are most of the text.
 */
function withoutRemarks(text: string): string {
  const bare = text
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return bare.split(' ').length >= 4 ? bare : text;
}

// "Luật Khám bệnh, chữa bệnh 2023", "Luật Các tổ chức tín dụng năm 2024", "Luật Đất đai": a
// law's name (capitalised after "Luật") up to its year, else up to the first comma or connector.
const LAW_WITH_YEAR = /\b(Luật)\s+\p{Lu}[^;()]{0,80}?\s(?:năm\s+)?(?:19|20)\d{2}\b/gu;
// "Luật Tín ngưỡng, tôn giáo và các Nghị định …": a name with a comma, closed by "và các …".
const LAW_BEFORE_DECREES =
  /\b(Luật)\s+\p{Lu}[^;()]{0,60}?(?=\s(?:và các|và văn bản|và Nghị định|và NĐ)\s)/gu;
const LAW_NO_YEAR =
  /\b(Luật)\s+\p{Lu}[^;()]{0,60}?(?=\s*(?:,\s|[;(]|$)|\s(?:và các|và văn bản|cho|tới|đến|tại|trên)\s)/gu;

/**
 * The wording with the names of laws left out ("Triển khai Luật Nhà giáo 2025 và văn bản hướng
 * dẫn" → "Triển khai Luật và văn bản hướng dẫn"): a law's name says which law, not which task — the
 * words of its title would otherwise pull the row towards plan rows that share them, or away from
 * all. Null when the text names no law.
 */
export function withoutLawNames(text: string): string | null {
  const t = nfc(text);
  if (!/\bLuật\s+\p{Lu}/u.test(t)) return null;
  const out = t
    .replace(LAW_WITH_YEAR, '$1')
    .replace(LAW_BEFORE_DECREES, '$1')
    .replace(LAW_NO_YEAR, '$1')
    // "các NĐ / văn bản hướng dẫn (thi hành)": the decrees under the law, as the plan says it.
    .replace(/(?:NĐ|Nghị định|văn bản)\s+hướng dẫn(?:\s+thi hành)?/giu, 'Nghị định');
  return out === t ? null : out;
}

// "… đối với TTHC lĩnh vực giáo dục", "… trong ngành y tế", "… thuộc thẩm quyền của Sở": the
// part of the plan task this agency does, said at the end; the plan's wording stops before it.
// "… lĩnh vực đất đai, môi trường", "… thành phố Lai Châu" likewise (not "lĩnh vực quan trọng",
// which is the plan's own wording).
const SCOPE_TAIL =
  /\s*[,;]?\s+(?:đối với (?:các )?(?:TTHC|thủ tục hành chính|DVC|dịch vụ công)|(?:trong|của|thuộc) ngành|thuộc (?:thẩm quyền|phạm vi)|(?:của|tại) (?:Sở|đơn vị|cơ quan)\b|(?:trong |thuộc |ở )?(?:các )?lĩnh vực\s+(?!quan trọng|khác|then chốt|trọng (?:điểm|yếu)|ưu tiên)\p{Ll}).*$/iu;
const PLACE_TAIL =
  /\s+(?:tại |ở |trên địa bàn )?(?:thành phố|TP\.?|huyện|thị xã|tỉnh)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*\s*$/u;
// "Phối hợp xây dựng …" (a partner's part in the task), "Tiếp tục (nghiên cứu,) tham mưu …" (last
// period's work carried on): said before the task's own wording.
const PARTNER_OPENING =
  /^(?:(?:tham gia\s+)?phối hợp\s+(?!với\b)|tiếp tục\s+(?:nghiên cứu,?\s+)?(?:tham mưu\s+)?)/iu;

/**
 * The wording without the agency's own scope at its end or its part as a partner at its start,
 * or null when it has neither.
 */
export function withoutScope(text: string): string | null {
  const t = nfc(text);
  const out = t.replace(PARTNER_OPENING, '').replace(SCOPE_TAIL, '').replace(PLACE_TAIL, '').trim();
  return out !== t.trim() && out.split(/\s+/).length >= 4 ? out : null;
}

/** Per plan row, the better of two readings' scores. */
function bestOf(a: Sparse, b: Sparse): Sparse {
  const best = new Map<number, number>();
  a.ids.forEach((id, k) => best.set(id, a.scores[k] ?? 0));
  b.ids.forEach((id, k) => best.set(id, Math.max(best.get(id) ?? 0, b.scores[k] ?? 0)));
  return { ids: [...best.keys()], scores: [...best.values()] };
}

export function normCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[-_/]/g, '.')
    .replace(/\.$/, '')
    .replace(/\.0+(\d)/g, '.$1');
}

// A plan code at the start of a task text: "[II.3] …", "NV I.3 - …", "Mục I.2: …", "(V.3) …",
// "II.1. …", "I.8 …" (folded).
const CODE_BEFORE_TEXT =
  /^\s*[[(]?\s*(?:(?:nv|nhiệm vụ|nhiem vu|mục|muc)\s*)?([ivx]+)\s*[.\-/]\s*(\d{1,2}[a-z]?)\s*[\])]?\s*[.:\-–)]?\s+(?=\S)/;

/**
 * The plan codes a written reference may mean, most literal first: "II.3", "VI-6" as written;
 * "Mục II, NV 3" and "NV 1 mục VI" (group and number named in words); and, for tasks, "1.3" or
 * "6.4" (the group in arabic), which is only `derived` — a tie-breaker, not proof.
 */
export function codeReadings(written: string): { code: string; derived: boolean }[] {
  const out: { code: string; derived: boolean }[] = [{ code: normCode(written), derived: false }];
  const f = foldVietnamese(written);
  const roman = (r: string | undefined): string | null => {
    const n = fromRoman(r ?? '');
    return n === null ? null : toRoman(n);
  };
  const named =
    /muc\s*([ivx]+)\W*(?:nv|nhiem vu)\s*(?:so\s*)?(\d{1,2}[a-z]?)\b/.exec(f) ??
    /(?:nv|nhiem vu)\s*(?:so\s*)?(\d{1,2}[a-z]?)\W*muc\s*([ivx]+)\b/.exec(f);
  if (named) {
    const [g, n] = /^\d/.test(named[1] ?? '') ? [named[2], named[1]] : [named[1], named[2]];
    const r = roman(g);
    if (r) out.push({ code: `${r}.${n}`, derived: false });
  }
  const inWords = /(?:^|\s)(?:muc|nv|nhiem vu)\s*([ivx]+)\s*[.\-/]\s*(\d{1,2}[a-z]?)\b/.exec(f);
  const r = inWords ? roman(inWords[1]) : null;
  if (r) out.push({ code: `${r}.${inWords?.[2] ?? ''}`, derived: false });
  const arabic = /^(\d{1,2})\s*[.\-/]\s*(\d{1,2}[a-z]?)\.?$/.exec(f.trim());
  if (arabic) out.push({ code: `${toRoman(Number(arabic[1]))}.${arabic[2]}`, derived: true });
  return out.map((x) => ({ code: normCode(x.code), derived: x.derived }));
}

/** A plan code written before a task's wording, and the wording without it. */
export function codeBeforeText(text: string): { code: string; text: string } | null {
  const t = nfc(text);
  const m = CODE_BEFORE_TEXT.exec(t.toLowerCase());
  const g = m ? fromRoman(m[1] ?? '') : null;
  if (!m || g === null) return null;
  return { code: normCode(`${toRoman(g)}.${m[2] ?? ''}`), text: t.slice(m[0].length) };
}

/** Confidence of choosing `scores[chosen]` among all of a row's scores. */
function calibrate(scores: number[], chosen: number): number {
  const s = scores[chosen] ?? 0;
  let denominator = 0;
  let rival = 0;
  scores.forEach((x, i) => {
    denominator += Math.exp((x - s) / TEMPERATURE);
    if (i !== chosen) rival = Math.max(rival, x);
  });
  const base = Math.min(1, s);
  const lead = Math.min(1, Math.max(0, (s - rival - CLEAR_LEAD_FROM) / CLEAR_LEAD_SPAN));
  // A clear lead counts only for a row most of whose wording is in the plan row: an office's own
  // row sharing a few rare words with one task is not that task.
  const substance = Math.min(1, Math.max(0, (base - SUBSTANCE_FROM) / SUBSTANCE_SPAN));
  return Math.min(1, (base + (1 - base) * CLEAR_LEAD_GAIN * lead * substance) / denominator);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Scores every query against every target and assigns each target to at most one query, greedily
 * by descending score; a query whose best target went to a better query gets its next best or
 * nothing. Results are in the order of `queries`.
 */
/**
 * `own`: the plan rows the sending agency is responsible for (as lead or partner, or the
 * indicators it monitors), when known — an agency reports on its own work, so among rows that
 * read alike its own wins.
 */
export function matchRows(
  queries: MatchQuery[],
  targets: MatchTarget[],
  own: ReadonlySet<number> | null = null,
): MatchResult[] {
  const targetTerms = targets.map((t) => new Set(matchTerms(t.text)));
  const weights = new TermWeights(targetTerms);
  const indexed: Indexed[] = targets.map((t, ti) => {
    const terms = targetTerms[ti]!;
    return { target: t, terms, weight: sum(terms, weights) };
  });
  const n = indexed.length;
  // Which plan rows use each term, and which carry each code or group number.
  const postings = new Map<string, number[]>();
  indexed.forEach((t, ti) => {
    for (const term of t.terms) {
      const list = postings.get(term);
      if (list) list.push(ti);
      else postings.set(term, [ti]);
    }
  });
  const byCode = new Map(indexed.map((x) => [normCode(x.target.code), x]));
  const indexOf = new Map(indexed.map((x, ti) => [x, ti]));
  const byNumber = new Map<string, number[]>();
  indexed.forEach((t, ti) => {
    if (t.target.group !== null && t.target.number === null) return;
    const key =
      t.target.group === null
        ? `code ${normCode(t.target.code)}`
        : `${t.target.group} ${t.target.number}`;
    const list = byNumber.get(key);
    if (list) list.push(ti);
    else byNumber.set(key, [ti]);
  });

  // Tasks may carry their plan code before the wording ("[II.3] Rà soát …").
  const tasks = targets.some((t) => t.group !== null);
  const before = queries.map((q) => (tasks ? codeBeforeText(q.text) : null));
  const scoreText = (t: string): Sparse =>
    textScores(new Set(matchTerms(t)), indexed, postings, weights);
  const text: Sparse[] = queries.map((q, qi) => {
    const wording = withoutRemarks(before[qi]?.text ?? q.text);
    const plain = scoreText(wording);
    // Read once more without the names of laws, and without the agency's own scope, each plan
    // row keeping its better score.
    const unnamed = tasks ? withoutLawNames(wording) : null;
    const named = unnamed ? bestOf(plain, scoreText(unnamed)) : plain;
    const unscoped = tasks ? withoutScope(unnamed ?? wording) : null;
    return unscoped ? bestOf(named, scoreText(unscoped)) : named;
  });
  /** The plan row a row's written code names, and whether the code is only derived. */
  const codedOf = (q: MatchQuery, qi: number): { target: Indexed; derived: boolean } | null => {
    const readings = [
      ...(q.code ? codeReadings(q.code) : []),
      ...(before[qi] ? [{ code: before[qi].code, derived: false }] : []),
    ];
    for (const r of readings) {
      if (r.derived && !tasks) continue;
      const target = byCode.get(r.code);
      if (target) return { target, derived: r.derived };
    }
    return null;
  };

  // The file's numbers and groups only help when they are the plan's: check that they agree with
  // the wording on most rows before trusting them (agencies often number their own subset 1, 2, 3
  // or group by "I. Nhiệm vụ chủ trì / II. Nhiệm vụ phối hợp").
  const nearBest = (qi: number): Indexed[] => {
    const s = text[qi] ?? NONE;
    const top = Math.max(0, ...s.scores);
    if (top < MIN_MATCH) return [];
    return s.ids.filter((_, k) => (s.scores[k] ?? 0) >= top - 0.05).map((ti) => indexed[ti]!);
  };
  const numberAgrees = (q: MatchQuery, t: MatchTarget): boolean =>
    q.number !== null &&
    (t.group === null
      ? normCode(t.code) === normCode(q.number)
      : q.group === t.group && t.number === q.number.replace(/\.$/, ''));
  /** The plan rows `numberAgrees` holds for: looked up, not searched. */
  const numbered = (q: MatchQuery): number[] => {
    if (q.number === null) return [];
    return [
      ...(byNumber.get(`code ${normCode(q.number)}`) ?? []),
      ...(q.group === null
        ? []
        : (byNumber.get(`${q.group} ${q.number.replace(/\.$/, '')}`) ?? [])),
    ];
  };
  const agreement = (
    has: (q: MatchQuery) => boolean,
    agrees: (q: MatchQuery, t: MatchTarget) => boolean,
  ): boolean => {
    let seen = 0;
    let agreed = 0;
    queries.forEach((q, qi) => {
      if (!has(q)) return;
      const near = nearBest(qi);
      if (near.length === 0) return;
      seen++;
      if (near.some((t) => agrees(q, t.target))) agreed++;
    });
    return seen > 0 && agreed / seen >= 0.5;
  };
  const trustNumbers = agreement((q) => q.number !== null, numberAgrees);
  // Written codes likewise: "I.1", "I.2" … that mostly name other plan rows than the words are
  // the agency's own numbering, neither a bonus nor a contradiction.
  const readings = new Map(queries.map((q, qi) => [q, codedOf(q, qi)] as const));
  const literal = (q: MatchQuery) => {
    const r = readings.get(q);
    return r !== null && r !== undefined && !r.derived;
  };
  // One code against its words is a slip to ask about, not yet a numbering of the agency's own.
  let codedRows = 0;
  let codeAgrees = 0;
  queries.forEach((q, qi) => {
    const near = literal(q) ? nearBest(qi) : [];
    if (near.length === 0) return;
    codedRows++;
    if (near.includes(readings.get(q)!.target)) codeAgrees++;
  });
  const trustCodes = codedRows - codeAgrees < 2 || codeAgrees / codedRows >= 0.5;
  const trustGroups = agreement(
    (q) => q.group !== null,
    (q, t) => t.group !== null && t.group === q.group,
  );

  // The plan row each file row's written code names (when the code is taken).
  const codedTi: (number | undefined)[] = [];
  // Every other plan row scores 0: no shared wording, code or number, and a penalty cannot go
  // below 0.
  const scores: Sparse[] = queries.map((q, qi) => {
    const base = text[qi] ?? NONE;
    const textOf = new Map<number, number>();
    base.ids.forEach((ti, k) => textOf.set(ti, base.scores[k] ?? 0));
    const read = readings.get(q) ?? null;
    const reading = read && (read.derived || trustCodes) ? read : null;
    // A derived code ("1.3" for I.3) only settles between plan rows the wording fits about as well.
    const topText = Math.max(0, ...base.scores);
    const coded =
      reading &&
      (!reading.derived ||
        (textOf.get(indexOf.get(reading.target)!) ?? 0) >= Math.max(MIN_MATCH, topText - 0.15))
        ? reading.target
        : undefined;
    const ids = new Set(base.ids);
    if (coded) ids.add(indexOf.get(coded)!);
    codedTi[qi] = coded ? indexOf.get(coded) : undefined;
    if (trustNumbers) for (const ti of numbered(q)) ids.add(ti);
    const out: Sparse = { ids: [], scores: [] };
    for (const ti of ids) {
      const t = indexed[ti]!;
      let s = textOf.get(ti) ?? 0;
      if (coded === t) s += CODE_BONUS;
      else if (trustNumbers && numberAgrees(q, t.target)) s += NUMBER_BONUS;
      if (trustGroups && q.group !== null && t.target.group !== null && t.target.group !== q.group)
        s -= OTHER_GROUP_PENALTY;
      // The sender's own work ranks plausible rows; it never makes an implausible one a match.
      if (own !== null && own.has(t.target.id) && s >= MIN_MATCH) s += OWN_WORK_BONUS;
      // Not capped at 1: a plan number on top of an exact wording must still beat the wording alone.
      out.ids.push(ti);
      out.scores.push(Math.max(0, s));
    }
    return out;
  });

  // Global assignment: the strongest pairs first, each plan row and each file row used once.
  const pairs: { qi: number; ti: number; s: number }[] = [];
  scores.forEach((row, qi) =>
    row.ids.forEach((ti, k) => {
      const s = row.scores[k] ?? 0;
      if (s >= MIN_MATCH) pairs.push({ qi, ti, s });
    }),
  );
  pairs.sort((a, b) => b.s - a.s || a.qi - b.qi || a.ti - b.ti);
  const assigned = new Map<number, number>();
  const takenBy = new Map<number, number>();
  for (const p of pairs) {
    if (assigned.has(p.qi) || takenBy.has(p.ti)) continue;
    assigned.set(p.qi, p.ti);
    takenBy.set(p.ti, p.qi);
  }

  return queries.map((_, qi) => {
    const row = scores[qi] ?? NONE;
    const ranked = row.ids
      .map((ti, k) => ({ s: row.scores[k] ?? 0, ti }))
      .filter((x) => x.s >= MIN_CANDIDATE)
      .sort((a, b) => b.s - a.s || a.ti - b.ti);
    const candidates: MatchCandidate[] = ranked.slice(0, 3).map((x) => ({
      targetId: indexed[x.ti]!.target.id,
      code: indexed[x.ti]!.target.code,
      // How well the wording fits, so that the user sees that two alternatives fit equally.
      confidence: round3(Math.min(1, x.s)),
    }));
    const ti = assigned.get(qi);
    const best = ranked[0];
    let lostTo: MatchResult['lostTo'] = null;
    if (best && best.s >= MIN_MATCH && best.ti !== ti) {
      const winner = takenBy.get(best.ti);
      if (winner !== undefined) lostTo = { query: winner, code: indexed[best.ti]!.target.code };
    }
    if (ti === undefined) {
      return { targetId: null, code: null, confidence: 0, uncertain: true, candidates, lostTo };
    }
    // Calibrated against every plan row, the zeros included, in plan order.
    const dense = new Array<number>(n).fill(0);
    row.ids.forEach((id, k) => (dense[id] = row.scores[k] ?? 0));
    const confidence = round3(calibrate(dense, ti));
    const target = indexed[ti]!.target;
    // The file's own code names another plan row than its words: one of the two is a slip, and
    // only the agency knows which — both are offered.
    const named = codedTi[qi];
    const contradicted = named !== undefined && named !== ti;
    if (contradicted && !candidates.some((c) => c.targetId === indexed[named]!.target.id)) {
      const t = indexed[named]!.target;
      const k = row.ids.indexOf(named);
      candidates.push({
        targetId: t.id,
        code: t.code,
        confidence: round3(Math.min(1, row.scores[k] ?? 0)),
      });
    }
    return {
      targetId: target.id,
      code: target.code,
      confidence,
      uncertain: confidence < CONFIDENT_MATCH || contradicted,
      candidates,
      lostTo,
      ...(contradicted ? { codeContradicted: indexed[named]!.target.code } : {}),
    };
  });
}
