// Domain types shared by backend, renderer and command line. Names follow PRODUCT.md's glossary.

/** ISO calendar date `yyyy-mm-dd`; shown to users as dd/mm/yyyy. */
export type IsoDate = string;

export type DeadlineKind = 'date' | 'range' | 'recurring' | 'conditional' | 'none';

/** A task's "Thời gian hoàn thành", parsed; `text` is the plan's wording, kept verbatim. */
export interface Deadline {
  text: string;
  kind: DeadlineKind;
  /** Due date for `date` and `range` (end of the range); null otherwise. */
  due: IsoDate | null;
  /** First day of a `range` (`2026 – 2030` → 2026-01-01); null otherwise. */
  start: IsoDate | null;
}

export type TargetOp = '>=' | '>' | '<=' | '<' | '=' | 'range' | 'text';

/** An indicator's "Mục tiêu/Kết quả", parsed; `text` is the plan's wording. */
export interface Target {
  text: string;
  op: TargetOp | null;
  value: number | null;
  /** Upper bound of a `range` (`9-10` → value 9, value2 10). */
  value2: number | null;
  /** The part after the number, e.g. `và tăng dần theo yêu cầu phát triển`. */
  qualifier: string | null;
}

export type AgencyKind =
  | 'department' // sở và tương đương (Văn phòng UBND, Thanh tra)
  | 'sector' // ban, ngành, cơ quan trung ương đóng trên địa bàn (Công an, BCH Quân sự, NHNN, Thuế…)
  | 'commune' // UBND xã, phường
  | 'organisation' // hội, hiệp hội, trường, đài, báo
  | 'party' // cơ quan Đảng (Ban Tuyên giáo Tỉnh ủy)
  | 'central' // bộ, ngành trung ương
  | 'enterprise'; // doanh nghiệp

/** Every kind, in the order the agency screen offers them (zod-free, so screens can import it). */
export const AGENCY_KINDS = [
  'department',
  'sector',
  'commune',
  'organisation',
  'party',
  'central',
  'enterprise',
] as const satisfies readonly AgencyKind[];

export interface AgencyRef {
  id: number;
  name: string;
}

export interface Agency {
  id: number;
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: AgencyKind;
  active: boolean;
  /** Agency that took over after a merger; null when the agency still exists. */
  successor: AgencyRef | null;
  /** End of the successor chain: the agency that carries the work today (itself if active). */
  current: AgencyRef;
  /** Whether the agency sends progress reports to the secretariat. */
  reports: boolean;
}

/** A set of agencies named collectively in the plan ("Các sở, ban, ngành"). */
export interface AssignmentGroup {
  id: number;
  key: string;
  name: string;
  memberKinds: AgencyKind[];
}

/** One entry of a task's lead or partner list: an agency or an assignment group. */
export type Assignee =
  | { type: 'agency'; id: number; name: string; currentId: number; currentName: string }
  | { type: 'group'; id: number; key: string; name: string };

export interface Plan {
  id: number;
  key: string;
  number: string;
  symbol: string;
  issuer: string;
  issuedOn: IsoDate | null;
  title: string;
}

export interface TaskGroup {
  id: number;
  planId: number;
  code: string;
  title: string;
  position: number;
}

export interface Task {
  id: number;
  planId: number;
  /** Group code (`I`…`VII`). */
  group: string;
  /** Unique within the plan, e.g. `I.6`, `VI.12b` where the source repeats a number. */
  code: string;
  /** The number as printed in the plan (two tasks of group VI print "12"). */
  number: string;
  text: string;
  leadText: string;
  partnersText: string;
  lead: Assignee[];
  partners: Assignee[];
  output: string;
  deadline: Deadline;
  position: number;
}

export interface Indicator {
  id: number;
  planId: number;
  code: string;
  parent: string | null;
  horizon: number;
  text: string;
  unit: string;
  target: Target | null;
  agencyText: string;
  /** Monitoring agency as linked, with the agency that carries it today. */
  agency: Extract<Assignee, { type: 'agency' }> | null;
  position: number;
}

export interface DocumentSettings {
  parentAgency: string;
  agency: string;
  abbreviation: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  addressees: string[];
  recipients: string[];
  archiveLine: string;
  /** Who agencies call about reports: `bà Nguyễn Thị Hoa, Văn phòng Sở` (letter, form). */
  contactPerson?: string;
  contactPhone?: string;
  /** Abbreviations written out at first use, one `SHORT: full form` a line (glossary.ts). */
  glossary?: string[];
  /** Coloured status cells in the Excel appendices; off for the official (black) print. */
  statusColours?: boolean;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'adhoc';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 0 for a year; sequence for ad hoc. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  due: IsoDate;
  /** `2025-10`, `2025-Q3`, `2025-H1`, `2025`, `2025-A1`. */
  key: string;
}

// ---- Submissions and progress (issue: import) ----

/** What an agency says about a task in one submission. */
export type ReportedStatus = 'done' | 'in_progress' | 'not_started';

export type SubmissionSource = 'form' | 'foreign';

export interface Submission {
  id: number;
  agency: AgencyRef;
  period: string;
  fileName: string;
  sha256: string;
  source: SubmissionSource;
  receivedOn: IsoDate;
  /** The agency's own cover document, e.g. `215/BC-SNV` of 05/09/2025. */
  docNumber: string | null;
  docDate: IsoDate | null;
  version: number;
  /** Not the agency's current version for the period (a later one exists, or it was withdrawn). */
  superseded: boolean;
  /** Withdrawn by the secretariat (with a reason); kept, but never counted. */
  withdrawn: boolean;
  withdrawnReason: string | null;
  /** Entered by hand from a phone call or a paper letter (no file); absent or null for files. */
  channel?: 'phone' | 'paper' | 'other' | null;
  entryNote?: string | null;
  createdAt: string;
}

export interface TaskProgress {
  submissionId: number;
  taskId: number;
  /** Row of the agency's file the entry came from, for tracing back. */
  sourceRow: string | null;
  status: ReportedStatus | null;
  completedOn: IsoDate | null;
  /** Only the month was given: `completedOn` is that month's last day. */
  completedApprox: boolean;
  /** Progress percentage the agency gave (0–100). */
  percent: number | null;
  progress: string | null;
  difficulties: string | null;
  proposals: string | null;
}

export interface IndicatorValue {
  submissionId: number;
  indicatorId: number;
  sourceRow: string | null;
  value: number | null;
  /** The value as written in the file (`35,2`, `2,1%`, `Đạt`). */
  valueText: string | null;
  note: string | null;
}

// ---- Status for a period (issue: reports) ----

export type TaskStatus =
  | 'done_on_time'
  | 'done_late'
  | 'in_progress'
  | 'not_started'
  | 'overdue'
  | 'ongoing'
  | 'waiting'
  | 'no_report';

export type IndicatorAssessment = 'met' | 'not_met' | 'not_due' | 'no_data' | 'qualitative';

export interface AgencyReport {
  agency: AgencyRef;
  submissionId: number;
  version: number;
  status: ReportedStatus | null;
  completedOn: IsoDate | null;
  progress: string | null;
  difficulties: string | null;
  proposals: string | null;
}

export interface TaskStatusRow {
  taskId: number;
  code: string;
  group: string;
  number: string;
  text: string;
  lead: Assignee[];
  deadline: Deadline;
  status: TaskStatus;
  /** Whether a lead agency reported on the task; an overdue task without a report is named so. */
  reported: boolean;
  /** Reports of lead agencies (more than one when the task has several leads). On the screens'
   *  status only the first few: a task led by "các sở, ban, ngành" has one per agency, and the
   *  rest load when the row is opened (`status.task`); the report writer has them all. */
  leadReports: AgencyReport[];
  /** How many lead agencies reported on the task (all of them, shipped or not). */
  leadCount: number;
  /** Every lead report's submission, for tracing the status back to its sources. */
  leadSubmissionIds: number[];
  /** Cooperating agencies that reported on the task; their reports load when the task is opened
   *  (`status.task`): on a large province they were nearly all of the status' bytes. */
  partnerCount: number;
  /** Lead agencies disagree on whether the task is done: shown, never merged silently. */
  conflict: boolean;
}

/** A task's status with every lead and cooperating agency's report: what the report writer works
 *  from (the counts the screens get are taken from these lists). */
export interface TaskStatusFull extends TaskStatusRow {
  partnerReports: AgencyReport[];
}

export interface IndicatorStatusRow {
  indicatorId: number;
  code: string;
  parent: string | null;
  text: string;
  unit: string;
  target: Target | null;
  /** The year the target is set for ("đến năm 2030"); not judged as missed before it. */
  horizon: number;
  value: number | null;
  valueText: string | null;
  note: string | null;
  assessment: IndicatorAssessment | null;
  /** How far the value has come toward a numeric target, in % (`targetProgress`); null without. */
  progress: number | null;
  /** The user's recorded judgement for qualitative indicators. */
  judgement: 'met' | 'not_met' | null;
  reportedBy: AgencyRef | null;
  /** The submission the value was taken from, for tracing it back (Truy vết). */
  submissionId?: number | null;
  agency: AgencyRef | null;
}

export type RegisterState = 'on_time' | 'late' | 'missing' | 'not_expected';

export interface RegisterRow {
  agency: AgencyRef;
  expected: boolean;
  state: RegisterState;
  submission: Submission | null;
  /** Number of versions received for the period. */
  versions: number;
}

// ---- Compiled reports ----

/**
 * One mục of the report body (I–V). Paragraphs starting with `1. ` are khoản headings, `a) `
 * điểm, `- `/`+ ` list lines; anything else is an ordinary paragraph.
 */
export interface NarrativeSection {
  key: 'I' | 'II' | 'III' | 'IV' | 'V';
  title: string;
  paragraphs: string[];
}
