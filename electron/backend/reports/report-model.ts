// What the Word generators need, gathered by the reports handler: plain data in, bytes out, so the
// generators stay testable without a database. Also the wording derived from the plan.

import { periodLabel } from '../../../shared/domain/periods';
import { formatVnDate, toRoman } from '../../../shared/domain/text';
import type {
  DocumentSettings,
  IndicatorStatusRow,
  IsoDate,
  NarrativeSection,
  Period,
  Plan,
  RegisterRow,
  TaskGroup,
  TaskStatusFull,
} from '../../../shared/domain/types';

/**
 * One mục of the report body (declared once, in shared/domain/types.ts). Paragraph strings may
 * start with `1. ` (khoản heading, printed bold), `a) ` (điểm), `- ` or `+ ` (list-ish lines);
 * anything else is an ordinary paragraph.
 */
export type { NarrativeSection };

export interface ReportModel {
  settings: DocumentSettings;
  plan: Plan;
  period: Period;
  /** The number given at signing (`12`); null prints a blank for the clerk to fill by hand. */
  number: string | null;
  date: IsoDate | null;
  narrative: NarrativeSection[];
  tasks: TaskStatusFull[];
  indicators: IndicatorStatusRow[];
  register: RegisterRow[];
  /** Group titles for the group rows of Phụ lục II; without them the rows read "Nhóm nhiệm vụ I". */
  groups?: TaskGroup[];
}

export interface ReminderModel {
  settings: DocumentSettings;
  plan: Plan;
  period: Period;
  number: string | null;
  date: IsoDate | null;
  missing: { name: string }[];
  /** The due date the agencies missed. */
  due: IsoDate;
  /** The letter's deadline (`--due`, the form's "Hạn gửi mới"); without it, `due` is repeated. */
  newDue: IsoDate | null;
  /** Who to call, e.g. `bà Nguyễn Thị Hoa, Văn phòng Sở, điện thoại 0213.3876.xxx`; blank dots without. */
  contact?: string | null;
  /** Recipient lines besides the addressees; default `Như trên`, `Lãnh đạo Sở`. */
  recipients?: string[];
}

// ---- Wording derived from the plan and the settings ----

function planNumber(plan: Plan): string {
  const n = plan.number.trim();
  if (n === '') return '';
  return n.includes('/') ? n : `${n}/${plan.symbol}`;
}

/** The first mention, in full: `Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Lai Châu`. */
export function planReference(plan: Plan): string {
  const number = planNumber(plan);
  const parts = ['Kế hoạch'];
  if (number) parts.push(`số ${number}`);
  if (plan.issuedOn) parts.push(`ngày ${formatVnDate(plan.issuedOn)}`);
  if (plan.issuer.trim()) parts.push(`của ${plan.issuer.trim()}`);
  return parts.join(' ').normalize('NFC');
}

/** NFC, no final stop, and no comma between a symbol and its date (the seed has "57-NQ/TW, ngày"). */
function cleanTitle(title: string): string {
  return title
    .normalize('NFC')
    .trim()
    .replace(/[.;]+$/, '')
    .replace(/(số \S+?),\s*ngày/g, '$1 ngày');
}

/** The plan's title as it continues a sentence: `thực hiện Nghị quyết số 03/NQ-CP …`. */
export function planTitleInSentence(plan: Plan): string {
  const title = cleanTitle(plan.title);
  if (title === '') return '';
  const m = /^(thực hiện|triển khai)\s/i.exec(title);
  if (m) return title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
  return `về ${title}`;
}

/**
 * What the plan carries out, short enough for a summary line: the last resolution its title names
 * (`thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị`), else the title.
 */
export function planSubject(plan: Plan): string {
  const title = cleanTitle(plan.title);
  const at = title.lastIndexOf('Nghị quyết số');
  if (at < 0) return planTitleInSentence(plan);
  const resolution = title.slice(at);
  // Up to " về …": the resolution's own subject would make the summary four lines long.
  const about = resolution.indexOf(' về ');
  return `thực hiện ${about > 0 ? resolution.slice(0, about) : resolution}`;
}

/** How later mentions name the plan: `Kế hoạch số 45/KH-UBND`, or by what it carries out. */
export function planShortName(plan: Plan): string {
  const number = planNumber(plan);
  if (number) return `Kế hoạch số ${number}`;
  const title = plan.title.normalize('NFC');
  const m = /.*(Nghị quyết số \S+?)[,\s]/.exec(title);
  return m ? `Kế hoạch thực hiện ${m[1]}` : 'Kế hoạch';
}

/** `quý III/2025`, `tháng 10/2025`: the period as a summary line (trích yếu, V/v) writes it. */
export function periodShort(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.index}/${p.year}`;
    case 'quarter':
      return `quý ${toRoman(p.index)}/${p.year}`;
    default:
      return periodLabel(p);
  }
}

/** `Ủy ban nhân dân tỉnh Lai Châu` → `Ủy ban nhân dân tỉnh` inside a sentence of a Lai Châu body. */
export function addresseeInSentence(addressee: string, place: string): string {
  const a = addressee
    .normalize('NFC')
    .trim()
    .replace(/[.;,]+$/, '');
  const p = place.normalize('NFC').trim();
  return p !== '' && a.endsWith(` tỉnh ${p}`) ? a.slice(0, -p.length - 1) : a;
}

/** The unit that drafts letters, taken from the archive line: `Lưu: VT, VP` → `VP`. */
export function draftingUnit(archiveLine: string): string | null {
  const m = /Lưu\s*:\s*VT\s*,\s*([^,.;]+)/i.exec(archiveLine.normalize('NFC'));
  return m?.[1]?.trim() || null;
}

/** The year printed in a blank date line: the later of the period's due year and this year. */
export function draftYear(period: Period, today: Date = new Date()): number {
  return Math.max(Number(period.due.slice(0, 4)), today.getFullYear());
}
