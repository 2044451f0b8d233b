// The first draft of the report's five sections, written from the statuses and from what the
// agencies wrote (PRODUCT.md "Compile"). The user edits the draft before the Word report is made,
// so the text prefers plain, complete sentences and quotes agencies by name over polished prose.

import { printedResult } from './indicator-result';
import { nextPeriod, periodLabel } from './periods';
import {
  countAssessments,
  countByStatus,
  countRegister,
  isDone,
  overdueWithoutReport,
  tasksDueIn,
} from './status';
import {
  horizonLabel,
  INDICATOR_ASSESSMENT_LABEL,
  progressLabel,
  TASK_STATUS_LABEL,
  TASK_STATUS_ORDER,
} from './status-labels';
import { capitalise, foldVietnamese, formatVnDate, formatVnNumber, nfc } from './text';
import type {
  AgencyReport,
  Assignee,
  IndicatorStatusRow,
  NarrativeSection,
  Period,
  RegisterRow,
  TaskStatus,
  TaskStatusFull,
  TaskStatusRow,
} from './types';

export type { NarrativeSection };
export type NarrativeKey = NarrativeSection['key'];

export interface NarrativeInput {
  /** `quý III năm 2025` (periods.ts `periodLabel`). */
  periodLabel: string;
  planTitle: string;
  groups: { code: string; title: string }[];
  tasks: TaskStatusFull[];
  indicators: IndicatorStatusRow[];
  register: RegisterRow[];
  /** The period reported on: which tasks fall due in it and in the next one. */
  period: Period;
  /** How the plan is named after its first, full mention (`Kế hoạch số 45/KH-UBND`). */
  planShortName?: string;
}

const SECTION_TITLES: Record<NarrativeKey, string> = {
  I: 'Công tác chỉ đạo, triển khai',
  II: 'Kết quả thực hiện',
  III: 'Đánh giá chung',
  IV: 'Phương hướng, nhiệm vụ kỳ tới',
  V: 'Đề xuất, kiến nghị',
};

/** The period after `p` as section IV names it: `quý IV năm 2025` (an ad hoc period: `kỳ tới`). */
function nextPeriodLabel(p: Period): string {
  return p.kind === 'adhoc' ? 'kỳ tới' : periodLabel(nextPeriod(p));
}

/** Section IV's title, naming the next period: `Nhiệm vụ trọng tâm quý IV năm 2025`. */
export function sectionFourTitle(p: Period): string {
  return p.kind === 'adhoc' ? SECTION_TITLES.IV : `Nhiệm vụ trọng tâm ${nextPeriodLabel(p)}`;
}

// An agency's text longer than this is cut at a sentence end and sent to Phụ lục II for the rest.
const QUOTE_MAX = 600;
// Codes listed in full up to this many; past it, the sentence refers to the appendix.
const CODE_LIST_MAX = 60;

// ---------------------------------------------------------------------------------------------
// Text helpers

const num = (n: number): string => formatVnNumber(n);

function percent(part: number, total: number): string {
  return total === 0 ? '0%' : `${formatVnNumber((part / total) * 100, 1)}%`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/** `a, b và c` — the Vietnamese way of listing. */
function joinVi(items: string[], sep = ', '): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)} và ${items[items.length - 1]}`;
}

/**
 * What an agency typed, as one running text: NFC, bullets and numbering at line starts removed,
 * each line closed with a full stop, spaces collapsed. Empty → null.
 */
export function cleanQuote(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const lines = nfc(text)
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s*/u, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  return lines.map(closeSentence).join(' ');
}

/** Ends a sentence with a full stop (a trailing `;` or `,` becomes `.`). */
function closeSentence(s: string): string {
  const t = s.trim().replace(/[;,:]+$/, '');
  if (t === '') return t;
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/**
 * Shortens a text to at most `max` characters, at the end of a sentence when one ends in the
 * second half of the allowance (followed by ` …` to show that something was left out), otherwise
 * at a word boundary with `…`.
 */
export function truncateAtSentence(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const re = /[.!?;](?=\s)/g;
  let cut = -1;
  for (let m = re.exec(t); m !== null && m.index < max; m = re.exec(t)) cut = m.index + 1;
  if (cut >= max * 0.4) return `${closeSentence(t.slice(0, cut))} …`;
  const space = t.lastIndexOf(' ', max - 1);
  const head = t.slice(0, space > max * 0.4 ? space : max - 1).replace(/[\s,;:.–-]+$/, '');
  return `${head}…`;
}

/**
 * A long title shortened for a heading: up to the first `;` when that is short enough, else up to
 * the last comma before `max`, else at a word with `…`.
 */
export function shortTitle(title: string, max = 110): string {
  const t = nfc(title)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '');
  if (t.length <= max) return t;
  const semi = t.indexOf(';');
  if (semi > 0 && semi <= max + 40) return t.slice(0, semi).trim();
  const comma = t.lastIndexOf(',', max);
  if (comma > max * 0.4) return t.slice(0, comma).trim();
  const space = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, space > 0 ? space : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

function statusWords(s: TaskStatus): string {
  return lowerFirst(TASK_STATUS_LABEL[s]);
}

/** `5 nhiệm vụ hoàn thành đúng hạn (6,7%); 30 nhiệm vụ thường xuyên (40%)`, zeros left out. */
function statusBreakdown(counts: Record<TaskStatus, number>, total: number): string {
  const parts = TASK_STATUS_ORDER.filter((s) => counts[s] > 0).map(
    (s) => `${num(counts[s])} nhiệm vụ ${statusWords(s)} (${percent(counts[s], total)})`,
  );
  return joinVi(parts, '; ');
}

/** The one status all `total` tasks share, or null when they differ. */
function onlyStatus(counts: Record<TaskStatus, number>, total: number): TaskStatus | null {
  return TASK_STATUS_ORDER.find((s) => counts[s] === total && total > 0) ?? null;
}

/** `Nhóm có 5 nhiệm vụ, trong đó …`, or `Cả 2 nhiệm vụ của nhóm chưa có báo cáo.` (no figure twice). */
function countSentence(what: string, of: string, rows: TaskStatusRow[], appendix = ''): string {
  const counts = countByStatus(rows);
  const only = onlyStatus(counts, rows.length);
  if (only !== null) {
    return rows.length === 1
      ? `${what} có 1 nhiệm vụ ${statusWords(only)}${appendix}.`
      : `Cả ${num(rows.length)} nhiệm vụ ${of}${appendix} đều ${only === 'ongoing' ? 'là nhiệm vụ thường xuyên' : statusWords(only)}.`;
  }
  return `${what} có ${num(rows.length)} nhiệm vụ${appendix}, trong đó ${statusBreakdown(counts, rows.length)}.`;
}

/** The agency that carries a lead assignment today (merged departments show their successor). */
function assigneeName(a: Assignee): string {
  return a.type === 'agency' ? a.currentName : a.name;
}

// Semicolons between agency names: the names contain "và" and commas themselves
// ("Sở Văn hóa, Thể thao và Du lịch").
const NAME_SEP = '; ';

function leadNames(row: TaskStatusRow): string {
  const names = [...new Set(row.lead.map(assigneeName))];
  return names.length > 0 ? names.join(NAME_SEP) : 'chưa xác định';
}

/**
 * `- Nhiệm vụ II.1: Rà soát … (thời hạn: 3/2025; chủ trì: Sở Khoa học và Công nghệ).`, with
 * `; chưa có báo cáo` when the lead sent nothing on it.
 */
function taskLine(row: TaskStatusRow, bullet = '-'): string {
  const text = closeSentence(nfc(row.text).replace(/\s+/g, ' ')).replace(/\.$/, '');
  const due = row.deadline.text !== '' ? `thời hạn: ${row.deadline.text}; ` : '';
  const unreported = row.reported ? '' : '; chưa có báo cáo';
  return `${bullet} Nhiệm vụ ${row.code}: ${text} (${due}chủ trì: ${leadNames(row)}${unreported}).`;
}

/**
 * `(nhiệm vụ I.1, I.2)`: the codes in full, never cut with "…"; a list too long for a sentence
 * sends the reader to the appendix instead: `(Chi tiết tại Phụ lục II)`.
 */
function codeRef(rows: { code: string }[], kind: 'task' | 'indicator' = 'task'): string {
  if (rows.length > CODE_LIST_MAX) return `(Chi tiết tại Phụ lục ${kind === 'task' ? 'II' : 'I'})`;
  return `(${kind === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} ${rows.map((r) => r.code).join(', ')})`;
}

/** Every agency by name: the letter and the report name who has not reported. */
function nameList(names: string[]): string {
  return names.join(NAME_SEP);
}

/**
 * A task's short name for a quote: its text up to the first comma or semicolon when that reads
 * as a name (not too short, not too long), else the whole text; never cut mid-phrase.
 */
function taskShortName(text: string): string {
  const t = nfc(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');
  if (t.length <= 90) return t;
  // Not at the commas of "khoa học, công nghệ, đổi mới sáng tạo": that phrase is one name.
  const stops = [
    ...t.matchAll(
      /[;.(]|,(?!\s(?:công nghệ|đổi mới|kỹ thuật))|\s(?=(?:nhằm|để|theo|trong|bao gồm)\s)/gu,
    ),
  ].map((m) => m.index);
  const at = stops.find((i) => i >= 40 && i <= 110) ?? stops.find((i) => i >= 20 && i <= 110) ?? -1;
  return at > 0 ? t.slice(0, at).trim() : t;
}

/** A quoted text as clean sentences: capitalised, each ending with a full stop. */
function sentences(text: string): string {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => closeSentence(capitalise(x)))
    .join(' ');
}

/**
 * Quotes per agency, in order of first appearance; the same wording from several agencies (a
 * shared difficulty, a proposal copied from the form's example) is printed once with all names.
 */
function quotes(
  reports: AgencyReport[],
  pick: (r: AgencyReport) => string | null,
  perAgencyMax: number,
): string[] {
  const byText = new Map<string, { text: string; agencies: string[] }>();
  for (const r of reports) {
    const text = cleanQuote(pick(r));
    if (text === null) continue;
    const key = foldVietnamese(text).replace(/[\s.;,…]+$/, '');
    const entry = byText.get(key);
    if (!entry) byText.set(key, { text, agencies: [r.agency.name] });
    else if (!entry.agencies.includes(r.agency.name)) entry.agencies.push(r.agency.name);
  }
  // One line per agency (or set of agencies sharing a wording), texts in reporting order.
  const lines = new Map<string, string[]>();
  for (const { text, agencies } of byText.values()) {
    const who = agencies.join(', ');
    const list = lines.get(who);
    const quote = sentences(text);
    if (list) list.push(quote);
    else lines.set(who, [quote]);
  }
  return [...lines.entries()].map(
    ([who, texts]) => `- ${who}: ${limitQuote(texts.join(' '), perAgencyMax)}`,
  );
}

/** A long text cut after a whole sentence, sending the reader to the appendix for the rest. */
function limitQuote(text: string, max: number): string {
  if (text.length <= max) return text;
  const re = /[.!?](?=\s)/g;
  let cut = -1;
  for (let m = re.exec(text); m !== null && m.index < max; m = re.exec(text)) cut = m.index + 1;
  return cut > 0 ? `${text.slice(0, cut - 1)} (Chi tiết tại Phụ lục II).` : text;
}

/** Partner reports quoted per task; the rest are only counted, so that thirty communes
 *  reporting on one task do not drown the lead agency's words (and the report stays printable). */
const PARTNER_QUOTES_PER_TASK = 3;

export function quotedPartners(t: TaskStatusFull): { quoted: AgencyReport[]; others: number } {
  const withText = t.partnerReports.filter((r) => (r.progress ?? '').trim() !== '');
  return {
    quoted: withText.slice(0, PARTNER_QUOTES_PER_TASK),
    others: Math.max(0, withText.length - PARTNER_QUOTES_PER_TASK),
  };
}

/** The closing line under the quoted partners, or null when all were quoted. */
export function otherPartnersLine(others: number): string | null {
  return others > 0 ? `(và ${num(others)} đơn vị phối hợp khác đã báo cáo)` : null;
}

function allReports(rows: TaskStatusFull[]): AgencyReport[] {
  return rows.flatMap((r) => [...r.leadReports, ...quotedPartners(r).quoted]);
}

// ---------------------------------------------------------------------------------------------
// Indicators

function withUnit(value: string, unit: string): string {
  const u = unit.trim();
  // `35,2%`, `9,5% GRDP`; other units (ranks, persons per 10,000) read better without.
  if (u.startsWith('%') && !value.includes('%') && /\d$/.test(value)) {
    return u === '%' ? `${value}%` : `${value}${u}`;
  }
  return value;
}

function indicatorValue(row: IndicatorStatusRow): string {
  if (row.value !== null) return withUnit(formatVnNumber(row.value, 3), row.unit);
  const text = cleanQuote(printedResult(row));
  return text !== null ? text.replace(/\.$/, '') : 'chưa có số liệu';
}

/** `≥ 37,6% đến năm 2030`: the target as the plan sets it, with its horizon. */
function targetWords(row: IndicatorStatusRow): string {
  const target = row.target ? withUnit(row.target.text, row.unit) : '';
  return `${target} ${lowerFirst(horizonLabel(row.horizon))}`;
}

/** The indicator's name in full, without a closing stop. */
function indicatorName(row: IndicatorStatusRow): string {
  return nfc(row.text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '');
}

function notMetLine(row: IndicatorStatusRow): string {
  const name = indicatorName(row);
  if (row.target?.op === 'text') {
    return `- Chỉ tiêu ${row.code} (${name}): mục tiêu “${row.target.text}” ${lowerFirst(horizonLabel(row.horizon))}, đánh giá chưa đạt.`;
  }
  return `- Chỉ tiêu ${row.code} (${name}): kết quả ${indicatorValue(row)}, mục tiêu ${targetWords(row)}.`;
}

/** A target not yet due: the value and how far it has come, never a failure. */
function notDueLine(row: IndicatorStatusRow): string {
  const name = indicatorName(row);
  if (row.target?.op === 'text') {
    return `- Chỉ tiêu ${row.code} (${name}): đánh giá định tính, mục tiêu “${row.target.text}” ${lowerFirst(horizonLabel(row.horizon))}.`;
  }
  const progress = row.progress !== null ? `${progressLabel(row.progress)} ` : 'mục tiêu ';
  return `- Chỉ tiêu ${row.code} (${name}): kết quả ${indicatorValue(row)}, ${progress}${targetWords(row)}.`;
}

function indicatorParagraphs(rows: IndicatorStatusRow[], next: string): string[] {
  const c = countAssessments(rows);
  if (c.total === 0) return ['Chưa có chỉ tiêu nào được theo dõi trong kỳ.'];
  // Only the counts that are not zero; "có 0 chỉ tiêu đạt" is what a clerk strikes out.
  const parts = (['met', 'not_met', 'not_due', 'no_data', 'qualitative'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${num(c[k])} chỉ tiêu ${lowerFirst(INDICATOR_ASSESSMENT_LABEL[k])}`);
  const judged =
    c.met === 0 && c.not_met === 0
      ? '; trong kỳ chưa có chỉ tiêu nào đủ số liệu để đánh giá đạt hay chưa đạt mục tiêu'
      : '';
  const out = [
    `Trong tổng số ${num(c.total)} chỉ tiêu có mục tiêu cụ thể, có ${joinVi(parts)}${judged} (Chi tiết tại Phụ lục I).`,
  ];
  const notMet = rows.filter((r) => r.assessment === 'not_met');
  if (notMet.length > 0) {
    out.push('Các chỉ tiêu chưa đạt mục tiêu:');
    out.push(...notMet.map(notMetLine));
  }
  const notDue = rows.filter((r) => r.assessment === 'not_due');
  if (notDue.length > 0) {
    out.push('Các chỉ tiêu chưa đến kỳ đánh giá (kết quả so với mục tiêu):');
    out.push(...notDue.map(notDueLine));
  }
  const noData = rows.filter((r) => r.assessment === 'no_data');
  if (noData.length > 0) {
    out.push(
      `Có ${num(noData.length)} chỉ tiêu chưa có số liệu ${codeRef(noData, 'indicator')}; đề nghị các cơ quan theo dõi cập nhật số liệu trong ${next}.`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tasks

// Vietnamese điểm letters (ND30): a) b) c) d) đ) e) g) h) i) k) …
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function groupParagraphs(input: NarrativeInput): string[] {
  const known = new Set(input.groups.map((g) => g.code));
  const groups = [
    ...input.groups,
    // Tasks of a group missing from the list still get their block.
    ...[...new Set(input.tasks.map((t) => t.group))]
      .filter((g) => !known.has(g))
      .map((code) => ({ code, title: '' })),
  ];
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    const rows = input.tasks.filter((t) => t.group === g.code);
    if (rows.length === 0) continue;
    const letter = LETTERS.charAt(i) || String(i + 1);
    i += 1;
    const title =
      g.title.trim() !== '' ? `: ${closeSentence(nfc(g.title)).replace(/\.$/, '')}` : '';
    out.push(`${letter}) Nhóm nhiệm vụ ${g.code}${title}`);
    out.push(countSentence('Nhóm', 'của nhóm', rows));
    const lines = rows.flatMap(taskQuoteLines);
    // "Cả 2 nhiệm vụ của nhóm đều chưa có báo cáo." already says there is nothing to quote.
    const nothingReported = rows.every((t) => !t.reported);
    if (lines.length > 0) out.push(...lines);
    else if (!nothingReported)
      out.push('- Các cơ quan, đơn vị chưa báo cáo kết quả cụ thể đối với nhóm nhiệm vụ này.');
  }
  return out;
}

/**
 * What the agencies wrote on one task, quoted under its code and short name as whole sentences:
 * `- Nhiệm vụ I.4 (Tuyên truyền …): Sở Khoa học và Công nghệ báo cáo: Duy trì chuyên mục ….`;
 * several agencies each on a `+` line.
 */
function taskQuoteLines(t: TaskStatusFull): string[] {
  // Keyed by the folded text, folded once: a task led by a whole group has dozens of reports.
  const said = new Map<string, { agency: string; text: string }>();
  for (const r of [...t.leadReports, ...quotedPartners(t).quoted]) {
    const text = cleanQuote(r.progress);
    if (text === null) continue;
    const clean = limitQuote(sentences(text), QUOTE_MAX);
    const key = foldVietnamese(clean);
    const same = said.get(key);
    if (same) same.agency = `${same.agency}, ${r.agency.name}`;
    else said.set(key, { agency: r.agency.name, text: clean });
  }
  const quotes = [...said.values()];
  if (quotes.length === 0) return [];
  const head = `- Nhiệm vụ ${t.code} (${taskShortName(t.text)})`;
  if (quotes.length === 1) return [`${head}: ${quotes[0]!.agency} báo cáo: ${quotes[0]!.text}`];
  return [`${head}:`, ...quotes.map((x) => `+ ${x.agency}: ${x.text}`)];
}

function taskParagraphs(input: NarrativeInput): string[] {
  const total = input.tasks.length;
  if (total === 0) return ['Chưa có nhiệm vụ nào được theo dõi trong kỳ.'];
  const counts = countByStatus(input.tasks);
  const done = counts.done_on_time + counts.done_late;
  const unreported = input.tasks.filter(overdueWithoutReport);
  // The sum of done tasks only says something new when both on time and late ones exist.
  const doneSum =
    counts.done_on_time > 0 && counts.done_late > 0
      ? ` Tổng số nhiệm vụ đã hoàn thành là ${num(done)} (${percent(done, total)}).`
      : '';
  const unreportedLine =
    unreported.length === 0
      ? ''
      : unreported.length === counts.overdue
        ? counts.overdue === 1
          ? ` Cơ quan chủ trì nhiệm vụ quá hạn ${codeRef(unreported)} chưa gửi báo cáo.`
          : ` Cơ quan chủ trì của cả ${num(unreported.length)} nhiệm vụ quá hạn chưa gửi báo cáo ${codeRef(unreported)}.`
        : ` Trong số nhiệm vụ quá hạn, có ${num(unreported.length)} nhiệm vụ cơ quan chủ trì chưa gửi báo cáo ${codeRef(unreported)}.`;
  const all = onlyStatus(counts, total);
  return [
    (all !== null
      ? countSentence('Kế hoạch', 'của Kế hoạch', input.tasks, ' (Chi tiết tại Phụ lục II)')
      : `Trong tổng số ${num(total)} nhiệm vụ (Chi tiết tại Phụ lục II), có ${statusBreakdown(counts, total)}.`) +
      doneSum +
      unreportedLine,
    dueInPeriodParagraph(input),
    ...groupParagraphs(input),
  ];
}

/** `2 nhiệm vụ hoàn thành đúng hạn (nhiệm vụ I.2, I.5); 1 nhiệm vụ …`, statuses in report order. */
function statusCodes(rows: TaskStatusRow[]): string {
  const parts = TASK_STATUS_ORDER.map((s) => rows.filter((r) => r.status === s))
    .filter((list) => list.length > 0)
    .map((list) => `${num(list.length)} nhiệm vụ ${statusWords(list[0]!.status)} ${codeRef(list)}`);
  return joinVi(parts, '; ');
}

/** The tasks due in the period (PRODUCT.md: due on or before its end and not before its start). */
function dueInPeriodParagraph(input: NarrativeInput): string {
  const { start, end } = input.period;
  const when = `thời hạn từ ngày ${formatVnDate(start)} đến ngày ${formatVnDate(end)}`;
  const due = tasksDueIn(input.tasks, input.period);
  if (due.length === 0) return `Trong kỳ không có nhiệm vụ nào đến hạn (${when}).`;
  return `Trong kỳ có ${num(due.length)} nhiệm vụ đến hạn (${when}), trong đó ${statusCodes(due)}.`;
}

// ---------------------------------------------------------------------------------------------
// Sections

function sectionI(input: NarrativeInput): string[] {
  // The report's opening sentence cites the plan in full; from here on, its short name.
  const planRef = input.planShortName?.trim() || 'Kế hoạch';
  const out = [
    `Triển khai ${planRef}, trong ${input.periodLabel}, các sở, ban, ngành, địa phương đã ban hành văn bản chỉ đạo, hướng dẫn và tổ chức thực hiện các nhiệm vụ, chỉ tiêu được giao.`,
  ];
  const expected = input.register.filter((r) => r.expected);
  if (expected.length === 0) {
    out.push('Chưa có danh sách cơ quan, đơn vị phải báo cáo trong kỳ.');
    return out;
  }
  const c = countRegister(expected);
  const received = c.on_time + c.late;
  const detail = joinVi(
    [
      c.on_time > 0 ? `${num(c.on_time)} báo cáo đúng hạn` : '',
      c.late > 0 ? `${num(c.late)} báo cáo muộn` : '',
    ].filter((s) => s !== ''),
  );
  if (received === 0) {
    out.push(
      `Có ${num(expected.length)} cơ quan, đơn vị phải báo cáo; đến hạn chưa nhận được báo cáo của cơ quan, đơn vị nào (Chi tiết tại Phụ lục III).`,
    );
    return out;
  }
  let s = `Có ${num(expected.length)} cơ quan, đơn vị phải báo cáo; đã nhận được báo cáo của ${num(received)} cơ quan, đơn vị`;
  if (detail !== '') s += ` (${detail})`;
  s +=
    c.missing > 0
      ? `; còn ${num(c.missing)} cơ quan, đơn vị chưa gửi báo cáo (Chi tiết tại Phụ lục III).`
      : ' (Chi tiết tại Phụ lục III).';
  out.push(s);
  return out;
}

function sectionII(input: NarrativeInput): string[] {
  return [
    '1. Về các chỉ tiêu',
    ...indicatorParagraphs(input.indicators, nextPeriodLabel(input.period)),
    '2. Về các nhiệm vụ',
    ...taskParagraphs(input),
  ];
}

function sectionIII(input: NarrativeInput): string[] {
  const counts = countByStatus(input.tasks);
  const ind = countAssessments(input.indicators);
  const expected = input.register.filter((r) => r.expected);
  const reg = countRegister(expected);

  const strengths: string[] = [];
  const done = counts.done_on_time + counts.done_late;
  if (counts.done_on_time > 0 && counts.done_late > 0) {
    strengths.push(
      `đã hoàn thành ${num(done)} nhiệm vụ, trong đó ${num(counts.done_on_time)} nhiệm vụ đúng hạn`,
    );
  } else if (done > 0) {
    strengths.push(
      `đã hoàn thành ${num(done)} nhiệm vụ${counts.done_late > 0 ? ' (chậm so với thời hạn)' : ' đúng hạn'}`,
    );
  }
  if (counts.ongoing > 0) {
    strengths.push(`${num(counts.ongoing)} nhiệm vụ thường xuyên được triển khai liên tục`);
  }
  if (counts.in_progress > 0) {
    strengths.push(`${num(counts.in_progress)} nhiệm vụ đang thực hiện trong hạn`);
  }
  if (ind.met > 0) {
    strengths.push(`${num(ind.met)}/${num(ind.total)} chỉ tiêu đạt mục tiêu`);
  }
  if (reg.on_time > 0) {
    strengths.push(`${num(reg.on_time)} cơ quan, đơn vị gửi báo cáo đúng hạn`);
  }
  const out = [
    '1. Ưu điểm',
    'Các sở, ban, ngành, địa phương đã quan tâm, chủ động triển khai các nhiệm vụ được giao' +
      (strengths.length > 0 ? `; ${joinVi(strengths, '; ')}.` : '.'),
    '2. Tồn tại, hạn chế',
  ];

  const weak: string[] = [];
  const overdue = input.tasks.filter((t) => t.status === 'overdue');
  const overdueUnreported = overdue.filter(overdueWithoutReport);
  if (overdue.length > 0) {
    const among =
      overdueUnreported.length === 0
        ? ''
        : overdueUnreported.length === overdue.length
          ? ', cơ quan chủ trì chưa gửi báo cáo'
          : `, trong đó ${num(overdueUnreported.length)} nhiệm vụ cơ quan chủ trì chưa gửi báo cáo`;
    weak.push(`Còn ${num(overdue.length)} nhiệm vụ quá hạn nhưng chưa hoàn thành${among}:`);
    weak.push(...overdue.map((t) => taskLine(t)));
  }
  const late = input.tasks.filter((t) => t.status === 'done_late');
  if (late.length > 0) {
    weak.push(
      `Có ${num(late.length)} nhiệm vụ hoàn thành nhưng chậm so với thời hạn ${codeRef(late)}.`,
    );
  }
  const notStarted = input.tasks.filter((t) => t.status === 'not_started');
  if (notStarted.length > 0) {
    weak.push(
      `Có ${num(notStarted.length)} nhiệm vụ cơ quan chủ trì báo cáo chưa triển khai ${codeRef(notStarted)}.`,
    );
  }
  const noReport = input.tasks.filter((t) => !t.reported);
  if (noReport.length > 0) {
    const late =
      overdueUnreported.length > 0
        ? `, trong đó ${num(overdueUnreported.length)} nhiệm vụ đã quá hạn`
        : '';
    weak.push(
      `Có ${num(noReport.length)} nhiệm vụ chưa có báo cáo của cơ quan chủ trì ${codeRef(noReport)}${late}.`,
    );
  }
  const conflicts = input.tasks.filter((t) => t.conflict);
  if (conflicts.length > 0) {
    weak.push(
      `Có ${num(conflicts.length)} nhiệm vụ các cơ quan chủ trì báo cáo chưa thống nhất về kết quả ${codeRef(conflicts)}, cần rà soát, thống nhất.`,
    );
  }
  const indicatorGaps = [
    ind.not_met > 0 ? `${num(ind.not_met)} chỉ tiêu chưa đạt mục tiêu` : '',
    ind.no_data > 0 ? `${num(ind.no_data)} chỉ tiêu chưa có số liệu` : '',
  ].filter((x) => x !== '');
  if (indicatorGaps.length > 0) weak.push(`Có ${joinVi(indicatorGaps)}.`);
  const missing = expected.filter((r) => r.state === 'missing');
  if (missing.length > 0 || reg.late > 0) {
    const parts: string[] = [];
    if (missing.length > 0) {
      parts.push(
        `còn ${num(missing.length)} cơ quan, đơn vị chưa gửi báo cáo (${nameList(missing.map((r) => r.agency.name))})`,
      );
    }
    if (reg.late > 0) parts.push(`${num(reg.late)} cơ quan, đơn vị gửi báo cáo muộn`);
    weak.push(`Công tác báo cáo: ${joinVi(parts, '; ')}.`);
  }
  out.push(
    ...(weak.length > 0
      ? weak
      : ['Không có nhiệm vụ quá hạn; các cơ quan, đơn vị đã gửi báo cáo đầy đủ, đúng hạn.']),
  );

  out.push('3. Nguyên nhân');
  out.push(...causeParagraphs(allReports(input.tasks)));
  return out;
}

// Words that place a difficulty outside the agencies' control (khách quan) or inside it (chủ quan).
const OBJECTIVE =
  /ngan sach|nguon thu|kinh phi|nguon von|von dau tu|trung uong|chua co huong dan|chua ban hanh|van ban huong dan|co che|chinh sach|quy dinh|thien tai|mua lu|dia hinh|dia ban|ha tang|doanh nghiep|thi truong|gia ca|dich benh/;
const SUBJECTIVE =
  /can bo|nhan luc|chuyen trach|nang luc|nhan thuc|quan tam|phoi hop|chu dong|cham|sat sao|trach nhiem|kiem tra|don doc|tham muu|chua bo tri|chua kip thoi/;

/**
 * Section III.3: the agencies' difficulties, sentence by sentence, under "khách quan" and "chủ
 * quan"; a sentence that says neither is listed as the agency put it, and the draft says plainly
 * which kind the agencies did not name.
 */
function causeParagraphs(reports: AgencyReport[]): string[] {
  const kinds = { objective: [] as string[], subjective: [] as string[], other: [] as string[] };
  const seen = new Map<string, { text: string; agencies: string[]; kind: keyof typeof kinds }>();
  for (const r of reports) {
    const text = cleanQuote(r.difficulties);
    if (text === null) continue;
    for (const sentence of sentences(text).split(/(?<=[.!?])\s+/u)) {
      const key = foldVietnamese(sentence);
      const entry = seen.get(key);
      if (entry) {
        if (!entry.agencies.includes(r.agency.name)) entry.agencies.push(r.agency.name);
        continue;
      }
      const kind = SUBJECTIVE.test(key)
        ? 'subjective'
        : OBJECTIVE.test(key)
          ? 'objective'
          : 'other';
      seen.set(key, { text: sentence, agencies: [r.agency.name], kind });
    }
  }
  if (seen.size === 0) return ['Các cơ quan, đơn vị chưa nêu khó khăn, vướng mắc cụ thể.'];
  for (const { text, agencies, kind } of seen.values()) {
    kinds[kind].push(`- ${text.replace(/\.$/, '')} (${agencies.join(NAME_SEP)}).`);
  }
  const out: string[] = [];
  const none = 'Các cơ quan, đơn vị chưa nêu';
  if (kinds.objective.length > 0 || kinds.subjective.length > 0) {
    out.push('a) Nguyên nhân khách quan');
    out.push(
      ...(kinds.objective.length > 0 ? kinds.objective : [`${none} nguyên nhân khách quan.`]),
    );
    out.push('b) Nguyên nhân chủ quan');
    out.push(
      ...(kinds.subjective.length > 0 ? kinds.subjective : [`${none} nguyên nhân chủ quan.`]),
    );
    if (kinds.other.length > 0) {
      out.push('Ngoài ra, các cơ quan, đơn vị còn nêu:', ...kinds.other);
    }
  } else {
    out.push(
      'Các cơ quan, đơn vị nêu một số khó khăn, vướng mắc nhưng chưa phân tích nguyên nhân khách quan, chủ quan:',
      ...kinds.other,
    );
  }
  return out;
}

function sectionIV(input: NarrativeInput): string[] {
  const counts = countByStatus(input.tasks);
  const ind = countAssessments(input.indicators);
  const missing = input.register.filter((r) => r.expected && r.state === 'missing').length;
  const out = [
    'Tiếp tục chỉ đạo các sở, ban, ngành, địa phương triển khai quyết liệt, đồng bộ các nhiệm vụ, giải pháp theo Kế hoạch; trong đó tập trung:',
  ];
  const overdue = input.tasks.filter((t) => t.status === 'overdue');
  if (overdue.length > 0) {
    const unreported = overdue.filter(overdueWithoutReport);
    const ask =
      unreported.length === 0
        ? ''
        : unreported.length === overdue.length
          ? '; đề nghị cơ quan chủ trì báo cáo ngay kết quả thực hiện'
          : `; đề nghị cơ quan chủ trì báo cáo ngay kết quả thực hiện ${num(unreported.length)} nhiệm vụ quá hạn chưa có báo cáo ${codeRef(unreported)}`;
    out.push(
      `- Khẩn trương hoàn thành ${num(overdue.length)} nhiệm vụ đã quá hạn ${codeRef(overdue)}${ask}.`,
    );
  }

  const notStarted = input.tasks.filter((t) => t.status === 'not_started');
  if (notStarted.length > 0) {
    out.push(
      `- Khẩn trương triển khai ${num(notStarted.length)} nhiệm vụ chưa triển khai ${codeRef(notStarted)}.`,
    );
  }

  // Tasks due next period and not done yet (a task done early needs nothing more).
  const next = nextPeriod(input.period);
  const upcoming = tasksDueIn(input.tasks, next).filter((t) => !isDone(t.status));
  if (upcoming.length > 0) {
    const label = nextPeriodLabel(input.period);
    out.push(
      `- Hoàn thành ${num(upcoming.length)} nhiệm vụ đến hạn trong ${label} (thời hạn đến ngày ${formatVnDate(next.end)}):`,
    );
    out.push(...upcoming.map((t) => taskLine(t, '+')));
  }
  if (counts.ongoing > 0) {
    out.push(`- Tiếp tục triển khai ${num(counts.ongoing)} nhiệm vụ thường xuyên.`);
  }
  if (counts.waiting > 0) {
    out.push(
      `- Theo dõi, chủ động chuẩn bị triển khai ${num(counts.waiting)} nhiệm vụ chưa đến điều kiện thực hiện khi có văn bản của Trung ương.`,
    );
  }
  const chase: string[] = [];
  if (missing > 0) chase.push(`đôn đốc ${num(missing)} cơ quan, đơn vị chưa gửi báo cáo`);
  if (ind.no_data > 0) chase.push(`cập nhật số liệu ${num(ind.no_data)} chỉ tiêu chưa có số liệu`);
  if (ind.not_met > 0) chase.push(`có giải pháp cải thiện ${num(ind.not_met)} chỉ tiêu chưa đạt`);
  if (ind.not_due > 0) {
    chase.push(`thúc đẩy ${num(ind.not_due)} chỉ tiêu chưa đến kỳ đánh giá để đạt mục tiêu đề ra`);
  }
  if (chase.length > 0) {
    const text = joinVi(chase, '; ');
    out.push(`- ${capitalise(text)}.`);
  }
  return out;
}

function sectionV(input: NarrativeInput): string[] {
  const lines = quotes(allReports(input.tasks), (r) => r.proposals, QUOTE_MAX);
  const out =
    lines.length > 0
      ? ['Tổng hợp đề xuất, kiến nghị của các cơ quan, đơn vị:', ...lines]
      : ['Các cơ quan, đơn vị chưa có đề xuất, kiến nghị.'];
  out.push(
    'Đề nghị Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở, ban, ngành, địa phương tập trung thực hiện các nhiệm vụ còn chậm tiến độ và báo cáo đầy đủ, đúng hạn theo quy định.',
  );
  return out;
}

/** Drafts sections I–V of the report; every paragraph is plain text the user can edit. */
export function draftNarrative(input: NarrativeInput): NarrativeSection[] {
  const build: Record<NarrativeKey, (i: NarrativeInput) => string[]> = {
    I: sectionI,
    II: sectionII,
    III: sectionIII,
    IV: sectionIV,
    V: sectionV,
  };
  return (Object.keys(build) as NarrativeKey[]).map((key) => ({
    key,
    title: key === 'IV' ? sectionFourTitle(input.period) : SECTION_TITLES[key],
    paragraphs: build[key](input),
  }));
}
