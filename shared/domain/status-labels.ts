// The Vietnamese words for statuses, kept in one place so that the Word report, the Excel
// appendices and the screens print exactly the same wording (ND30.md, "Status words in tables").

import type { IndicatorAssessment, RegisterState, TaskStatus } from './types';

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
  no_data: 'Chưa có số liệu',
  qualitative: 'Đánh giá định tính',
};

/** Whether an agency's report for the period arrived, and when (Phụ lục III). */
export const REGISTER_STATE_LABEL: Record<RegisterState, string> = {
  on_time: 'Đúng hạn',
  late: 'Muộn',
  missing: 'Chưa báo cáo',
  not_expected: 'Ngoài danh sách',
};
