// Layout of the per-agency Excel form (biểu mẫu), shared by the writer (build-form.ts) and the
// reader (importer/read-our-form.ts) so that both always agree on sheet names, columns and identifiers.
import { REPORTED_STATUS_LABEL } from './status-labels';

/** Written into the hidden identification sheet; a workbook without it is not our form. */
export const FORM_MARKER = 'THBC-FORM';

/** Bump when the layout changes in a way an older reader would misread. */
export const FORM_VERSION = 1;

/**
 * Sheet protection password. Not a secret: protection only stops agencies from editing the plan's
 * wording or the hidden identifiers by accident; the secretariat can unprotect with it if needed.
 */
export const FORM_PASSWORD = 'THBC-LaiChau';

/** Titles above the two tables, numbered as Vietnamese forms are ("Biểu số 01"). */
export const TABLE_TITLE = {
  tasks: 'BIỂU SỐ 01. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  indicators: 'BIỂU SỐ 02. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
} as const;

export const SHEET = {
  info: 'Thông tin chung',
  tasks: 'Nhiệm vụ',
  indicators: 'Chỉ tiêu',
  guide: 'Hướng dẫn',
  id: '_ID',
} as const;

/** The status drop-down's words: what the import screen and the change list say too. */
export const STATUS_WORDS = REPORTED_STATUS_LABEL;

export const ROLE_WORDS = { lead: 'Chủ trì', partner: 'Phối hợp' } as const;

// ---- "Thông tin chung": label in column B, value in column C ----

export const INFO_COL = { number: 1, label: 2, value: 3 } as const;

export type InfoField =
  | 'agency'
  | 'period'
  | 'docNumber'
  | 'docDate'
  | 'person'
  | 'phone'
  | 'summary'
  | 'difficulties'
  | 'proposals';

/** Rows of the general information sheet, in order; `editable` fields are unlocked. */
export const INFO_FIELDS: readonly { field: InfoField; label: string; editable: boolean }[] = [
  { field: 'agency', label: 'Đơn vị báo cáo', editable: false },
  { field: 'period', label: 'Kỳ báo cáo', editable: false },
  { field: 'docNumber', label: 'Số văn bản báo cáo', editable: true },
  { field: 'docDate', label: 'Ngày văn bản', editable: true },
  { field: 'person', label: 'Người lập biểu', editable: true },
  { field: 'phone', label: 'Số điện thoại', editable: true },
  { field: 'summary', label: 'Kết quả nổi bật', editable: true },
  { field: 'difficulties', label: 'Khó khăn, vướng mắc', editable: true },
  { field: 'proposals', label: 'Đề xuất, kiến nghị', editable: true },
];

/** Row of the first field; the others follow one per row. */
export const INFO_FIRST_ROW = 11;

// ---- "Nhiệm vụ" and "Chỉ tiêu": title rows, one header row, then data rows ----

/** Header row of both tables (repeated on every printed page). */
export const TABLE_HEADER_ROW = 4;

/**
 * Column A of both tables (hidden, locked) carries the plan row id, `T:12` or `I:7`, so that the
 * returned file maps back to the plan even when the agency sorted or filtered the rows.
 * Group rows carry `G:I`.
 */
// Not "Mã …": tools that look for the "Mã" (code) column by prefix must not land on it.
export const ID_HEADER = 'ID';

export const TASK_COLUMNS = [
  { key: 'id', header: ID_HEADER, width: 8, editable: false },
  { key: 'number', header: 'STT', width: 5, editable: false },
  { key: 'code', header: 'Mã', width: 7, editable: false },
  { key: 'text', header: 'Nội dung nhiệm vụ', width: 40, editable: false },
  { key: 'role', header: 'Vai trò', width: 9, editable: false },
  { key: 'deadline', header: 'Thời hạn', width: 12, editable: false },
  { key: 'status', header: 'Tình trạng', width: 14, editable: true },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 12, editable: true },
  { key: 'progress', header: 'Kết quả thực hiện', width: 28, editable: true },
  { key: 'difficulties', header: 'Khó khăn, vướng mắc', width: 17, editable: true },
  { key: 'proposals', header: 'Đề xuất, kiến nghị', width: 17, editable: true },
] as const;

export const INDICATOR_COLUMNS = [
  { key: 'id', header: ID_HEADER, width: 8, editable: false },
  { key: 'number', header: 'STT', width: 5, editable: false },
  { key: 'code', header: 'Mã', width: 7, editable: false },
  { key: 'text', header: 'Chỉ tiêu', width: 48, editable: false },
  { key: 'unit', header: 'Đơn vị tính', width: 11, editable: false },
  { key: 'target', header: 'Mục tiêu', width: 24, editable: false },
  { key: 'value', header: 'Giá trị thực hiện', width: 15, editable: true },
  { key: 'note', header: 'Ghi chú', width: 30, editable: true },
] as const;

/** 1-based column of a key in a table layout. */
export function columnOf<K extends string>(columns: readonly { key: K }[], key: K): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

export type RowKind = 'T' | 'I';

export function rowId(kind: RowKind, id: number): string {
  return `${kind}:${id}`;
}

export function groupRowId(group: string): string {
  return `G:${group}`;
}

/** `T:12` → { kind: 'T', id: 12 }; anything else (group rows, blanks) → null. */
export function parseRowId(text: string): { kind: RowKind; id: number } | null {
  const m = /^\s*([TI])\s*:\s*(\d{1,9})\s*$/.exec(text);
  return m ? { kind: m[1] as RowKind, id: Number(m[2]) } : null;
}

// ---- "_ID": key in column A, values in B and C; then the list of rows sent ----

export const ID_KEY = {
  marker: 'marker',
  version: 'version',
  plan: 'plan',
  agency: 'agency',
  period: 'period',
  generated: 'generated',
  rows: 'rows',
} as const;

/**
 * `_ID` sheet, row by row:
 *   1 marker    | THBC-FORM
 *   2 version   | 1
 *   3 plan      | plan key        | plan id
 *   4 agency    | agency id       | agency name
 *   5 period    | period key
 *   6 generated | yyyy-mm-dd
 *   8 rows      | id              | code          (header of the list)
 *   9…  T or I  | task/indicator id | its code    (one row per task/indicator sent)
 */
export const ID_LIST_HEADER_ROW = 8;
