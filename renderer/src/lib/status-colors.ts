// One palette for statuses, used by the dashboard's figures and bars and by the report tables'
// tags, so that "Quá hạn" is the same red everywhere.
import type { IndicatorAssessment, RegisterState, TaskStatus } from '../../../shared/domain/types';

export interface Tone {
  /** Bars, dots and the stripe of a figure. */
  solid: string;
  /** Text on a light background. */
  text: string;
  /** Light background of tags. */
  bg: string;
  border: string;
}

export const TASK_STATUS_TONE: Record<TaskStatus, Tone> = {
  done_on_time: { solid: '#52c41a', text: '#237804', bg: '#f6ffed', border: '#b7eb8f' },
  done_late: { solid: '#e8a317', text: '#ad6800', bg: '#fffbe6', border: '#ffe58f' },
  in_progress: { solid: '#1677ff', text: '#0958d9', bg: '#e6f4ff', border: '#91caff' },
  not_started: { solid: '#fa8c16', text: '#ad4e00', bg: '#fff7e6', border: '#ffd591' },
  overdue: { solid: '#f5222d', text: '#cf1322', bg: '#fff1f0', border: '#ffa39e' },
  ongoing: { solid: '#13c2c2', text: '#08797c', bg: '#e6fffb', border: '#87e8de' },
  waiting: { solid: '#9085b5', text: '#5b4f84', bg: '#f4f2fa', border: '#cfc8e6' },
  no_report: { solid: '#bfc4cc', text: '#595959', bg: '#fafafa', border: '#d9d9d9' },
};

export const ASSESSMENT_TONE: Record<IndicatorAssessment, Tone> = {
  met: TASK_STATUS_TONE.done_on_time,
  not_met: TASK_STATUS_TONE.overdue,
  // On its way to a target set for a later year, like work under way within its deadline.
  not_due: TASK_STATUS_TONE.in_progress,
  no_data: TASK_STATUS_TONE.no_report,
  qualitative: TASK_STATUS_TONE.waiting,
};

export const REGISTER_TONE: Record<RegisterState, Tone> = {
  on_time: TASK_STATUS_TONE.done_on_time,
  late: TASK_STATUS_TONE.done_late,
  missing: TASK_STATUS_TONE.overdue,
  not_expected: TASK_STATUS_TONE.no_report,
};

/** Inline style of a tag in a tone (antd's Tag keeps its shape, the colours come from here). */
export function toneStyle(t: Tone): { color: string; background: string; borderColor: string } {
  return { color: t.text, background: t.bg, borderColor: t.border };
}
