// What the importer extracts from one file, before anything is written: shown in the preview,
// printed by `cli import --json`, and committed as one submission.
import type { AgencyRef, IsoDate, ReportedStatus, Submission, SubmissionSource } from './types';

export interface ImportIssue {
  sheet: string | null;
  /** 1-based row of the file, null for file-level issues. */
  row: number | null;
  /** Column letter (`E`), null when not tied to a cell. */
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

/** An issue about the file as a whole: no sheet, row or column. */
export function fileIssue(
  message: string,
  severity: ImportIssue['severity'] = 'error',
): ImportIssue {
  return { sheet: null, row: null, column: null, message, severity };
}

export interface MatchCandidate {
  targetId: number;
  code: string;
  /** How well the wording fits this plan row alone; the row's own `confidence` is how sure the
   *  pick is among all candidates, so a close runner-up lowers it. */
  confidence: number;
}

/** At or above this a match is taken without asking; below it the user confirms. */
export const CONFIDENT_MATCH = 0.85;

/**
 * "Chấp nhận gợi ý" takes suggested matches at or above this confidence; a guess below it stays a
 * question the clerk must answer row by row. Two plan rows that fit about equally give 0.5–0.65,
 * so such a coin toss is never taken.
 */
export const SUGGESTION_FLOOR = 0.7;

/** Something the importer could not read with confidence in one row; the clerk answers it. */
export interface RowQuestion {
  field: 'status' | 'completedOn' | 'value';
  message: string;
}

export interface ImportRow {
  /** Stable within a preview: `${sheet}!${row}`. */
  key: string;
  sheet: string;
  row: number;
  kind: 'task' | 'indicator';
  /** Matched plan row (task or indicator id), null when nothing matched. */
  targetId: number | null;
  code: string | null;
  /** 0–1; 1 for our own forms' identified rows. */
  confidence: number;
  /** The user is asked about this row (low confidence or no match). */
  uncertain: boolean;
  /** Best alternatives, best first, for the user to pick from. */
  candidates: MatchCandidate[];
  /** The row's task/indicator wording as written in the file. */
  text: string;
  status: ReportedStatus | null;
  completedOn: IsoDate | null;
  /** The file gave only the month: `completedOn` is that month's last day. */
  completedApprox: boolean;
  /** Progress percentage the file gives (0–100), kept beside the status. */
  percent: number | null;
  progress: string | null;
  difficulties: string | null;
  proposals: string | null;
  value: number | null;
  valueText: string | null;
  note: string | null;
  issues: ImportIssue[];
  /** Readings in doubt (status, date): the row is not written until the clerk answers. */
  questions: RowQuestion[];
}

/** General information of a submission (our form's first sheet, or a foreign file's title block). */
export interface ImportHeader {
  agencyText: string | null;
  periodText: string | null;
  docNumber: string | null;
  docDate: IsoDate | null;
  person: string | null;
  phone: string | null;
  summary: string | null;
  difficulties: string | null;
  proposals: string | null;
}

/** Result of reading one file's content, before agency/period resolution and duplicate checks. */
export interface Extraction {
  source: SubmissionSource;
  /** Set when the file identifies them exactly (our forms). */
  agencyId: number | null;
  period: string | null;
  header: ImportHeader;
  rows: ImportRow[];
  issues: ImportIssue[];
  /** Notes about how the file was read (hidden columns left out, a column read by its content). */
  notes: string[];
  /** The lead-agency column's text of each task row ("Đơn vị chủ trì"), as evidence of the sender. */
  leadTexts: string[];
}

/** A change between an agency's previous version for the period and the file being imported. */
export interface ImportDiffEntry {
  kind: 'task' | 'indicator';
  code: string;
  field: 'status' | 'completedOn' | 'progress' | 'value' | 'added' | 'removed';
  before: string | null;
  after: string | null;
}

export interface FilePreview {
  fileId: string;
  file: string;
  sha256: string;
  size: number;
  /** False when the file cannot be read at all; `message` says why and what to do. */
  ok: boolean;
  message: string | null;
  source: SubmissionSource | null;
  agency: AgencyRef | null;
  /** How the agency was found: from our form, the title block/file name, or the user's choice. */
  agencySource: 'form' | 'detected' | 'chosen' | null;
  /**
   * Why the sending agency must be confirmed before writing (title, file name and the rows' lead
   * agencies disagree, or only an abbreviation was found); null when the evidence is clear.
   */
  agencyQuestion: string | null;
  /** The file gives no document date: the clerk must enter the received date. */
  needsReceivedOn: boolean;
  /** Another file of this batch is for the same agency and period: its name. */
  sameBatchAs: string | null;
  period: string | null;
  header: ImportHeader | null;
  rows: ImportRow[];
  issues: ImportIssue[];
  /** Notes about the file as a whole, e.g. legacy encodings converted. */
  notes: string[];
  /** The identical file was already imported for this agency and period. */
  duplicateOf: Submission | null;
  /** The current version this file would supersede. */
  previous: Submission | null;
  diff: ImportDiffEntry[];
}

export interface ImportPreview {
  id: string;
  files: FilePreview[];
}

export interface CommitResult {
  fileId: string;
  file: string;
  ok: boolean;
  /** Nothing was written because the identical file is already there. */
  unchanged: boolean;
  message: string;
  submission: Submission | null;
  /**
   * The same file was already stored and the clerk's choices (received date, rows) differ: the
   * stored submission was corrected in place and the change recorded in the audit log.
   */
  corrected?: boolean;
  /** What the correction changed. */
  diff?: ImportDiffEntry[];
}
