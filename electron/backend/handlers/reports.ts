// The period's compiled report: narrative drafted from the agencies' words and edited by the
// user, generated Word report and Excel appendices kept in a history with their hashes, the
// number and date recorded after signing, and the reminder letter to missing agencies.
import { createHash } from 'node:crypto';
import type {
  GeneratedFile,
  PeriodStatus,
  ReportEntry,
  ReportNarrative,
  ReportRecord,
  ReportWorkspace,
} from '../../../shared/api';
import { docNumber } from '../../../shared/domain/doc-number';
import { draftNarrative } from '../../../shared/domain/narrative';
import type { NarrativeSection, Period, Plan } from '../../../shared/domain/types';
import { AppError, validationError } from '../../../shared/errors';
import type { BackendContext } from '../context';
import {
  addPrintContent,
  addReportFile,
  getReport,
  insertReport,
  listReports,
  markReportSigned,
  printContent,
  reportFigures,
  reportFile,
  setReportFigures,
  updateReport,
} from '../db/repositories/reports';
import { isDocumentContent } from '../reports/document-model';
import { writeDocx } from '../reports/word-writer';
import { contactLine, reminderContent } from '../reports/reminder-letter';
import { planShortName } from '../reports/report-model';
import { convertToPdf } from '../reports/office-pdf';
import { activeCatalogue, activePlan } from './catalogue';
import { describePeriod, resolvePeriod } from './periods';
import { getSettings } from './settings';
import { periodStatus, withoutPartnerReports } from './status';
import { docPool } from '../workers/doc-pool';

function context(ctx: BackendContext, periodKey: string) {
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  return { c, plan, period, status: periodStatus(ctx, c, plan, period) };
}

type Context = ReturnType<typeof context>;

/** `known`: the period's context already worked out by the caller (the status is not cheap). */
function draft(
  ctx: BackendContext,
  periodKey: string,
  known: Context = context(ctx, periodKey),
): NarrativeSection[] {
  const { c, plan, period, status } = known;
  return draftNarrative({
    periodLabel: status.period.label,
    period,
    planTitle: plan.title,
    planShortName: planShortName(plan),
    groups: c.groups
      .filter((g) => g.planId === plan.id)
      .map((g) => ({ code: g.code, title: g.title })),
    tasks: status.tasks,
    indicators: status.indicators,
    register: status.register,
  });
}

/** A report as the workspace lists it: its narrative stays behind (`reports.narrative`). */
function entry({ narrative: _narrative, ...rest }: ReportRecord): ReportEntry {
  return rest;
}

/** The period's reports (not the letters), newest first, narratives included. */
function periodReports(ctx: BackendContext, periodKey: string): ReportRecord[] {
  const plan = activePlan(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  return listReports(ctx.db, plan.id, period.key).filter((r) => r.kind === 'report');
}

/** The period's report being prepared (the latest), with its narrative; null before any. */
export function latestReport(ctx: BackendContext, periodKey: string): ReportRecord | null {
  return periodReports(ctx, periodKey)[0] ?? null;
}

export function getWorkspace(ctx: BackendContext, periodKey: string): ReportWorkspace {
  const plan = activePlan(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  const records = listReports(ctx.db, plan.id, period.key);
  const reports = records.filter((r) => r.kind === 'report');
  const history = reports.map(entry);
  const signed = history.find((r) => r.signedAt !== null) ?? null;
  return {
    period: describePeriod(period),
    report: history[0] ?? null,
    drafted: (reports[0]?.narrative ?? null) === null,
    history,
    signed: signed ? { report: signed, figures: signedFigures(ctx, signed.id) } : null,
    letters: records.filter((r) => r.kind === 'reminder').map(entry),
  };
}

/** The saved narrative of the period's report, or a fresh draft from the agencies' reports. */
export function getNarrative(
  ctx: BackendContext,
  periodKey: string,
  known?: Context,
): ReportNarrative {
  const saved = latestReport(ctx, periodKey)?.narrative ?? null;
  return saved
    ? { narrative: saved, drafted: false }
    : { narrative: draft(ctx, periodKey, known), drafted: true };
}

/** A signed report's kept figures as the screens read them (`status.task` with its id for more). */
function signedFigures(ctx: BackendContext, reportId: number): PeriodStatus | null {
  const kept = reportFigures(ctx.db, reportId);
  return kept ? withoutPartnerReports(kept) : null;
}

const SIGNED_FROZEN =
  'Báo cáo này đã được đánh dấu là bản đã ký nên được giữ nguyên; tạo báo cáo mới nếu cần một bản khác.';

/**
 * The report being prepared for the period; created on first save or generation, and again
 * after the latest one was marked as signed (a signed report is never changed).
 */
function openReport(
  ctx: BackendContext,
  plan: Plan,
  period: Period,
  narrative: NarrativeSection[],
): ReportRecord {
  const existing = listReports(ctx.db, plan.id, period.key).find((r) => r.kind === 'report');
  if (existing && existing.signedAt === null) return existing;
  return getReport(
    ctx.db,
    insertReport(ctx.db, { planId: plan.id, period: period.key, kind: 'report', narrative }),
  )!;
}

export function saveNarrative(
  ctx: BackendContext,
  periodKey: string,
  narrative: NarrativeSection[],
): ReportNarrative {
  const { plan, period } = context(ctx, periodKey);
  const clean = narrative.map((s) => ({
    ...s,
    title: s.title.normalize('NFC').trim(),
    paragraphs: s.paragraphs.map((p) => p.normalize('NFC').trim()).filter((p) => p !== ''),
  }));
  ctx.db.transaction(() => {
    const report = openReport(ctx, plan, period, clean);
    updateReport(ctx.db, report.id, { narrative: clean });
  })();
  return getNarrative(ctx, period.key);
}

/** Throws away the user's edits and drafts again from the current submissions. */
export function redraft(ctx: BackendContext, periodKey: string): ReportNarrative {
  return saveNarrative(ctx, periodKey, draft(ctx, periodKey));
}

type Generated = { report: ReportRecord; files: (GeneratedFile & { id: number })[] };

/**
 * Writes the Word report and the Excel appendices of the period; `record` runs inside the
 * transaction that keeps them (the audit entry: if it fails, nothing is kept).
 */
export async function generateReport(
  ctx: BackendContext,
  periodKey: string,
  record: (generated: Generated) => void = () => {},
): Promise<Generated> {
  // The catalogue, then the status, then the rest, each on a turn of its own: on a large plan each
  // takes tens of milliseconds, together they held other calls up.
  const { c, plan } = activeCatalogue(ctx);
  const period = resolvePeriod(ctx, plan, periodKey);
  await otherCallsFirst();
  const status = periodStatus(ctx, c, plan, period);
  const known = { c, plan, period, status };
  await otherCallsFirst();
  const latest = latestReport(ctx, period.key);
  const { narrative, drafted } = getNarrative(ctx, period.key, known);
  // The report being drafted; without one (or once it is signed) a new one, opened with its files.
  const drafting = latest && latest.signedAt === null ? latest : null;
  const settings = getSettings(ctx);
  const model = {
    settings,
    plan,
    period,
    number: drafting?.number ?? null,
    date: drafting?.date ?? null,
    narrative,
    tasks: status.tasks,
    indicators: status.indicators,
    register: status.register,
    groups: c.groups.filter((g) => g.planId === plan.id),
  };
  await otherCallsFirst();
  // Word and Excel on the pool's two threads side by side; other calls keep answering meanwhile
  // (workers/doc-pool.ts). Handing the model to a thread copies it: one copy, then other calls.
  const word = docPool().run({ kind: 'reportWord', model });
  await otherCallsFirst();
  const excel = docPool().run({ kind: 'reportExcel', model, figures: status });
  const [{ docx, content }, { xlsx, figures }] = await Promise.all([word, excel]);
  const stem = `BaoCao_${period.key}${model.number ? `_so-${model.number}` : ''}`;
  const generated = ctx.db.transaction(() => {
    const report = drafting ?? openReport(ctx, plan, period, narrative);
    if (drafted) updateReport(ctx.db, report.id, { narrative });
    const files = [
      { format: 'docx' as const, fileName: `${stem}.docx`, bytes: docx },
      { format: 'xlsx' as const, fileName: `PhuLuc_${stem}.xlsx`, bytes: xlsx },
    ].map((f) => {
      const id = addReportFile(ctx.db, { reportId: report.id, ...f, sha256: sha256(f.bytes) });
      return { id, fileName: f.fileName, data: Buffer.from(f.bytes).toString('base64') };
    });
    const made = { report: getReport(ctx.db, report.id)!, files };
    record(made);
    return made;
  })();
  // What the files were made from, kept beside them: the figures, so that a signed report can be
  // read back as it was, and the Word file's content, for printing. Some 10 MB of JSON on a large
  // plan, written each on a turn of its own after the files (other calls waited 100 ms for them
  // inside one transaction); a file without them is read and printed as older files are.
  await otherCallsFirst();
  setReportFigures(ctx.db, generated.report.id, figures);
  await otherCallsFirst();
  addPrintContent(ctx.db, generated.files[0]!.id, content);
  return generated;
}

/**
 * Records the signed document's number and date, then writes the report again with them;
 * `record` runs in the transaction that records them (the audit entry: if it fails, they are not).
 */
export async function recordSigning(
  ctx: BackendContext,
  reportId: number,
  number: string,
  date: string,
  record: (report: ReportRecord) => void = () => {},
): Promise<Generated> {
  const report = getReport(ctx.db, reportId);
  if (!report || report.kind !== 'report')
    throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này.');
  if (report.signedAt !== null) throw new AppError('VALIDATION', SIGNED_FROZEN);
  const printed = docNumber(number);
  if (printed === null)
    throw new AppError(
      'VALIDATION',
      'Số văn bản chỉ gồm chữ số (ví dụ: 12); ký hiệu /BC-… được thêm tự động.',
      {
        fields: [{ field: 'number', message: 'Số văn bản chỉ gồm chữ số (ví dụ: 12).' }],
      },
    );
  ctx.db.transaction(() => {
    updateReport(ctx.db, reportId, { number: printed, date });
    record(report);
  })();
  return generateReport(ctx, report.period);
}

/**
 * Marks the report as the official, signed version (Bản đã ký): its figures, narrative and newest
 * files are kept as generated; later imports and generations leave it as it is.
 */
export function markSigned(ctx: BackendContext, reportId: number): ReportWorkspace {
  const report = getReport(ctx.db, reportId);
  if (!report || report.kind !== 'report')
    throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo này.');
  if (report.signedAt !== null)
    throw new AppError('VALIDATION', 'Báo cáo này đã được đánh dấu là bản đã ký.');
  if (report.files.length === 0)
    throw new AppError('VALIDATION', 'Hãy tạo báo cáo Word và phụ lục Excel trước khi đánh dấu.');
  if (!report.number || !report.date)
    throw new AppError(
      'VALIDATION',
      'Hãy ghi số và ngày ký của văn bản trước khi đánh dấu là bản đã ký.',
    );
  markReportSigned(ctx.db, report.id);
  return getWorkspace(ctx, report.period);
}

export function downloadReportFile(ctx: BackendContext, fileId: number): GeneratedFile {
  const file = reportFile(ctx.db, fileId);
  if (!file) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp trong lịch sử báo cáo.');
  return { fileName: file.fileName, data: file.bytes.toString('base64') };
}

/**
 * A history file as PDF. The desktop app prints the Word report's own content through Chromium
 * (printToPDF); elsewhere, and for the Excel appendices, the file itself is converted by
 * LibreOffice or the user's Office.
 */
export async function reportPdf(ctx: BackendContext, fileId: number): Promise<GeneratedFile> {
  const file = reportFile(ctx.db, fileId);
  if (!file) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp trong lịch sử báo cáo.');
  const content = ctx.printer ? printContent(ctx.db, fileId) : null;
  let pdf: Buffer;
  if (ctx.printer && isDocumentContent(content)) {
    // Loaded on first use: pdf-lib takes ~150 ms to load and only the desktop app prints.
    const { printDocument } = await import('../reports/chromium-pdf');
    pdf = Buffer.from(await printDocument(content, ctx.printer));
  } else {
    pdf = await convertToPdf(file.bytes, file.fileName);
  }
  return {
    fileName: file.fileName.replace(/\.(docx|xlsx)$/i, '.pdf'),
    data: pdf.toString('base64'),
  };
}

/**
 * The reminder letter to the agencies still missing, kept in the period's history (with its hash,
 * and its content for printing) like the report, since it is signed and sent too; `record` runs
 * inside the transaction that keeps it (the audit entry: if it fails, the letter is not kept).
 */
export async function reminderLetter(
  ctx: BackendContext,
  args: { period: string; number?: string; date?: string; newDue?: string },
  record: (letter: { id: number; fileName: string; missing: number }) => void = () => {},
): Promise<GeneratedFile & { missing: number; id: number }> {
  const { plan, period, status } = context(ctx, args.period);
  const missing = status.register.filter((r) => r.expected && r.state === 'missing');
  if (missing.length === 0)
    throw new AppError(
      'VALIDATION',
      'Tất cả đơn vị đã gửi báo cáo kỳ này; không cần công văn đôn đốc.',
    );
  const number = args.number ? docNumber(args.number) : null;
  if (args.number && number === null)
    throw validationError([
      { field: 'number', message: 'Số công văn chỉ gồm chữ số (ví dụ: 12).' },
    ]);
  const settings = getSettings(ctx);
  const content = reminderContent({
    settings,
    plan,
    period,
    number,
    date: args.date ?? null,
    missing: missing.map((r) => ({ name: r.agency.name })),
    due: period.due,
    newDue: args.newDue ?? defaultNewDue(args.date ?? null),
    contact: contactLine(settings.contactPerson, settings.contactPhone),
  });
  const bytes = await writeDocx(content);
  const fileName = `CongVan_DonDoc_${period.key}${number ? `_so-${number}` : ''}.docx`;
  const id = ctx.db.transaction(() => {
    const letter = insertReport(ctx.db, {
      planId: plan.id,
      period: period.key,
      kind: 'reminder',
      narrative: null,
    });
    updateReport(ctx.db, letter, { number, date: args.date ?? null });
    const fileId = addReportFile(ctx.db, {
      reportId: letter,
      format: 'docx',
      fileName,
      bytes,
      sha256: sha256(bytes),
    });
    addPrintContent(ctx.db, fileId, content);
    record({ id: fileId, fileName, missing: missing.length });
    return fileId;
  })();
  return { id, fileName, data: Buffer.from(bytes).toString('base64'), missing: missing.length };
}

/** A letter always names a date: seven days after the letter (or today) unless one is given. */
function defaultNewDue(letterDate: string | null): string {
  const from = letterDate ? new Date(`${letterDate}T00:00:00Z`) : new Date();
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 7));
  return d.toISOString().slice(0, 10);
}

/** Lets the calls waiting for this thread be answered before going on (one event-loop turn). */
function otherCallsFirst(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
