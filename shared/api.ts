// The API contract: every method, its argument schema and its result type, declared once and
// shared by the backend (dispatch), the transports (IPC, HTTP, CLI) and the renderer's client.
import { z } from 'zod';
import type { CommitResult, ImportPreview } from './domain/import-types';
import type {
  Agency,
  AgencyRef,
  AgencyReport,
  AssignmentGroup,
  DocumentSettings,
  Indicator,
  IndicatorStatusRow,
  IndicatorValue,
  NarrativeSection,
  Plan,
  RegisterRow,
  ReportedStatus,
  Submission,
  Task,
  TaskGroup,
  TaskProgress,
  TaskStatusFull,
  TaskStatusRow,
} from './domain/types';
import type { ImportDiffEntry } from './domain/import-types';
import type { BackupInfo } from './domain/backups';
import { base64Length, MAX_FILE_BYTES } from './domain/limits';
import { AGENCY_KINDS } from './domain/types';

export interface Catalogue {
  plans: Plan[];
  /** The plan the screens, forms, imports and reports work on (chosen on the Kế hoạch screen). */
  activePlanId: number | null;
  groups: TaskGroup[];
  tasks: Task[];
  indicators: Indicator[];
  agencies: Agency[];
  assignmentGroups: AssignmentGroup[];
}

export interface AppInfo {
  version: string;
  dbPath: string;
  transport: 'ipc' | 'http' | 'cli';
  /** False in browser mode: folder pickers and printToPDF are Electron-only. */
  desktop: boolean;
}

const id = z.number().int().positive();
const jobId = z.string().regex(/^[0-9a-f-]{36}$/);
/** Row key → plan row id the clerk chose, or null to drop the row. */
const rowMatches = z.record(z.string().max(200), id.nullable());
/** Row key → the clerk's answer to a row's questions. */
const rowAnswers = z.record(
  z.string().max(200),
  z
    .object({
      status: z.enum(['done', 'in_progress', 'not_started']).nullable().optional(),
      completedOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable()
        .optional(),
      value: z.number().finite().nullable().optional(),
    })
    .strict(),
);
const text = (max: number) => z.string().max(max);
/** An assignee reference as the UI sends it: an agency id or an assignment-group id. */
const assigneeRef = z.object({ type: z.enum(['agency', 'group']), id });
export type AssigneeRef = z.infer<typeof assigneeRef>;

const taskPatch = z
  .object({
    text: text(4000),
    leadText: text(1000),
    partnersText: text(2000),
    lead: z.array(assigneeRef).max(50),
    partners: z.array(assigneeRef).max(100),
    output: text(2000),
    deadlineText: text(300),
  })
  .partial()
  .strict();
export type TaskPatch = z.infer<typeof taskPatch>;

const indicatorPatch = z
  .object({
    text: text(2000),
    unit: text(200),
    targetText: text(500),
    agencyId: id.nullable(),
  })
  .partial()
  .strict();
export type IndicatorPatch = z.infer<typeof indicatorPatch>;

const agencyFields = z
  .object({
    name: text(300),
    shortName: text(100).nullable(),
    aliases: z.array(text(300)).max(50),
    kind: z.enum(AGENCY_KINDS),
    reports: z.boolean(),
    active: z.boolean(),
  })
  .strict();
export type AgencyInput = z.infer<typeof agencyFields>;

const settingsPatch = z
  .object({
    parentAgency: text(200),
    agency: text(200),
    abbreviation: text(30),
    place: text(100),
    signerAuthority: text(100),
    signerTitle: text(100),
    signerName: text(100),
    addressees: z.array(text(300)).max(30),
    recipients: z.array(text(300)).max(30),
    archiveLine: text(200),
    contactPerson: text(200),
    contactPhone: text(30),
    glossary: z.array(text(300)).max(200),
    statusColours: z.boolean(),
  })
  .partial()
  .strict();

export interface PeriodInfo {
  key: string;
  label: string;
  start: string;
  end: string;
  due: string;
}

export interface AdhocPeriodInfo extends PeriodInfo {
  title: string;
}

export interface PeriodsOverview {
  rules: import('./domain/periods').DueRules;
  adhoc: AdhocPeriodInfo[];
}

export interface RegisterCounts {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  /** Reports from agencies not expected for the period (sent anyway). */
  extra: number;
}

export interface Register {
  period: PeriodInfo;
  rows: RegisterRow[];
  counts: RegisterCounts;
  /** Every version received for the period, superseded and withdrawn ones included. */
  versions: Submission[];
}

export interface PeriodStatus {
  period: PeriodInfo;
  tasks: TaskStatusRow[];
  indicators: IndicatorStatusRow[];
  register: RegisterRow[];
}

/** The status with every cooperating agency's report, kept in the backend (report writer). */
export interface PeriodStatusFull extends PeriodStatus {
  tasks: TaskStatusFull[];
}

/**
 * A document job the backend runs while other calls keep answering (forms for all agencies),
 * polled with `jobs.get`; its file is written to disk and fetched once with `jobs.file`.
 */
export interface JobInfo {
  id: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  /** What the screen shows: "Đang tạo biểu mẫu 23/60…", "Đã tạo 60 biểu mẫu". */
  message: string;
  file: { fileName: string; size: number } | null;
  /** Vietnamese message when it failed. */
  error: string | null;
}

/** A job's file the desktop backend wrote where the clerk chose (no bytes through the window). */
export interface SavedJobFile {
  fileName: string;
  path: string;
}

/** One task's lead and cooperating agencies' reports, loaded when the task is opened. */
export interface TaskPartnerReports {
  taskId: number;
  /** Every lead agency's report (the status ships only the first few). */
  leadReports: AgencyReport[];
  partnerReports: AgencyReport[];
}

/** A file produced by the backend; `data` is base64 so it crosses IPC, HTTP and JSON alike. */
export interface GeneratedFile {
  fileName: string;
  data: string;
}

export interface SubmissionDetail {
  submission: Submission;
  versions: Submission[];
  header: {
    person: string | null;
    phone: string | null;
    summary: string | null;
    difficulties: string | null;
    proposals: string | null;
  };
  progress: (TaskProgress & { code: string })[];
  values: (IndicatorValue & { code: string })[];
  /** Changes against the version before this one (empty for version 1). */
  diff: ImportDiffEntry[];
}

/** One line of the audit log (Nhật ký thay đổi). */
export interface AuditEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  /** The OS user name in the app; "dòng lệnh" for the command line. */
  actor: string;
  /** e.g. `submission.withdraw`, `task.update`. */
  action: string;
  /** submission, task, indicator, agency, settings, plan, period, report. */
  entity: string;
  entityId: string | null;
  /** One Vietnamese sentence saying what changed. */
  summary: string;
  before: unknown;
  after: unknown;
}

export const AUDIT_ENTITIES = [
  'submission',
  'task',
  'indicator',
  'agency',
  'settings',
  'plan',
  'period',
  'report',
] as const;

export interface ReportFileInfo {
  id: number;
  format: 'docx' | 'xlsx';
  fileName: string;
  sha256: string;
  /** One of the files of the signed version (Bản đã ký). */
  signed: boolean;
  createdAt: string;
}

export interface ReportRecord {
  id: number;
  period: string;
  kind: 'report' | 'reminder';
  /** Given at signing, e.g. `12`; null until recorded. */
  number: string | null;
  date: string | null;
  narrative: NarrativeSection[] | null;
  /** When it was marked as the signed version; a signed report never changes again. */
  signedAt: string | null;
  createdAt: string;
  updatedAt: string;
  files: ReportFileInfo[];
}

/** The period's latest signed report and the figures it was generated from, kept as they were. */
export interface SignedReport {
  report: ReportEntry;
  /** Null for a report generated before figures were kept with it. */
  figures: PeriodStatus | null;
}

/** Where a figure came from: the agency's file, the sheet and row, the version, when received. */
export interface TraceSource {
  submissionId: number;
  period: string;
  agency: AgencyRef;
  fileName: string;
  /** `Sheet!row` as stored at import; split into sheet and row below when it has that shape. */
  sourceRow: string | null;
  sheet: string | null;
  row: number | null;
  version: number;
  /** A later version (or a withdrawal) replaced this one. */
  superseded: boolean;
  receivedOn: string;
  docNumber: string | null;
  docDate: string | null;
  /** What that row said: the reported status and completion date, or the value as written. */
  status: ReportedStatus | null;
  completedOn: string | null;
  value: number | null;
  valueText: string | null;
}

/** A report as the workspace lists it: without its narrative (`reports.narrative` has that). */
export type ReportEntry = Omit<ReportRecord, 'narrative'>;

/** The period's reports; light, so the tabs that only show figures can load it with them. */
export interface ReportWorkspace {
  period: PeriodInfo;
  /** The period's report being prepared (latest), null before anything was saved. */
  report: ReportEntry | null;
  /** True when the period's narrative is still the automatic draft (nothing saved yet). */
  drafted: boolean;
  history: ReportEntry[];
  /** The latest report marked as signed for the period, with its figures; null if none. */
  signed: SignedReport | null;
  /** Reminder letters made for the period, newest first. */
  letters: ReportEntry[];
}

/**
 * The narrative of the period's report (up to a megabyte drafted on a large plan), loaded only by
 * the tab that edits it.
 */
export interface ReportNarrative {
  /** The saved narrative, or a fresh draft from the agencies' reports. */
  narrative: NarrativeSection[];
  /** True when `narrative` is a fresh draft not yet saved. */
  drafted: boolean;
}

const narrativeSchema = z
  .array(
    z
      .object({
        key: z.enum(['I', 'II', 'III', 'IV', 'V']),
        title: z.string().max(300),
        paragraphs: z.array(z.string().max(20_000)).max(500),
      })
      .strict(),
  )
  .length(5);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const monthDay = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int() })
  .strict();

const periodKey = z.string().trim().min(4).max(20);
const base64File = z.object({
  name: z.string().min(1).max(255),
  data: z.string().max(base64Length(MAX_FILE_BYTES)),
});

export interface PlanImportPreview {
  plan: { key: string; title: string; symbol: string; number: string };
  groups: { code: string; title: string }[];
  tasks: {
    code: string;
    group: string;
    number: string;
    text: string;
    leadText: string;
    lead: string[];
    partners: string[];
    output: string;
    deadlineText: string;
  }[];
  indicators: {
    code: string;
    parent: string | null;
    text: string;
    unit: string;
    targetText: string;
    agency: string | null;
  }[];
  issues: import('./domain/import-types').ImportIssue[];
  /** False while an error-level issue remains; the preview says what to fix. */
  canImport: boolean;
}

const planMeta = z
  .object({
    title: z.string().trim().min(1).max(1000),
    number: z.string().trim().max(20).default(''),
    symbol: z.string().trim().min(1).max(50),
    issuer: z.string().trim().min(1).max(200),
    issuedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .default(null),
  })
  .strict();

export const ARGS = {
  'app.info': z.object({}).strict(),
  'catalogue.get': z.object({ planId: id.optional() }).strict(),
  'tasks.update': z.object({ id, patch: taskPatch }).strict(),
  'indicators.update': z.object({ id, patch: indicatorPatch }).strict(),
  'agencies.create': z.object({ agency: agencyFields }).strict(),
  'agencies.update': z.object({ id, patch: agencyFields.partial() }).strict(),
  'agencies.merge': z.object({ fromId: id, intoId: id }).strict(),
  'agencies.unmerge': z.object({ id }).strict(),
  'settings.get': z.object({}).strict(),
  'settings.update': z.object({ patch: settingsPatch }).strict(),
  'plans.update': z
    .object({
      id,
      patch: z
        .object({
          title: text(1000),
          number: text(20),
          symbol: text(50),
          issuer: text(200),
          issuedOn: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .nullable(),
        })
        .partial()
        .strict(),
    })
    .strict(),
  'plans.activate': z.object({ planId: id }).strict(),
  'plans.previewImport': z.object({ file: base64File, plan: planMeta }).strict(),
  'plans.import': z.object({ file: base64File, plan: planMeta }).strict(),
  'periods.get': z.object({ period: periodKey }).strict(),
  'periods.overview': z.object({}).strict(),
  'periods.createAdhoc': z
    .object({ title: z.string().max(300), start: isoDate, end: isoDate, due: isoDate })
    .strict(),
  'periods.updateRules': z
    .object({
      rules: z
        .object({
          monthDay: z.number().int(),
          quarterDay: z.number().int(),
          halfDue: z.tuple([monthDay, monthDay]),
          yearDue: monthDay,
        })
        .strict(),
    })
    .strict(),
  'forms.generate': z
    .object({ period: periodKey, agencyIds: z.array(id).max(500).optional() })
    .strict(),
  /** Forms as a zip written by the backend, followed with jobs.get (see JobInfo). */
  'forms.start': z
    .object({ period: periodKey, agencyIds: z.array(id).max(500).optional() })
    .strict(),
  'jobs.get': z.object({ id: jobId }).strict(),
  'jobs.file': z.object({ id: jobId }).strict(),
  'imports.preview': z
    .object({
      files: z.array(base64File).min(1).max(200),
      period: periodKey.optional(),
      agencyId: id.optional(),
    })
    .strict(),
  /** The change list against the agency's previous version, after the clerk's choices. */
  'imports.diff': z
    .object({
      previewId: z.string().max(100),
      fileId: z.string().max(100),
      matches: rowMatches.optional(),
      answers: rowAnswers.optional(),
    })
    .strict(),
  'imports.commit': z
    .object({
      previewId: z.string().max(100),
      files: z
        .array(
          z
            .object({
              fileId: z.string().max(100),
              agencyId: id.optional(),
              period: periodKey.optional(),
              receivedOn: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/)
                .optional(),
              /** Row key → plan row id the user chose, or null to drop the row. */
              matches: rowMatches.optional(),
              /** Row key → the clerk's answer to a row's questions (status, completion date). */
              answers: rowAnswers.optional(),
              acceptSuggested: z.boolean().optional(),
            })
            .strict(),
        )
        .min(1)
        .max(200),
    })
    .strict(),
  'submissions.register': z.object({ period: periodKey }).strict(),
  'submissions.get': z.object({ id }).strict(),
  /** Withdraws a version; the period falls back to the agency's previous version, or to none. */
  'submissions.withdraw': z.object({ id, reason: z.string().trim().min(1).max(1000) }).strict(),
  /** An audited edit of a committed submission's received date or agency. */
  'submissions.update': z
    .object({
      id,
      patch: z.object({ receivedOn: isoDate, agencyId: id }).partial().strict(),
    })
    .strict(),
  /** An audited edit of one row: the plan row it matches (null drops it) or the reported status. */
  'submissions.updateRow': z
    .object({
      id,
      kind: z.enum(['task', 'indicator']),
      rowId: id,
      matchId: id.nullable().optional(),
      status: z.enum(['done', 'in_progress', 'not_started']).nullable().optional(),
    })
    .strict(),
  /** The agency's original file of a version, as received. */
  'submissions.file': z.object({ id }).strict(),
  /** A report taken by hand (phone call, paper letter): the agency's next version, audited. */
  'submissions.enter': z
    .object({
      agencyId: id,
      period: periodKey,
      receivedOn: isoDate,
      channel: z.enum(['phone', 'paper', 'other']),
      note: text(2000).optional(),
      docNumber: text(50).optional(),
      docDate: isoDate.optional(),
      tasks: z
        .array(
          z
            .object({
              taskId: id,
              status: z.enum(['done', 'in_progress', 'not_started']).nullable(),
              completedOn: isoDate.nullable().optional(),
              progress: text(4000).optional(),
            })
            .strict(),
        )
        .max(1000),
      values: z
        .array(
          z.object({ indicatorId: id, valueText: text(200), note: text(1000).optional() }).strict(),
        )
        .max(1000),
    })
    .strict(),
  'audit.list': z
    .object({ since: isoDate.optional(), entity: z.enum(AUDIT_ENTITIES).optional() })
    .strict(),
  'status.get': z.object({ period: periodKey }).strict(),
  /** With `reportId`: the reports as that (signed) report's stored figures have them. */
  'status.task': z.object({ period: periodKey, taskId: id, reportId: id.optional() }).strict(),
  /** Tasks whose lead reports not shipped by status.get (after the first three) match a search. */
  'status.search': z
    .object({ period: periodKey, query: z.string().max(200), reportId: id.optional() })
    .strict(),
  'reports.get': z.object({ period: periodKey }).strict(),
  'reports.narrative': z.object({ period: periodKey }).strict(),
  'reports.saveNarrative': z.object({ period: periodKey, narrative: narrativeSchema }).strict(),
  'reports.redraft': z.object({ period: periodKey }).strict(),
  'reports.generate': z.object({ period: periodKey }).strict(),
  'reports.record': z
    .object({ reportId: id, number: z.string().trim().min(1).max(20), date: isoDate })
    .strict(),
  'reports.markSigned': z.object({ reportId: id }).strict(),
  'status.trace': z
    .object({
      target: z.enum(['task', 'indicator']),
      id,
      submissionIds: z.array(id).min(1).max(20),
    })
    .strict(),
  'reports.file': z.object({ fileId: id }).strict(),
  'reports.pdf': z.object({ fileId: id }).strict(),
  'reports.reminder': z
    .object({
      period: periodKey,
      number: z.string().trim().max(20).optional(),
      date: isoDate.optional(),
      newDue: isoDate.optional(),
    })
    .strict(),
  'backups.list': z.object({}).strict(),
  /** `out`: a file path, accepted from the command line only. */
  'backups.create': z.object({ out: z.string().min(1).max(1000).optional() }).strict(),
  /** A backup's name in the backups folder (or, from the command line, a file path). */
  'backups.restore': z.object({ file: z.string().min(1).max(1000) }).strict(),
  /** A second folder for every backup (USB drive, network share); null to stop copying. */
  'backups.setFolder': z.object({ dir: z.string().trim().min(1).max(1000).nullable() }).strict(),
  'indicators.judge': z
    .object({
      indicatorId: id,
      period: periodKey,
      judgement: z.enum(['met', 'not_met']).nullable(),
    })
    .strict(),
} as const;

export interface Results {
  'app.info': AppInfo;
  'catalogue.get': Catalogue;
  'tasks.update': Task;
  'indicators.update': Indicator;
  'agencies.create': Agency;
  'agencies.update': Agency;
  'agencies.merge': Agency;
  'agencies.unmerge': Agency;
  'settings.get': DocumentSettings;
  'settings.update': DocumentSettings;
  'plans.update': Plan;
  'plans.activate': Catalogue;
  'plans.previewImport': PlanImportPreview;
  'plans.import': Plan;
  'periods.get': { period: PeriodInfo; expected: AgencyRef[] };
  'periods.overview': PeriodsOverview;
  'periods.createAdhoc': AdhocPeriodInfo;
  'periods.updateRules': import('./domain/periods').DueRules;
  'forms.generate': { files: (GeneratedFile & { agency: AgencyRef })[] };
  'forms.start': JobInfo;
  'jobs.get': JobInfo;
  'jobs.file': GeneratedFile;
  'imports.preview': ImportPreview;
  'imports.diff': { diff: ImportDiffEntry[] };
  'imports.commit': { files: CommitResult[] };
  'submissions.register': Register;
  'submissions.get': SubmissionDetail;
  'submissions.withdraw': SubmissionDetail;
  'submissions.update': SubmissionDetail;
  'submissions.updateRow': SubmissionDetail;
  'submissions.file': GeneratedFile;
  'submissions.enter': SubmissionDetail;
  'audit.list': { entries: AuditEntry[] };
  'status.get': PeriodStatus;
  'status.task': TaskPartnerReports;
  'status.search': { taskIds: number[] };
  'indicators.judge': IndicatorStatusRow;
  'reports.get': ReportWorkspace;
  'reports.narrative': ReportNarrative;
  'reports.saveNarrative': ReportNarrative;
  'reports.redraft': ReportNarrative;
  'reports.generate': { report: ReportRecord; files: (GeneratedFile & { id: number })[] };
  'reports.record': { report: ReportRecord; files: (GeneratedFile & { id: number })[] };
  'reports.markSigned': ReportWorkspace;
  'status.trace': TraceSource[];
  'reports.file': GeneratedFile;
  'reports.pdf': GeneratedFile;
  'reports.reminder': GeneratedFile & { missing: number; id: number };
  'backups.list': { dir: string; extraDir: string | null; backups: BackupInfo[] };
  'backups.create': BackupInfo;
  'backups.restore': { restored: BackupInfo; safety: BackupInfo; message: string };
  'backups.setFolder': { extraDir: string | null };
}

export type Method = keyof typeof ARGS;
export type Args<M extends Method> = z.input<(typeof ARGS)[M]>;
export type Result<M extends Method> = Results[M];
/** Arguments after validation (defaults applied): what handlers receive. */
export type ParsedArgs<M extends Method> = z.output<(typeof ARGS)[M]>;

/** The allowlist: transports refuse any name not in it before touching the backend. */
export const METHODS = Object.keys(ARGS) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ARGS, name);
}
