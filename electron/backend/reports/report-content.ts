// What the period report (BÁO CÁO) to the People's Committee says: header, title, "Kính gửi", body
// I–V with the counts generated from the statuses, signature, then the three appendices on
// landscape pages, as blocks that the Word writer and the print rendition both lay out.

import { abbreviationDefiner, parseGlossary } from '../../../shared/domain/glossary';
import {
  cleanQuote,
  otherPartnersLine,
  quotedPartners,
  sectionFourTitle,
  truncateAtSentence,
} from '../../../shared/domain/narrative';
import { printedNote, printedResult } from '../../../shared/domain/indicator-result';
import { periodLabel } from '../../../shared/domain/periods';
import {
  INDICATOR_ASSESSMENT_LABEL,
  progressLabel,
  REGISTER_STATE_LABEL,
  TASK_STATUS_LABEL,
  TASK_STATUS_ORDER,
} from '../../../shared/domain/status-labels';
import {
  byHorizon,
  countAssessments,
  countByGroup,
  countByStatus,
  countRegister,
  registerStateShown,
  overdueWithoutReport,
} from '../../../shared/domain/status';
import {
  capitalise,
  foldVietnamese,
  formatLongVnDate,
  formatVnDate,
  formatVnNumber,
  toRoman,
} from '../../../shared/domain/text';
import type {
  AgencyReport,
  Assignee,
  IndicatorStatusRow,
  RegisterRow,
  ReportedStatus,
  TaskStatusFull,
} from '../../../shared/domain/types';
import {
  addresseeBlock,
  appendixHeading,
  bodyParagraph,
  dataTable,
  headerBlock,
  khoanHeading,
  mucHeading,
  narrativeParagraph,
  numberLine,
  para,
  placeDateLine,
  rich,
  signatureBlock,
  titleBlock,
  type Block,
  type CellLine,
  type DataCell,
  type DocumentContent,
} from './document-model';
import { agencyInSentence, LANDSCAPE_TEXT_WIDTH, PORTRAIT_TEXT_WIDTH } from './nd30-profile';
import {
  addresseeInSentence,
  draftYear,
  periodShort,
  planReference,
  planShortName,
  planSubject,
  planTitleInSentence,
  type NarrativeSection,
  type ReportModel,
} from './report-model';

const SECTION_KEYS = ['I', 'II', 'III', 'IV', 'V'] as const;

/** Titles used when the narrative leaves a section's title empty. */
const DEFAULT_SECTION_TITLES: Record<NarrativeSection['key'], string> = {
  I: 'Công tác chỉ đạo, triển khai',
  II: 'Kết quả thực hiện',
  III: 'Đánh giá chung',
  IV: 'Phương hướng, nhiệm vụ kỳ tới',
  V: 'Đề xuất, kiến nghị',
};

export const APPENDIX_TITLES = {
  I: 'Kết quả thực hiện các chỉ tiêu',
  II: 'Kết quả thực hiện các nhiệm vụ',
  III: 'Tình hình gửi báo cáo của các cơ quan, đơn vị',
} as const;

/** `Kết quả thực hiện Kế hoạch … thực hiện Nghị quyết số 57-NQ/TW … trong quý III/2025`. */
function reportSummary(m: ReportModel): string {
  const short = planShortName(m.plan);
  // Without a number the short name already says what the plan carries out.
  const plan = short.startsWith('Kế hoạch số')
    ? `${short} ${planSubject(m.plan)}`
    : `Kế hoạch ${planSubject(m.plan)}`;
  return `Kết quả thực hiện ${plan} trong ${periodShort(m.period)}`;
}

function reportSymbol(m: ReportModel): string {
  return `BC-${m.settings.abbreviation.trim()}`;
}

// ---------------------------------------------------------------------------------------------
// Body

function percent(n: number, total: number): string {
  return total === 0 ? '0' : formatVnNumber((n * 100) / total, 1);
}

const center = (t: string | number, bold = false): DataCell => ({
  lines: [String(t)],
  align: 'center',
  bold,
});

/** Equal columns after a first one, the last taking the rounding rest. */
function spread(first: number[], count: number, total = PORTRAIT_TEXT_WIDTH): number[] {
  const rest = total - first.reduce((a, b) => a + b, 0);
  const each = Math.floor(rest / count);
  return [
    ...first,
    ...Array.from({ length: count }, (_, i) =>
      i === count - 1 ? rest - each * (count - 1) : each,
    ),
  ];
}

/** A caption line introducing a summary table, kept on the table's page. */
function caption(text: string): Block {
  return bodyParagraph(text, { keepNext: true });
}

const AFTER_TABLE = (): Block => para('', { size: 12, after: 120 });

/** Indicators met / not met / no data, counted from the statuses (not from the edited text). */
function indicatorBlock(m: ReportModel): Block[] {
  const c = countAssessments(m.indicators);
  const columns: [string, number][] = [
    [INDICATOR_ASSESSMENT_LABEL.met, c.met],
    [INDICATOR_ASSESSMENT_LABEL.not_met, c.not_met],
    [INDICATOR_ASSESSMENT_LABEL.not_due, c.not_due],
    [INDICATOR_ASSESSMENT_LABEL.no_data, c.no_data],
  ];
  if (c.qualitative > 0) columns.push([INDICATOR_ASSESSMENT_LABEL.qualitative, c.qualitative]);
  return [
    caption(`Tổng hợp đánh giá ${c.total} chỉ tiêu có mục tiêu cụ thể (Chi tiết tại Phụ lục I):`),
    dataTable({
      widths: spread([2400, 1300], columns.length),
      header: ['Nội dung', 'Tổng số', ...columns.map(([label]) => label)],
      rows: [
        [{ lines: ['Số chỉ tiêu'] }, center(c.total), ...columns.map(([, n]) => center(n))],
        [
          { lines: ['Tỷ lệ (%)'] },
          center(c.total > 0 ? '100' : '0'),
          ...columns.map(([, n]) => center(percent(n, c.total))),
        ],
      ],
      size: 24,
    }),
    AFTER_TABLE(),
  ];
}

/**
 * Tasks by status (rows) and group (columns): the status words need room, the group numerals do
 * not, so the table stays one line a row however many statuses the scheme has.
 */
function taskBlock(m: ReportModel): Block[] {
  const totalWidth = 900;
  // A column per group while they fit a portrait page at their narrowest (a plan of 70 groups
  // would not): past that, the table counts statuses only and the groups are in Phụ lục II.
  const fitting = Math.floor((PORTRAIT_TEXT_WIDTH - 3400 - totalWidth) / 560);
  const allGroups = countByGroup(m.tasks);
  const groups = allGroups.length <= fitting ? allGroups : [];
  const total = countByStatus(m.tasks);
  const unreported = m.tasks.filter(overdueWithoutReport);
  const rows: DataCell[][] = [];
  for (const s of TASK_STATUS_ORDER) {
    rows.push([
      { lines: [TASK_STATUS_LABEL[s]] },
      center(total[s], true),
      ...groups.map((g) => center(g.byStatus[s])),
    ]);
    // Overdue tasks the lead has not reported on are counted overdue, and named here.
    if (s === 'overdue' && unreported.length > 0) {
      rows.push([
        { lines: [`Trong đó: ${UNREPORTED.slice(1, -1)}`], italics: true },
        { lines: [String(unreported.length)], align: 'center', italics: true },
        ...groups.map((g) => ({
          lines: [String(unreported.filter((t) => t.group === g.group).length)],
          align: 'center' as const,
          italics: true,
        })),
      ]);
    }
  }
  rows.push([
    { lines: ['Tổng số'], bold: true },
    center(m.tasks.length, true),
    ...groups.map((g) => center(g.total, true)),
  ]);
  const groupWidth = Math.max(
    560,
    Math.min(
      900,
      Math.floor((PORTRAIT_TEXT_WIDTH - 3400 - totalWidth) / Math.max(1, groups.length)),
    ),
  );
  const labelWidth = PORTRAIT_TEXT_WIDTH - totalWidth - groupWidth * groups.length;
  const first = groups[0]?.group;
  const last = groups[groups.length - 1]?.group;
  const span =
    first === undefined
      ? ''
      : `, chia theo nhóm nhiệm vụ ${first === last ? first : `${first}–${last}`}`;
  const perGroup = groups.length === 0 && allGroups.length > 0 ? ', từng nhóm nhiệm vụ' : '';
  return [
    caption(
      `Tổng hợp tình hình thực hiện ${m.tasks.length} nhiệm vụ theo tình trạng${span} (Chi tiết${perGroup} tại Phụ lục II):`,
    ),
    dataTable({
      widths: [labelWidth, totalWidth, ...groups.map(() => groupWidth)],
      header: ['Tình trạng', 'Tổng số', ...groups.map((g) => g.group)],
      rows,
      size: 22,
    }),
    AFTER_TABLE(),
  ];
}

/** Who had to report, who did, on time or late (agencies outside the list are not counted). */
function registerBlock(m: ReportModel, heading: string | null): Block[] {
  const c = countRegister(m.register.filter((r) => r.expected));
  const received = c.on_time + c.late;
  const out: Block[] = [];
  if (heading) out.push(khoanHeading(heading));
  out.push(
    caption(
      `Tổng hợp tình hình gửi báo cáo của các cơ quan, đơn vị, tính đến hạn ngày ${formatVnDate(m.period.due)} (Chi tiết tại Phụ lục III):`,
    ),
    dataTable({
      widths: spread([], 5),
      header: [
        'Số đơn vị phải báo cáo',
        'Đã gửi báo cáo',
        REGISTER_STATE_LABEL.on_time,
        REGISTER_STATE_LABEL.late,
        REGISTER_STATE_LABEL.missing,
      ],
      rows: [[c.expected, received, c.on_time, c.late, c.missing].map((n) => center(n))],
      size: 24,
    }),
    AFTER_TABLE(),
  );
  return out;
}

const KHOAN_NUMBER = /^(\d{1,2})\.\s/;

/**
 * Section II: the user's narrative with the generated summary tables placed under the khoản it
 * belongs to (the heading that speaks of "chỉ tiêu", of "nhiệm vụ"); a table whose khoản the user
 * removed goes first, so the counts and the references to the appendices are always printed.
 */
function sectionTwo(m: ReportModel, paragraphs: string[]): Block[] {
  const khoan = paragraphs.map((p) => KHOAN_NUMBER.exec(p.trim()));
  const find = (word: string) =>
    khoan.findIndex((k, i) => k !== null && foldVietnamese(paragraphs[i] ?? '').includes(word));
  const indicatorAt = find('chi tieu');
  const taskAt = find('nhiem vu');
  const out: Block[] = [];
  if (indicatorAt < 0) out.push(...indicatorBlock(m));
  if (taskAt < 0) out.push(...taskBlock(m));
  paragraphs.forEach((p, i) => {
    out.push(narrativeParagraph(p));
    if (i === indicatorAt) out.push(...indicatorBlock(m));
    if (i === taskAt) out.push(...taskBlock(m));
  });
  const last = Math.max(0, ...khoan.map((k) => (k ? Number(k[1]) : 0)));
  out.push(
    ...registerBlock(
      m,
      last > 0 ? `${last + 1}. Tình hình gửi báo cáo của các cơ quan, đơn vị` : null,
    ),
  );
  return out;
}

/** Writes each abbreviation out at its first use in the body (settings' glossary). */
function definer(m: ReportModel): (text: string) => string {
  return abbreviationDefiner(parseGlossary(m.settings.glossary ?? []));
}

function body(m: ReportModel): Block[] {
  const s = m.settings;
  const define = definer(m);
  const agency = agencyInSentence(s.agency);
  const period = periodLabel(m.period);
  const title = planTitleInSentence(m.plan);
  const out: Block[] = [
    bodyParagraph(
      define(
        `Thực hiện ${planReference(m.plan)}${title ? ` ${title}` : ''}, ${agency} báo cáo kết quả thực hiện trong ${period} như sau:`,
      ),
    ),
  ];
  for (const key of SECTION_KEYS) {
    const n = m.narrative.find((x) => x.key === key);
    const fallback = key === 'IV' ? sectionFourTitle(m.period) : DEFAULT_SECTION_TITLES[key];
    // A draft saved before section IV named the next period still gets it.
    const saved = n?.title.trim() ?? '';
    const heading =
      saved === '' || (key === 'IV' && saved === DEFAULT_SECTION_TITLES.IV) ? fallback : saved;
    out.push(mucHeading(key, heading));
    const paragraphs = (n?.paragraphs ?? []).filter((p) => p.trim() !== '').map(define);
    if (key === 'II') out.push(...sectionTwo(m, paragraphs));
    else out.push(...paragraphs.map(narrativeParagraph));
  }
  const addressees = s.addressees.map((a) => addresseeInSentence(a, s.place)).join(', ');
  out.push(
    bodyParagraph(
      define(
        `Trên đây là báo cáo kết quả thực hiện ${planShortName(m.plan)} trong ${period}, ${agency} kính báo cáo ${addressees} xem xét, chỉ đạo./.`,
      ),
      { keepNext: true, keepLines: true },
    ),
  );
  return out;
}

function firstPage(m: ReportModel): Block[] {
  const s = m.settings;
  return [
    headerBlock({
      settings: s,
      numberLine: numberLine(m.number, reportSymbol(m)),
      placeDate: placeDateLine(
        s.place,
        m.date ? formatLongVnDate(m.date) : null,
        draftYear(m.period),
      ),
    }),
    titleBlock('BÁO CÁO', reportSummary(m)),
    addresseeBlock(s.addressees),
  ];
}

function recipients(m: ReportModel): string[] {
  const list = m.settings.recipients.filter((r) => r.trim() !== '');
  return list.some((r) => /^như trên/i.test(r.trim())) ? list : ['Như trên', ...list];
}

// ---------------------------------------------------------------------------------------------
// Appendices

/** `(Kèm theo Báo cáo số 12/BC-SKHCN ngày 05 tháng 6 năm 2025 của Sở Khoa học và Công nghệ)`. */
export function appendixReference(m: ReportModel): string {
  const n = m.number?.trim() ?? '';
  const number = n === '' ? '……' : /^\d$/.test(n) ? `0${n}` : n;
  const date = m.date ? formatLongVnDate(m.date) : `ngày …… tháng …… năm ${draftYear(m.period)}`;
  return `(Kèm theo Báo cáo số ${number}/${reportSymbol(m)} ${date} của ${agencyInSentence(m.settings.agency)})`;
}

function appendixTitle(base: string, m: ReportModel): string {
  return `${base} ${periodLabel(m.period)}`;
}

function noRows(span: number): DataCell[][] {
  return [[{ lines: ['Không có dữ liệu'], span, italics: true, align: 'center' }]];
}

/** The assessment word; a target not yet due adds how far the value has come. */
function indicatorAssessment(r: IndicatorStatusRow): string[] {
  if (r.assessment === null) return [''];
  const label = INDICATOR_ASSESSMENT_LABEL[r.assessment];
  return r.assessment === 'not_due' && r.progress !== null
    ? [label, `(${progressLabel(r.progress)})`]
    : [label];
}

function appendixOne(m: ReportModel): Block[] {
  // "Chưa đến kỳ đánh giá (đạt 93,6% mục tiêu)" in three lines at most.
  const widths = [700, 4700, 1200, 2100, 1800, 1900];
  widths.push(LANDSCAPE_TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const parents = new Set(m.indicators.map((r) => r.parent).filter((p): p is string => !!p));
  const groupRows: number[] = [];
  const rows: DataCell[][] = [];
  // Under "Đến năm 2030", "Đến năm 2045", numbered I, II as in the plan's Phụ lục I.
  byHorizon(m.indicators).forEach((g, i) => {
    groupRows.push(rows.length);
    rows.push([
      { lines: [toRoman(i + 1)], align: 'center' },
      { lines: [g.label], span: 6 },
    ]);
    for (const r of g.rows) {
      if (parents.has(r.code) || (r.assessment === null && r.target === null)) {
        groupRows.push(rows.length);
        rows.push([
          { lines: [r.code], align: 'center' },
          { lines: [r.text], span: 6 },
        ]);
        continue;
      }
      // A note qualifies the figure beside it; one about the agency's file is not a result.
      const note = printedNote(r);
      const valueLines: CellLine[] = [printedResult(r) ?? ''];
      if (note) valueLines.push(rich([note, { italics: true }]));
      rows.push([
        { lines: [r.code], align: 'center' },
        { lines: [r.text], align: 'justify' },
        { lines: [r.unit], align: 'center' },
        { lines: [r.target?.text ?? ''], align: 'center' },
        { lines: valueLines, align: 'center' },
        { lines: indicatorAssessment(r), align: 'center' },
        { lines: [r.agency?.name ?? ''], align: 'center' },
      ]);
    }
  });
  return [
    appendixHeading('I', appendixTitle(APPENDIX_TITLES.I, m), appendixReference(m)),
    dataTable({
      widths,
      header: [
        'STT',
        'Chỉ tiêu',
        'Đơn vị tính',
        'Mục tiêu',
        'Kết quả thực hiện',
        'Đánh giá',
        'Cơ quan theo dõi',
      ],
      rows: rows.length > 0 ? rows : noRows(7),
      groupRows,
    }),
  ];
}

/** The agency that carries a lead assignment today (merged departments show their successor). */
function leadNames(lead: Assignee[]): string[] {
  return [...new Set(lead.map((a) => (a.type === 'agency' ? a.currentName : a.name)))];
}

const REPORTED_WORD: Record<ReportedStatus, string> = {
  done: 'đã hoàn thành',
  in_progress: 'đang thực hiện',
  not_started: 'chưa thực hiện',
};

/** Partner reports are quoted briefly; the full text stays in the app. */
const PARTNER_QUOTE_MAX = 220;

/** Whole sentences up to about `max` characters (the first one always), never cut with "…". */
function wholeSentences(text: string, max: number): string {
  const cut = truncateAtSentence(text, max);
  if (!cut.endsWith('…')) return cut;
  const kept = cut.replace(/\s*…$/, '');
  return /[.!?]$/.test(kept) ? kept : text;
}

/** An agency's progress text, with "(hoàn thành ngày …)" when it gave a completion date. */
function progressText(r: AgencyReport): string {
  // Whole sentences: capitalised, each closed with a full stop (cleanQuote), as the body quotes.
  const clean = cleanQuote(r.progress) ?? '';
  const text = capitalise(clean);
  const done = r.completedOn ? `(Hoàn thành ngày ${formatVnDate(r.completedOn)})` : '';
  return [text, done].filter((x) => x !== '').join(' ');
}

/**
 * "Kết quả thực hiện": the lead agency's text; several leads each by name; a conflict between
 * leads in bold italics with what each said; partners quoted briefly as "Sở X: …".
 */
function resultLines(t: TaskStatusFull): CellLine[] {
  const lines: CellLine[] = [];
  const named = (name: string, text: string) => rich([`${name}: `, { italics: true }], [text]);
  if (t.conflict) {
    lines.push(
      rich(['Báo cáo của các cơ quan chủ trì chưa thống nhất:', { bold: true, italics: true }]),
    );
    for (const r of t.leadReports) {
      const word = r.status ? REPORTED_WORD[r.status] : 'không nêu tình trạng';
      lines.push(named(`- ${r.agency.name} (${word})`, progressText(r)));
    }
  } else if (t.leadReports.length === 1) {
    const text = progressText(t.leadReports[0]!);
    if (text) lines.push(text);
  } else {
    for (const r of t.leadReports) {
      const text = progressText(r);
      if (text) lines.push(named(`- ${r.agency.name}`, text));
    }
  }
  const { quoted, others } = quotedPartners(t);
  for (const r of quoted) {
    const text = cleanQuote(r.progress);
    if (text) lines.push(named(r.agency.name, wholeSentences(text, PARTNER_QUOTE_MAX)));
  }
  const more = otherPartnersLine(others);
  if (more) lines.push(rich([more, { italics: true }]));
  return lines;
}

/** Under "Quá hạn, chưa hoàn thành" when the lead sent nothing on the task. */
export const UNREPORTED = '(chưa có báo cáo)';

function appendixTwo(m: ReportModel): Block[] {
  const widths = [650, 4300, 1800, 1400, 1700];
  widths.push(LANDSCAPE_TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const titles = new Map((m.groups ?? []).map((g) => [g.code, g.title]));
  const rows: DataCell[][] = [];
  const groupRows: number[] = [];
  let current: string | null = null;
  for (const t of m.tasks) {
    if (t.group !== current) {
      current = t.group;
      groupRows.push(rows.length);
      rows.push([
        { lines: [t.group], align: 'center' },
        { lines: [titles.get(t.group) ?? `Nhóm nhiệm vụ ${t.group}`], span: 5, align: 'justify' },
      ]);
    }
    const status: CellLine[] = [TASK_STATUS_LABEL[t.status]];
    if (overdueWithoutReport(t)) status.push(rich([UNREPORTED, { italics: true }]));
    if (t.conflict) {
      status.push(rich(['(chưa thống nhất)', { bold: true, italics: true }]));
    }
    rows.push([
      { lines: [t.number], align: 'center' },
      { lines: [t.text], align: 'justify' },
      { lines: leadNames(t.lead), align: 'center' },
      { lines: [t.deadline.text], align: 'center' },
      { lines: status, align: 'center' },
      { lines: resultLines(t), align: 'justify' },
    ]);
  }
  return [
    appendixHeading('II', appendixTitle(APPENDIX_TITLES.II, m), appendixReference(m)),
    dataTable({
      widths,
      header: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng', 'Kết quả thực hiện'],
      rows: rows.length > 0 ? rows : noRows(6),
      groupRows,
    }),
  ];
}

function documentLines(r: RegisterRow): string[] {
  const s = r.submission;
  if (!s) return [''];
  const lines: string[] = [];
  if (s.docNumber) lines.push(`Số ${s.docNumber}`);
  if (s.docDate) lines.push(`ngày ${formatVnDate(s.docDate)}`);
  return lines.length > 0 ? lines : [''];
}

function appendixThree(m: ReportModel): Block[] {
  const widths = [800, 5600, 3000, 2000];
  widths.push(LANDSCAPE_TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const rows: DataCell[][] = m.register.map((r, i) => {
    const shown = registerStateShown(r);
    const state: string[] = [REGISTER_STATE_LABEL[shown]];
    if (r.versions > 1) state.push(`(đã gửi ${r.versions} lần)`);
    return [
      { lines: [String(i + 1)], align: 'center' },
      { lines: [r.agency.name] },
      { lines: documentLines(r), align: 'center' },
      { lines: [formatVnDate(r.submission?.receivedOn ?? null)], align: 'center' },
      { lines: state, align: 'center', bold: shown === 'missing' },
    ];
  });
  return [
    appendixHeading('III', appendixTitle(APPENDIX_TITLES.III, m), appendixReference(m)),
    dataTable({
      widths,
      header: ['STT', 'Cơ quan, đơn vị', 'Số, ngày văn bản', 'Ngày nhận', 'Tình trạng'],
      rows: rows.length > 0 ? rows : noRows(5),
    }),
  ];
}

// ---------------------------------------------------------------------------------------------

/** The report's content: the body section, then each appendix on its own landscape section. */
export function reportContent(m: ReportModel): DocumentContent {
  const main = [
    ...firstPage(m),
    ...body(m),
    signatureBlock({ settings: m.settings, recipients: recipients(m) }),
  ];
  const appendix = (blocks: Block[]) => ({ blocks, landscape: true, restartNumbering: true });
  return {
    title: `Báo cáo ${reportSummary(m)}`,
    creator: agencyInSentence(m.settings.agency),
    sections: [
      { blocks: main, landscape: false, restartNumbering: false },
      appendix(appendixOne(m)),
      appendix(appendixTwo(m)),
      appendix(appendixThree(m)),
    ],
  };
}
