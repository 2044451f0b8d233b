import type { Db } from '../connection';
import type {
  IndicatorValue,
  ReportedStatus,
  Submission,
  SubmissionSource,
  TaskProgress,
} from '../../../../shared/domain/types';

interface SubmissionRow {
  id: number;
  agency_id: number;
  agency_name: string;
  period: string;
  file_name: string;
  sha256: string;
  source: SubmissionSource;
  received_on: string;
  doc_number: string | null;
  doc_date: string | null;
  version: number;
  superseded: number;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  channel: 'phone' | 'paper' | 'other' | null;
  entry_note: string | null;
  created_at: string;
}

const SELECT_SUBMISSION = `
  SELECT s.id, s.agency_id, a.name AS agency_name, s.period, s.file_name, s.sha256, s.source,
         s.received_on, s.doc_number, s.doc_date, s.version, s.superseded, s.withdrawn_at, s.withdrawn_reason,
         s.channel, s.entry_note,
         s.created_at
  FROM submission s JOIN agency a ON a.id = s.agency_id`;

function toSubmission(r: SubmissionRow): Submission {
  return {
    id: r.id,
    agency: { id: r.agency_id, name: r.agency_name },
    period: r.period,
    fileName: r.file_name,
    sha256: r.sha256,
    source: r.source,
    receivedOn: r.received_on,
    docNumber: r.doc_number,
    docDate: r.doc_date,
    version: r.version,
    superseded: r.superseded === 1,
    withdrawn: r.withdrawn_at !== null,
    withdrawnReason: r.withdrawn_reason,
    channel: r.channel,
    entryNote: r.entry_note,
    createdAt: r.created_at,
  };
}

export interface NewSubmission {
  planId: number;
  agencyId: number;
  period: string;
  fileName: string;
  sha256: string;
  source: SubmissionSource;
  receivedOn: string;
  docNumber: string | null;
  docDate: string | null;
  person: string | null;
  phone: string | null;
  summary: string | null;
  difficulties: string | null;
  proposals: string | null;
  bytes: Uint8Array;
  progress: Omit<TaskProgress, 'submissionId'>[];
  values: Omit<IndicatorValue, 'submissionId'>[];
}

export function findSubmissionByHash(
  db: Db,
  planId: number,
  agencyId: number,
  period: string,
  sha256: string,
): Submission | null {
  const row = db
    .prepare(
      `${SELECT_SUBMISSION} WHERE s.plan_id = ? AND s.agency_id = ? AND s.period = ? AND s.sha256 = ?`,
    )
    .get(planId, agencyId, period, sha256) as SubmissionRow | undefined;
  return row ? toSubmission(row) : null;
}

export function currentSubmission(
  db: Db,
  planId: number,
  agencyId: number,
  period: string,
): Submission | null {
  const row = db
    .prepare(
      `${SELECT_SUBMISSION} WHERE s.plan_id = ? AND s.agency_id = ? AND s.period = ? AND s.superseded = 0`,
    )
    .get(planId, agencyId, period) as SubmissionRow | undefined;
  return row ? toSubmission(row) : null;
}

export function getSubmission(db: Db, id: number): Submission | null {
  const row = db.prepare(`${SELECT_SUBMISSION} WHERE s.id = ?`).get(id) as
    SubmissionRow | undefined;
  return row ? toSubmission(row) : null;
}

/** Writes a submission as the agency's new current version for the period; one transaction. */
export function insertSubmission(db: Db, s: NewSubmission): Submission {
  return db.transaction(() => {
    const { next } = db
      .prepare(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM submission
         WHERE plan_id = ? AND agency_id = ? AND period = ?`,
      )
      .get(s.planId, s.agencyId, s.period) as { next: number };
    db.prepare(
      'UPDATE submission SET superseded = 1 WHERE plan_id = ? AND agency_id = ? AND period = ?',
    ).run(s.planId, s.agencyId, s.period);
    const id = Number(
      db
        .prepare(
          `INSERT INTO submission (plan_id, agency_id, period, file_name, sha256, source, received_on,
             doc_number, doc_date, person, phone, summary, difficulties, proposals, version, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          s.planId,
          s.agencyId,
          s.period,
          s.fileName,
          s.sha256,
          s.source,
          s.receivedOn,
          s.docNumber,
          s.docDate,
          s.person,
          s.phone,
          s.summary,
          s.difficulties,
          s.proposals,
          next,
          new Date().toISOString(),
        ).lastInsertRowid,
    );
    db.prepare('INSERT INTO submission_file (submission_id, bytes) VALUES (?, ?)').run(
      id,
      Buffer.from(s.bytes),
    );
    const progress = db.prepare(
      `INSERT INTO task_progress (submission_id, task_id, source_row, status, completed_on, progress,
         difficulties, proposals, percent, completed_approx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of s.progress) {
      progress.run(
        id,
        p.taskId,
        p.sourceRow,
        p.status,
        p.completedOn,
        p.progress,
        p.difficulties,
        p.proposals,
        p.percent,
        p.completedApprox ? 1 : 0,
      );
    }
    const value = db.prepare(
      `INSERT INTO indicator_value (submission_id, indicator_id, source_row, value, value_text, note)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const v of s.values) {
      value.run(id, v.indicatorId, v.sourceRow, v.value, v.valueText, v.note);
    }
    return getSubmission(db, id)!;
  })();
}

export function listSubmissions(db: Db, planId: number, period?: string): Submission[] {
  const rows = db
    .prepare(
      `${SELECT_SUBMISSION} WHERE s.plan_id = @plan AND (@period IS NULL OR s.period = @period)
       ORDER BY s.period, a.name, s.version`,
    )
    .all({ plan: planId, period: period ?? null }) as SubmissionRow[];
  return rows.map(toSubmission);
}

interface ProgressRow {
  submission_id: number;
  task_id: number;
  source_row: string | null;
  status: ReportedStatus | null;
  completed_on: string | null;
  progress: string | null;
  difficulties: string | null;
  proposals: string | null;
  percent: number | null;
  completed_approx: number;
}

/** Progress rows of these submissions; only one task's with `taskId`. */
export function progressOf(db: Db, submissionIds: number[], taskId?: number): TaskProgress[] {
  if (submissionIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM task_progress WHERE submission_id IN (SELECT value FROM json_each(@ids))
         AND (@task IS NULL OR task_id = @task)
       ORDER BY submission_id, task_id`,
    )
    .all({ ids: JSON.stringify(submissionIds), task: taskId ?? null }) as ProgressRow[];
  return rows.map((r) => ({
    submissionId: r.submission_id,
    taskId: r.task_id,
    sourceRow: r.source_row,
    status: r.status,
    completedOn: r.completed_on,
    progress: r.progress,
    difficulties: r.difficulties,
    proposals: r.proposals,
    percent: r.percent,
    completedApprox: r.completed_approx === 1,
  }));
}

export function valuesOf(db: Db, submissionIds: number[]): IndicatorValue[] {
  if (submissionIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT * FROM indicator_value WHERE submission_id IN (SELECT value FROM json_each(?))
       ORDER BY submission_id, indicator_id`,
    )
    .all(JSON.stringify(submissionIds)) as {
    submission_id: number;
    indicator_id: number;
    source_row: string | null;
    value: number | null;
    value_text: string | null;
    note: string | null;
  }[];
  return rows.map((r) => ({
    submissionId: r.submission_id,
    indicatorId: r.indicator_id,
    sourceRow: r.source_row,
    value: r.value,
    valueText: r.value_text,
    note: r.note,
  }));
}

export interface SubmissionDetails {
  person: string | null;
  phone: string | null;
  summary: string | null;
  difficulties: string | null;
  proposals: string | null;
}

export function submissionDetails(db: Db, id: number): SubmissionDetails | null {
  const row = db
    .prepare('SELECT person, phone, summary, difficulties, proposals FROM submission WHERE id = ?')
    .get(id) as SubmissionDetails | undefined;
  return row ?? null;
}

export function submissionFile(db: Db, id: number): Buffer | null {
  const row = db.prepare('SELECT bytes FROM submission_file WHERE submission_id = ?').get(id) as
    { bytes: Buffer } | undefined;
  return row?.bytes ?? null;
}

export function listJudgements(db: Db, period: string): Map<number, 'met' | 'not_met'> {
  const rows = db
    .prepare('SELECT indicator_id, judgement FROM indicator_judgement WHERE period = ?')
    .all(period) as { indicator_id: number; judgement: 'met' | 'not_met' }[];
  return new Map(rows.map((r) => [r.indicator_id, r.judgement]));
}

export function setJudgement(
  db: Db,
  indicatorId: number,
  period: string,
  judgement: 'met' | 'not_met' | null,
): void {
  if (judgement === null) {
    db.prepare('DELETE FROM indicator_judgement WHERE indicator_id = ? AND period = ?').run(
      indicatorId,
      period,
    );
    return;
  }
  db.prepare(
    `INSERT INTO indicator_judgement (indicator_id, period, judgement) VALUES (?, ?, ?)
     ON CONFLICT (indicator_id, period) DO UPDATE SET judgement = excluded.judgement`,
  ).run(indicatorId, period, judgement);
}

/** The agency's highest version for the period that was not withdrawn becomes the current one. */
function settleCurrent(db: Db, planId: number, agencyId: number, period: string): void {
  db.prepare(
    'UPDATE submission SET superseded = 1 WHERE plan_id = ? AND agency_id = ? AND period = ?',
  ).run(planId, agencyId, period);
  db.prepare(
    `UPDATE submission SET superseded = 0 WHERE id = (
       SELECT id FROM submission WHERE plan_id = ? AND agency_id = ? AND period = ?
         AND withdrawn_at IS NULL ORDER BY version DESC LIMIT 1)`,
  ).run(planId, agencyId, period);
}

function slotOf(db: Db, id: number): { plan_id: number; agency_id: number; period: string } {
  return db.prepare('SELECT plan_id, agency_id, period FROM submission WHERE id = ?').get(id) as {
    plan_id: number;
    agency_id: number;
    period: string;
  };
}

/** Marks a version withdrawn; the period falls back to the previous version, or to none. */
export function withdrawSubmission(db: Db, id: number, reason: string): void {
  db.prepare('UPDATE submission SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?').run(
    new Date().toISOString(),
    reason,
    id,
  );
  const s = slotOf(db, id);
  settleCurrent(db, s.plan_id, s.agency_id, s.period);
}

/** Undoes a withdrawal (the same file imported again for its slot). */
export function restoreSubmission(db: Db, id: number): void {
  db.prepare('UPDATE submission SET withdrawn_at = NULL, withdrawn_reason = NULL WHERE id = ?').run(
    id,
  );
  const s = slotOf(db, id);
  settleCurrent(db, s.plan_id, s.agency_id, s.period);
}

export function setReceivedOn(db: Db, id: number, receivedOn: string): void {
  db.prepare('UPDATE submission SET received_on = ? WHERE id = ?').run(receivedOn, id);
}

/**
 * Moves a submission to another agency (a file recorded under the wrong sender): it becomes that
 * agency's next version and both agencies' current versions are settled again.
 */
export function moveSubmission(db: Db, id: number, agencyId: number): void {
  const from = slotOf(db, id);
  const { next } = db
    .prepare(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM submission
       WHERE plan_id = ? AND agency_id = ? AND period = ?`,
    )
    .get(from.plan_id, agencyId, from.period) as { next: number };
  db.prepare('UPDATE submission SET agency_id = ?, version = ? WHERE id = ?').run(
    agencyId,
    next,
    id,
  );
  settleCurrent(db, from.plan_id, from.agency_id, from.period);
  settleCurrent(db, from.plan_id, agencyId, from.period);
}

/** Replaces what a submission carries (the clerk corrected row matches or statuses). */
export function replaceSubmissionRows(
  db: Db,
  id: number,
  progress: Omit<TaskProgress, 'submissionId'>[],
  values: Omit<IndicatorValue, 'submissionId'>[],
): void {
  db.prepare('DELETE FROM task_progress WHERE submission_id = ?').run(id);
  db.prepare('DELETE FROM indicator_value WHERE submission_id = ?').run(id);
  const p = db.prepare(
    `INSERT INTO task_progress (submission_id, task_id, source_row, status, completed_on, progress,
       difficulties, proposals, percent, completed_approx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of progress)
    p.run(
      id,
      r.taskId,
      r.sourceRow,
      r.status,
      r.completedOn,
      r.progress,
      r.difficulties,
      r.proposals,
      r.percent,
      r.completedApprox ? 1 : 0,
    );
  const v = db.prepare(
    `INSERT INTO indicator_value (submission_id, indicator_id, source_row, value, value_text, note)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const r of values) v.run(id, r.indicatorId, r.sourceRow, r.value, r.valueText, r.note);
}

/** Every stored submission of the plan with these bytes (any agency, any period). */
export function findSubmissionsByHashInPlan(db: Db, planId: number, sha256: string): Submission[] {
  const rows = db
    .prepare(`${SELECT_SUBMISSION} WHERE s.plan_id = ? AND s.sha256 = ? ORDER BY s.id`)
    .all(planId, sha256) as SubmissionRow[];
  return rows.map(toSubmission);
}

/** Marks a version as entered by hand (phone call, paper letter) with the clerk's note. */
export function setManualEntry(
  db: Db,
  id: number,
  channel: 'phone' | 'paper' | 'other',
  note: string | null,
): void {
  db.prepare('UPDATE submission SET channel = ?, entry_note = ? WHERE id = ?').run(
    channel,
    note,
    id,
  );
}
