// The Vietnamese words for statuses, kept in one place so that the Word report, the Excel
// appendices and the screens print exactly the same wording (ND30.md, "Status words in tables").

import { formatVnNumber } from './text';
import type { IndicatorAssessment, RegisterState, ReportedStatus, TaskStatus } from './types';

/**
 * What an agency says about a task: the words of the form's drop-down, the import screen, the
 * change list between versions and the questions put to the clerk.
 */
export const REPORTED_STATUS_LABEL: Record<ReportedStatus, string> = {
  done: 'Đã hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
};

/** A task's status for a period, as printed (the Government Office's scheme, PRODUCT.md). */
export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  in_progress: 'Đang thực hiện trong hạn',
  not_started: 'Chưa triển khai',
  overdue: 'Quá hạn, chưa hoàn thành',
  ongoing: 'Thường xuyên',
  waiting: 'Chưa đến điều kiện thực hiện',
  no_report: 'Chưa có báo cáo',
};

/** Order in which statuses are counted and listed in reports. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = [
  'done_on_time',
  'done_late',
  'in_progress',
  'not_started',
  'overdue',
  'ongoing',
  'waiting',
  'no_report',
];

/** An indicator's assessment for a period, as printed. */
export const INDICATOR_ASSESSMENT_LABEL: Record<IndicatorAssessment, string> = {
  met: 'Đạt',
  not_met: 'Chưa đạt',
  not_due: 'Chưa đến kỳ đánh giá',
  no_data: 'Chưa có số liệu',
  qualitative: 'Đánh giá định tính',
};

/** An indicator's horizon as the plan's Phụ lục I heads it: `Đến năm 2030`, `Đến năm 2045`. */
export function horizonLabel(horizon: number): string {
  return `Đến năm ${horizon}`;
}

/** Progress toward a target (`targetProgress`): `đạt 93,6% mục tiêu`. */
export function progressLabel(percent: number): string {
  return `đạt ${formatVnNumber(percent, 1)}% mục tiêu`;
}

/** Whether an agency's report for the period arrived, and when (Phụ lục III). */
export const REGISTER_STATE_LABEL: Record<RegisterState, string> = {
  on_time: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa báo cáo',
  not_expected: 'Ngoài danh sách',
};
