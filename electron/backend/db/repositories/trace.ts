// Where a task's or an indicator's figure came from: the stored row of an agency's submission,
// with the file, version and received date it belongs to.
import type { Db } from '../connection';
import type { ReportedStatus } from '../../../../shared/domain/types';

export interface TraceRow {
  submission_id: number;
  period: string;
  agency_id: number;
  agency_name: string;
  file_name: string;
  version: number;
  superseded: number;
  received_on: string;
  doc_number: string | null;
  doc_date: string | null;
  source_row: string | null;
  status: ReportedStatus | null;
  completed_on: string | null;
  value: number | null;
  value_text: string | null;
}

const SUBMISSION = `s.id AS submission_id, s.period, s.agency_id, a.name AS agency_name, s.file_name,
  s.version, s.superseded, s.received_on, s.doc_number, s.doc_date`;

/** The rows the given submissions hold for one task, in the order of the ids asked for. */
export function traceTask(db: Db, taskId: number, submissionIds: number[]): TraceRow[] {
  return db
    .prepare(
      `SELECT ${SUBMISSION}, p.source_row, p.status, p.completed_on,
              NULL AS value, NULL AS value_text
       FROM task_progress p
       JOIN submission s ON s.id = p.submission_id
       JOIN agency a ON a.id = s.agency_id
       JOIN json_each(?) j ON j.value = s.id
       WHERE p.task_id = ?
       ORDER BY j.key`,
    )
    .all(JSON.stringify(submissionIds), taskId) as TraceRow[];
}

/** The values the given submissions hold for one indicator, in the order of the ids asked for. */
export function traceIndicator(db: Db, indicatorId: number, submissionIds: number[]): TraceRow[] {
  return db
    .prepare(
      `SELECT ${SUBMISSION}, v.source_row, NULL AS status, NULL AS completed_on,
              v.value, v.value_text
       FROM indicator_value v
       JOIN submission s ON s.id = v.submission_id
       JOIN agency a ON a.id = s.agency_id
       JOIN json_each(?) j ON j.value = s.id
       WHERE v.indicator_id = ?
       ORDER BY j.key`,
    )
    .all(JSON.stringify(submissionIds), indicatorId) as TraceRow[];
}
