// Issue 9: a report marked as signed (Bản đã ký) is a record — a new version imported for the
// period leaves its stored figures and files as they were, and a new generation is a new unsigned
// report — and every task status and indicator value traces back to the agency's file, sheet and
// row, version and received date (Truy vết).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSourceRow } from '../../electron/backend/handlers/trace';
import type { PeriodStatus, ReportNarrative, ReportWorkspace } from '../../shared/api';
import { memoryBackend } from './helpers';
import { fillForm, importAll } from './import-helpers';

const PERIOD = '2025-Q3';

let app: ReturnType<typeof memoryBackend>;
let form: { fileName: string; data: string };
let before: PeriodStatus;

async function importFilled(seed: number, receivedOn: string) {
  const filled = await fillForm(form.fileName, form.data, seed);
  const { commit } = await importAll(app, [{ name: filled.name, data: filled.data }], {
    period: PERIOD,
    receivedOn,
  });
  expect(commit.files.every((f) => f.ok)).toBe(true);
}

/** A task the agency leads and reported on, and an indicator whose value came from its form. */
function traced(status: PeriodStatus) {
  const task = status.tasks.find((t) => t.leadReports.length === 1)!;
  const indicator = status.indicators.find((x) => x.submissionId != null && x.value !== null)!;
  return { task, indicator };
}

beforeAll(async () => {
  app = memoryBackend();
  const forms = await app.call('forms.generate', { period: PERIOD });
  // The agency leading the most tasks that also reports indicators: Sở KH&CN in the seed.
  form = forms.files.find((f) => /KHCN/i.test(f.fileName)) ?? forms.files[0]!;
  await importFilled(0, '2025-09-08');
  before = await app.call('status.get', { period: PERIOD });
}, 60_000);

afterAll(() => app.close());

describe('the signed report', () => {
  let signed: ReportWorkspace;
  let signedNarrative: ReportNarrative;
  let fileBytes: Map<number, string>;

  it('cannot be marked before it is generated, numbered and dated', async () => {
    await app.call('reports.generate', { period: PERIOD });
    const ws = await app.call('reports.get', { period: PERIOD });
    await expect(app.call('reports.markSigned', { reportId: ws.report!.id })).rejects.toThrow(
      /ghi số và ngày ký/,
    );
  });

  it('is marked after its number and date are recorded, and the history says which files', async () => {
    const reportId = (await app.call('reports.get', { period: PERIOD })).report!.id;
    // ND30 numbers are digits only: the screen refuses "12a" and so does the backend.
    await expect(
      app.call('reports.record', { reportId, number: '12a', date: '2025-10-05' }),
    ).rejects.toThrow('Số văn bản chỉ gồm chữ số');
    const recorded = await app.call('reports.record', {
      reportId,
      number: '12',
      date: '2025-10-05',
    });
    signed = await app.call('reports.markSigned', { reportId: recorded.report.id });
    signedNarrative = await app.call('reports.narrative', { period: PERIOD });
    expect(signedNarrative.drafted).toBe(false);
    expect(signed.report!.signedAt).not.toBeNull();
    expect(signed.signed!.report.id).toBe(recorded.report.id);
    const signedFiles = signed.signed!.report.files.filter((f) => f.signed);
    expect(signedFiles.map((f) => f.fileName).sort()).toEqual(
      recorded.files.map((f) => f.fileName).sort(),
    );
    expect(signedFiles.map((f) => f.id).sort()).toEqual(recorded.files.map((f) => f.id).sort());
    // The two files generated before the number are kept in the history, not as the signed ones.
    expect(signed.signed!.report.files.filter((f) => !f.signed)).toHaveLength(2);
    expect(signed.signed!.figures!.tasks).toEqual(before.tasks);
    expect(signed.signed!.figures!.indicators).toEqual(before.indicators);
    fileBytes = new Map();
    for (const f of signedFiles)
      fileBytes.set(f.id, (await app.call('reports.file', { fileId: f.id })).data);
    await expect(app.call('reports.markSigned', { reportId: recorded.report.id })).rejects.toThrow(
      /đã được đánh dấu/,
    );
  });

  it('keeps its figures, narrative and files when a new version of a submission is imported', async () => {
    await importFilled(1, '2025-09-20');
    const now = await app.call('status.get', { period: PERIOD });
    // The new version changed what the period's status says ...
    expect(now.tasks.map((t) => t.status)).not.toEqual(before.tasks.map((t) => t.status));
    expect(now.indicators.map((x) => x.value)).not.toEqual(before.indicators.map((x) => x.value));
    // ... and the signed report still says what it said when it was signed.
    const ws = await app.call('reports.get', { period: PERIOD });
    expect(ws.signed!.report.id).toBe(signed.signed!.report.id);
    expect(ws.signed!.figures).toEqual(signed.signed!.figures);
    // Still the latest report, so the period's narrative is the signed one's.
    expect(ws.report!.id).toBe(signed.signed!.report.id);
    expect(await app.call('reports.narrative', { period: PERIOD })).toEqual(signedNarrative);
    expect(ws.signed!.report.files).toEqual(signed.signed!.report.files);
    for (const [id, data] of fileBytes)
      expect((await app.call('reports.file', { fileId: id })).data).toBe(data);
  });

  it('is never renumbered, and a new generation is a new unsigned report', async () => {
    const signedId = signed.signed!.report.id;
    await expect(
      app.call('reports.record', { reportId: signedId, number: '13', date: '2025-10-06' }),
    ).rejects.toThrow(/bản đã ký/);
    const generated = await app.call('reports.generate', { period: PERIOD });
    expect(generated.report.id).not.toBe(signedId);
    expect(generated.report).toMatchObject({ signedAt: null, number: null, date: null });
    expect(generated.report.files.every((f) => !f.signed)).toBe(true);
    const ws = await app.call('reports.get', { period: PERIOD });
    expect(ws.report!.id).toBe(generated.report.id);
    expect(ws.history.map((r) => r.id)).toEqual([generated.report.id, signedId]);
    expect(ws.signed!.report).toEqual(signed.signed!.report);
    expect(ws.signed!.figures).toEqual(signed.signed!.figures);
    // Saving the narrative writes to the new report, never to the signed one.
    const drafted = await app.call('reports.narrative', { period: PERIOD });
    await app.call('reports.saveNarrative', {
      period: PERIOD,
      narrative: drafted.narrative.map((s, i) =>
        i === 0 ? { ...s, paragraphs: ['Sửa sau khi ký.'] } : s,
      ),
    });
    const after = await app.call('reports.get', { period: PERIOD });
    expect(after.report!.id).toBe(generated.report.id);
    // The signed report was not touched (its updatedAt moves with any write).
    expect(after.signed!.report).toEqual(signed.signed!.report);
    const saved = await app.call('reports.narrative', { period: PERIOD });
    expect(saved.narrative[0]!.paragraphs).toEqual(['Sửa sau khi ký.']);
    expect(saved.narrative).not.toEqual(signedNarrative.narrative);
  });

  it('is refused by the database itself if anything tries to change it', () => {
    const id = signed.signed!.report.id;
    expect(() =>
      app.ctx.db.prepare("UPDATE report SET number = '99' WHERE id = ?").run(id),
    ).toThrow(/signed/);
    const fileId = signed.signed!.report.files.find((f) => f.signed)!.id;
    expect(() => app.ctx.db.prepare('DELETE FROM report_file WHERE id = ?').run(fileId)).toThrow(
      /signed/,
    );
  });
});

describe('tracing a figure back to its source (Truy vết)', () => {
  it('a task status: agency, file, sheet and row, version and received date', async () => {
    const now = await app.call('status.get', { period: PERIOD });
    const { task } = traced(now);
    const report = task.leadReports[0]!;
    const [source] = await app.call('status.trace', {
      target: 'task',
      id: task.taskId,
      submissionIds: [report.submissionId],
    });
    expect(source).toMatchObject({
      submissionId: report.submissionId,
      period: PERIOD,
      agency: report.agency,
      fileName: expect.stringMatching(/\.xlsx$/),
      sheet: expect.stringMatching(/^Nhiệm vụ/),
      row: expect.any(Number),
      version: 2,
      superseded: false,
      receivedOn: '2025-09-20',
      status: report.status,
    });
    expect(source!.sourceRow).toBe(`${source!.sheet}!${source!.row}`);
    const detail = await app.call('submissions.get', { id: report.submissionId });
    expect(detail.progress.find((p) => p.taskId === task.taskId)!.sourceRow).toBe(
      source!.sourceRow,
    );
  });

  it('an indicator value, and the signed figures trace to the version they were taken from', async () => {
    const ws = await app.call('reports.get', { period: PERIOD });
    const { indicator } = traced(ws.signed!.figures!);
    const [source] = await app.call('status.trace', {
      target: 'indicator',
      id: indicator.indicatorId,
      submissionIds: [indicator.submissionId!],
    });
    expect(source).toMatchObject({
      agency: indicator.reportedBy,
      sheet: expect.stringMatching(/^Chỉ tiêu/),
      row: expect.any(Number),
      version: 1,
      superseded: true,
      receivedOn: '2025-09-08',
      value: indicator.value,
    });
    await expect(
      app.call('status.trace', {
        target: 'indicator',
        id: indicator.indicatorId,
        submissionIds: [999],
      }),
    ).rejects.toThrow(/Không tìm thấy số liệu/);
  });
});

describe('the stored source row', () => {
  it('splits into sheet and row, and keeps what has no row as text only', () => {
    expect(splitSourceRow('Nhiệm vụ!12')).toEqual({ sheet: 'Nhiệm vụ', row: 12 });
    expect(splitSourceRow("'Biểu 1!A'!7")).toEqual({ sheet: 'Biểu 1!A', row: 7 });
    expect(splitSourceRow('Chỉ tiêu')).toEqual({ sheet: null, row: null });
    expect(splitSourceRow('Sheet1!x')).toEqual({ sheet: null, row: null });
    expect(splitSourceRow(null)).toEqual({ sheet: null, row: null });
  });
});
