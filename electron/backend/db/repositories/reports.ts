import type { Db } from '../connection';
import type { PeriodStatusFull, ReportFileInfo, ReportRecord } from '../../../../shared/api';
import type { NarrativeSection } from '../../../../shared/domain/types';

interface ReportRow {
  id: number;
  period: string;
  kind: 'report' | 'reminder';
  number: string | null;
  date: string | null;
  narrative: string | null;
  signed_at: string | null;
  created_at: string;
  updated_at: string;
}

function files(db: Db, reportId: number): ReportFileInfo[] {
  const rows = db
    .prepare(
      'SELECT id, format, file_name, sha256, signed, created_at FROM report_file WHERE report_id = ? ORDER BY id DESC',
    )
    .all(reportId) as {
    id: number;
    format: 'docx' | 'xlsx';
    file_name: string;
    sha256: string;
    signed: number;
    created_at: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    format: r.format,
    fileName: r.file_name,
    sha256: r.sha256,
    signed: r.signed === 1,
    createdAt: r.created_at,
  }));
}

function toRecord(db: Db, r: ReportRow): ReportRecord {
  return {
    id: r.id,
    period: r.period,
    kind: r.kind,
    number: r.number,
    date: r.date,
    narrative: r.narrative ? (JSON.parse(r.narrative) as NarrativeSection[]) : null,
    signedAt: r.signed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    files: files(db, r.id),
  };
}

export function listReports(db: Db, planId: number, period?: string): ReportRecord[] {
  const rows = db
    .prepare(
      `SELECT id, period, kind, number, date, narrative, signed_at, created_at, updated_at
       FROM report WHERE plan_id = @plan AND (@period IS NULL OR period = @period)
       ORDER BY id DESC`,
    )
    .all({ plan: planId, period: period ?? null }) as ReportRow[];
  return rows.map((r) => toRecord(db, r));
}

export function getReport(db: Db, id: number): ReportRecord | null {
  const row = db
    .prepare(
      'SELECT id, period, kind, number, date, narrative, signed_at, created_at, updated_at FROM report WHERE id = ?',
    )
    .get(id) as ReportRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function insertReport(
  db: Db,
  r: {
    planId: number;
    period: string;
    kind: 'report' | 'reminder';
    narrative: NarrativeSection[] | null;
  },
): number {
  const now = new Date().toISOString();
  return Number(
    db
      .prepare(
        'INSERT INTO report (plan_id, period, kind, narrative, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(r.planId, r.period, r.kind, r.narrative ? JSON.stringify(r.narrative) : null, now, now)
      .lastInsertRowid,
  );
}

export function updateReport(
  db: Db,
  id: number,
  patch: { narrative?: NarrativeSection[]; number?: string | null; date?: string | null },
): void {
  const current = db.prepare('SELECT * FROM report WHERE id = ?').get(id) as ReportRow;
  db.prepare(
    'UPDATE report SET narrative = ?, number = ?, date = ?, updated_at = ? WHERE id = ?',
  ).run(
    patch.narrative !== undefined ? JSON.stringify(patch.narrative) : current.narrative,
    patch.number !== undefined ? patch.number : current.number,
    patch.date !== undefined ? patch.date : current.date,
    new Date().toISOString(),
    id,
  );
}

export function addReportFile(
  db: Db,
  f: {
    reportId: number;
    format: 'docx' | 'xlsx';
    fileName: string;
    sha256: string;
    bytes: Uint8Array;
  },
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO report_file (report_id, format, file_name, sha256, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        f.reportId,
        f.format,
        f.fileName,
        f.sha256,
        Buffer.from(f.bytes),
        new Date().toISOString(),
      ).lastInsertRowid,
  );
}

export function reportFile(db: Db, id: number): { fileName: string; bytes: Buffer } | null {
  const row = db.prepare('SELECT file_name, bytes FROM report_file WHERE id = ?').get(id) as
    { file_name: string; bytes: Buffer } | undefined;
  return row ? { fileName: row.file_name, bytes: row.bytes } : null;
}

/** Keeps the content a Word file was generated from, for printing it later. */
export function addPrintContent(db: Db, reportFileId: number, content: object | string): void {
  // A string is the content already as JSON (serialised on a document thread: megabytes).
  const json = typeof content === 'string' ? content : JSON.stringify(content);
  db.prepare('INSERT INTO report_print (report_file_id, content) VALUES (?, ?)').run(
    reportFileId,
    json,
  );
}

/** The content a Word file was generated from; null for files made before it was kept. */
export function printContent(db: Db, reportFileId: number): unknown {
  const row = db
    .prepare('SELECT content FROM report_print WHERE report_file_id = ?')
    .get(reportFileId) as { content: string } | undefined;
  return row ? (JSON.parse(row.content) as unknown) : null;
}

/** Keeps the period's status a report's latest files were generated from. */
export function setReportFigures(db: Db, id: number, figures: PeriodStatusFull | string): void {
  // A string is the figures already as JSON (serialised on a document thread: megabytes).
  const json = typeof figures === 'string' ? figures : JSON.stringify(figures);
  db.prepare('UPDATE report SET figures = ? WHERE id = ?').run(json, id);
}

/** The figures a report's latest files were generated from; null before any generation. */
export function reportFigures(db: Db, id: number): PeriodStatusFull | null {
  const row = db.prepare('SELECT figures FROM report WHERE id = ?').get(id) as
    { figures: string | null } | undefined;
  return row?.figures ? (JSON.parse(row.figures) as PeriodStatusFull) : null;
}

/**
 * Marks a report as the signed version: its newest Word file and Excel appendices become the
 * signed files, and from then on the database refuses to change the report or its files.
 */
export function markReportSigned(db: Db, id: number): void {
  db.transaction(() => {
    for (const format of ['docx', 'xlsx'] as const)
      db.prepare(
        `UPDATE report_file SET signed = 1 WHERE id =
           (SELECT max(id) FROM report_file WHERE report_id = ? AND format = ?)`,
      ).run(id, format);
    db.prepare('UPDATE report SET signed_at = ? WHERE id = ?').run(new Date().toISOString(), id);
  })();
}
