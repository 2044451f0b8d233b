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

export interface MatchCandidate {
  targetId: number;
  code: string;
  /** How well the wording fits this plan row alone; the row's own `confidence` is how sure the
   *  pick is among all candidates, so a close runner-up lowers it. */
  confidence: number;
}

/** At or above this a match is taken without asking; below it the user confirms. */
export const CONFIDENT_MATCH = 0.85;

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
  progress: string | null;
  difficulties: string | null;
  proposals: string | null;
  value: number | null;
  valueText: string | null;
  note: string | null;
  issues: ImportIssue[];
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
}
