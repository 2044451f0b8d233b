// Vietnamese wording of the intake screen: change kinds, sources, confidence, and the register's
// state filter as it appears in the address. Words other screens show too: lib/submission-labels.ts.
import { CONFIDENT_MATCH, type ImportDiffEntry } from '../../../../shared/domain/import-types';
import type { RegisterRow, SubmissionSource } from '../../../../shared/domain/types';

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
