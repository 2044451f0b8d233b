// Vietnamese wording of the intake screens: reported statuses, change kinds, sources, the agency's
// cover letter line, and the register's state filter as it appears in the address.
import { CONFIDENT_MATCH, type ImportDiffEntry } from '../../../shared/domain/import-types';
import { formatVnDate } from '../../../shared/domain/text';
import type {
  IsoDate,
  RegisterRow,
  ReportedStatus,
  SubmissionSource,
} from '../../../shared/domain/types';

/** What an agency says about a task (the same words as the form's dropdown). */
export const REPORTED_STATUS_LABEL: Record<ReportedStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};

export const DIFF_FIELD_LABEL: Record<ImportDiffEntry['field'], string> = {
  status: 'Tình trạng',
  completedOn: 'Ngày hoàn thành',
  progress: 'Kết quả',
  value: 'Giá trị',
  added: 'Thêm mới',
  removed: 'Bỏ',
};

export const SOURCE_LABEL: Record<SubmissionSource, string> = {
  form: 'Biểu mẫu của Sở',
  foreign: 'Bảng tính của đơn vị',
};

export function kindWord(kind: 'task' | 'indicator'): string {
  return kind === 'task' ? 'Nhiệm vụ' : 'Chỉ tiêu';
}

/** `215/BC-SNV ngày 05/09/2025`; either part alone; '' when neither is known. */
export function docLine(docNumber: string | null, docDate: IsoDate | null): string {
  const date = docDate ? `ngày ${formatVnDate(docDate)}` : '';
  if (docNumber && date) return `${docNumber} ${date}`;
  if (docNumber) return docNumber;
  return date ? `Văn bản ${date}` : '';
}

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

// ---- The register's state filter (`#/tiep-nhan?tinh-trang=missing`) ----

export const STATE_QUERY = 'tinh-trang';

export type RegisterFilter = 'all' | 'missing' | 'late' | 'on_time' | 'not_expected';

const FILTERS: readonly RegisterFilter[] = ['missing', 'late', 'on_time', 'not_expected'];

export function readRegisterFilter(value: string | null): RegisterFilter {
  return FILTERS.find((f) => f === value) ?? 'all';
}

/** Rows a filter keeps; the counts cards and the filter agree (late/on time count expected rows). */
export function rowMatchesFilter(row: RegisterRow, filter: RegisterFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'not_expected') return !row.expected;
  return row.expected && row.state === filter;
}

/** `1 phiên bản`, `2 phiên bản`. */
export function versionsLabel(n: number): string {
  return `${n} phiên bản`;
}

/** Confidence as users read it: `87%`. */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export function confidenceColor(confidence: number): 'green' | 'orange' | 'red' {
  if (confidence >= CONFIDENT_MATCH) return 'green';
  return confidence >= 0.6 ? 'orange' : 'red';
}
