// Rules for reading our own form after the edits offices make (the corpus is in
// test/fixtures/form-edits; each rule here has its own focused case).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { buildAgencyForm } from '../../electron/backend/forms/build-form';
import { readOurForm, type KnownRows } from '../../electron/backend/importer/read-our-form';
import { readWorkbook } from '../../electron/backend/importer/read-workbook';
import type { Catalogue } from '../../shared/api';
import { workOf } from '../../shared/domain/agency-work';
import { SHEET, TABLE_HEADER_ROW } from '../../shared/domain/form-layout';
import { SUGGESTION_FLOOR, type ImportRow } from '../../shared/domain/import-types';
import { periodFromKey } from '../../shared/domain/periods';
import type { DocumentSettings } from '../../shared/domain/types';
import { memoryBackend } from './helpers';

let app: ReturnType<typeof memoryBackend>;
let c: Catalogue;
let settings: DocumentSettings;
let known: KnownRows;

beforeAll(async () => {
  app = memoryBackend();
  c = await app.call('catalogue.get', {});
  settings = await app.call('settings.get', {});
  known = {
    taskIds: new Map(c.tasks.map((t) => [t.id, t.code])),
    indicatorIds: new Map(c.indicators.map((x) => [x.id, x.code])),
    taskTexts: new Map(c.tasks.map((t) => [t.id, t.text])),
  };
});
afterAll(() => app.close());

async function form(agencyName: string, period = '2025-Q3'): Promise<ExcelJS.Workbook> {
  const a = c.agencies.find((x) => x.name === agencyName)!;
  const work = workOf(c, a.id);
  const bytes = await buildAgencyForm({
    plan: c.plans[0]!,
    period: periodFromKey(period),
    agency: a,
    tasks: work.tasks,
    indicators: work.indicators,
    settings,
    generatedOn: '2025-08-20',
    groups: c.groups,
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function read(wb: ExcelJS.Workbook) {
  const r = await readWorkbook(await bytesOf(wb), 'BieuMau.xlsx');
  if (!r.ok) throw new Error(r.message);
  return readOurForm(r.workbook, known, { today: '2025-09-20' })!;
}

function col(ws: ExcelJS.Worksheet, header: string): number {
  for (let i = 1; i <= ws.columnCount; i++)
    if (ws.getCell(TABLE_HEADER_ROW, i).value === header) return i;
  throw new Error(header);
}

function rowOf(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = TABLE_HEADER_ROW + 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, col(ws, 'Mã')).value === code) return r;
  throw new Error(code);
}

function put(ws: ExcelJS.Worksheet, code: string, values: Record<string, ExcelJS.CellValue>) {
  for (const [h, v] of Object.entries(values)) ws.getCell(rowOf(ws, code), col(ws, h)).value = v;
}

function infoRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === label) return r;
  throw new Error(label);
}

const byCode = (e: { rows: ImportRow[] }, code: string): ImportRow =>
  e.rows.find((r) => r.code === code)!;

describe('our form after edits: the reader', () => {
  it('still reads status, date and figure when the agency deleted the other answer columns', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '15/08/2025' });
    tasks.spliceColumns(col(tasks, 'Khó khăn, vướng mắc'), 2);
    const ind = wb.getWorksheet(SHEET.indicators)!;
    put(ind, '5', { 'Giá trị thực hiện': '26,5' });
    ind.spliceColumns(col(ind, 'Ghi chú'), 1);
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({
      status: 'done',
      completedOn: '2025-08-15',
      difficulties: null,
    });
    expect(byCode(e, '5')).toMatchObject({ value: 26.5, note: null });
    expect(e.issues.map((i) => i.message).join(' ')).not.toContain('Không tìm thấy trang');
  });

  it('finds a column whose heading was lengthened, unless two headings start alike', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '15/08/2025' });
    tasks.getCell(TABLE_HEADER_ROW, col(tasks, 'Tình trạng')).value = 'Tình trạng thực hiện';
    tasks.getCell(TABLE_HEADER_ROW, col(tasks, 'Ngày hoàn thành')).value =
      'Ngày hoàn thành thực tế';
    const ind = wb.getWorksheet(SHEET.indicators)!;
    put(ind, '5', { 'Giá trị thực hiện': '26,5' });
    ind.getCell(TABLE_HEADER_ROW, col(ind, 'Giá trị thực hiện')).value =
      'Giá trị thực hiện quý III';
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ status: 'done', completedOn: '2025-08-15' });
    expect(byCode(e, '5')).toMatchObject({ value: 26.5 });

    // "Tình trạng quý II" beside "Tình trạng quý III": which one is this report's is not guessed.
    tasks.getCell(TABLE_HEADER_ROW, col(tasks, 'Tình trạng thực hiện')).value =
      'Tình trạng quý III';
    tasks.getCell(TABLE_HEADER_ROW, col(tasks, 'Vai trò')).value = 'Tình trạng quý II';
    const two = await read(wb);
    expect(two.rows.filter((r) => r.kind === 'task')).toEqual([]);
    expect(two.issues.map((i) => i.severity)).toEqual(['error']);
  });

  it('does not read a table whose status column was deleted', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Ngày hoàn thành': '15/08/2025' });
    tasks.spliceColumns(col(tasks, 'Tình trạng'), 1);
    const e = await read(wb);
    expect(e.rows.filter((r) => r.kind === 'task')).toEqual([]);
    // The table is there but its answers cannot be placed: refused, saying what to do.
    expect(e.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: null,
        message: expect.stringMatching(/cột "Tình trạng".*nhập lại/),
      }),
    ]);
  });

  it('reads a share typed as the status, and a month-only date as the month end, approximate', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': '100%', 'Ngày hoàn thành': 'tháng 8/2025' });
    put(tasks, 'I.6', { 'Tình trạng': 'Đang thực hiện (đạt 60%)' });
    put(tasks, 'I.9', { 'Tình trạng': '0%' });
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({
      status: 'done',
      percent: 100,
      completedOn: '2025-08-31',
      completedApprox: true,
      issues: [],
    });
    expect(byCode(e, 'I.6')).toMatchObject({ status: 'in_progress', percent: 60 });
    expect(byCode(e, 'I.9')).toMatchObject({ status: 'not_started', percent: 0 });
  });

  it("reads a day typed without its year, or with two digits of it, in the report's year", async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '28/8' });
    put(tasks, 'I.6', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '5/9/25' });
    put(tasks, 'I.9', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '31/2' });
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ completedOn: '2025-08-28', issues: [] });
    expect(byCode(e, 'I.6')).toMatchObject({ completedOn: '2025-09-05', issues: [] });
    expect(byCode(e, 'I.9')).toMatchObject({ completedOn: null });
    expect(byCode(e, 'I.9').issues[0]?.severity).toBe('error');
  });

  it('reads typed status words by what they say of the task, and asks when they qualify it', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    const typed: [string, string][] = [
      ['I.2', 'Đã hoàn thành một phần'],
      ['I.6', 'Hoàn thành dự thảo'],
      ['I.9', 'Không thực hiện'],
      ['II.3', 'Đã trình UBND tỉnh'],
      ['III.6', 'Hoàn thành (chờ phê duyệt)'],
      ['V.2', 'Chưa hoàn thành'],
      ['I.10', 'x'],
      ['I.11', 'chưa'],
      ['I.12', 'Chưa hoàn thành, đang triển khai'],
    ];
    for (const [code, word] of typed) put(tasks, code, { 'Tình trạng': word });
    const e = await read(wb);
    const status = (code: string) => byCode(e, code).status;
    const asked = (code: string) => byCode(e, code).questions.map((q) => q.field);
    expect(status('I.2')).toBe('in_progress');
    expect(status('I.6')).toBe('in_progress');
    expect(status('I.9')).toBe('not_started');
    expect(status('II.3')).toBe('in_progress');
    expect(status('I.10')).toBe('done');
    expect(status('I.11')).toBe('not_started');
    expect(status('I.12')).toBe('in_progress');
    for (const code of ['III.6', 'V.2']) {
      expect(status(code)).toBeNull();
      expect(asked(code)).toEqual(['status']);
    }
    for (const code of ['I.2', 'I.6', 'I.9', 'II.3', 'I.10', 'I.11', 'I.12'])
      expect(asked(code)).toEqual([]);
  });

  it("asks about a completion date after the report's own date or after today", async () => {
    const wb = await form('Sở Nội vụ');
    const info = wb.getWorksheet(SHEET.info)!;
    info.getCell(infoRow(info, 'Ngày văn bản'), 3).value = new Date(Date.UTC(2025, 8, 12));
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '15/9/2025' });
    put(tasks, 'I.6', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '20/8/2026' });
    put(tasks, 'I.9', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '12/9/2025' });
    const e = await read(wb);
    const asked = (code: string) => byCode(e, code).questions;
    expect(asked('I.2')).toEqual([
      { field: 'completedOn', message: expect.stringContaining('12/09/2025') },
    ]);
    expect(asked('I.6')).toEqual([
      { field: 'completedOn', message: expect.stringContaining('20/08/2026') },
    ]);
    expect(byCode(e, 'I.9')).toMatchObject({ completedOn: '2025-09-12', questions: [] });
  });

  it('takes the completion date a status cell states when the date cell is empty', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành ngày 15/8/2025: đã ban hành Kế hoạch.' });
    const r = rowOf(tasks, 'I.2');
    tasks.mergeCells(r, col(tasks, 'Tình trạng'), r, col(tasks, 'Kết quả thực hiện'));
    // A date the status cell merely mentions, not as the day the work was finished, is left.
    put(tasks, 'I.6', { 'Tình trạng': 'Đang thực hiện theo Kế hoạch ngày 10/6/2025' });
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ status: 'done', completedOn: '2025-08-15' });
    expect(byCode(e, 'I.6')).toMatchObject({ status: 'in_progress', completedOn: null });
  });

  it('asks about a row whose plan wording the agency replaced, not one it only extended', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.6', {
      'Nội dung nhiệm vụ': 'Tổ chức thi tuyển công chức năm 2025 theo hình thức trực tuyến',
      'Tình trạng': 'Đã hoàn thành',
    });
    const i2 = tasks.getCell(rowOf(tasks, 'I.2'), col(tasks, 'Nội dung nhiệm vụ'));
    i2.value = `${String(i2.value)} (đã điều chỉnh)`;
    put(tasks, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    put(tasks, 'I.9', {
      'Nội dung nhiệm vụ': 'Bố trí cán bộ KHKT',
      'Tình trạng': 'Đang thực hiện',
    });
    const e = await read(wb);
    const replaced = e.rows.find((r) => r.text.startsWith('Tổ chức thi tuyển'))!;
    expect(replaced).toMatchObject({ code: 'I.6', uncertain: true });
    expect(replaced.confidence).toBeLessThan(SUGGESTION_FLOOR);
    expect(replaced.candidates.map((x) => x.code)).toEqual(['I.6']);
    expect(replaced.issues[0]?.message).toContain('I.6');
    expect(byCode(e, 'I.2')).toMatchObject({ uncertain: false, confidence: 1 });
    // Shortened to its first words, the wording is still the plan's.
    expect(byCode(e, 'I.9')).toMatchObject({ uncertain: false });
  });

  it('reads a row by its visible code and wording when the hidden id stayed behind', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đã hoàn thành', 'Ngày hoàn thành': '15/08/2025' });
    put(tasks, 'I.9', { 'Tình trạng': 'Chưa thực hiện' });
    // Sorted with "continue with the current selection": columns B on move, column A stays.
    const [a, b] = [rowOf(tasks, 'I.2'), rowOf(tasks, 'I.9')];
    for (let i = 2; i <= tasks.columnCount; i++) {
      const v = tasks.getCell(a, i).value;
      tasks.getCell(a, i).value = tasks.getCell(b, i).value;
      tasks.getCell(b, i).value = v;
    }
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ row: b, status: 'done', uncertain: false });
    expect(byCode(e, 'I.9')).toMatchObject({ row: a, status: 'not_started', uncertain: false });
    expect(byCode(e, 'I.2').issues[0]?.message).toContain('không khớp mã I.2');
    expect(e.issues.filter((i) => i.message.startsWith('Đơn vị đã xoá dòng'))).toEqual([]);
  });

  it('reads rows by their visible code when the id column was deleted', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    tasks.spliceColumns(1, 1);
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ status: 'in_progress', uncertain: false });
    expect(e.notes.join(' ')).toContain('cột Mã');
  });

  it('asks when the visible code names one plan row and the wording another', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    put(tasks, 'I.2', { Mã: 'I.9' });
    const e = await read(wb);
    expect(e.rows).toHaveLength(1);
    expect(e.rows[0]).toMatchObject({ code: 'I.9', uncertain: true });
  });

  it('asks when a code typed over names a row whose wording is close, not the wording shown', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    put(tasks, 'I.2', { Mã: 'I.3' }); // both read "Xây dựng kế hoạch triển khai …"
    const e = await read(wb);
    expect(e.rows).toHaveLength(1);
    expect(e.rows[0]).toMatchObject({ code: 'I.3', uncertain: true });
    expect(e.rows[0]!.candidates.map((x) => x.code)).toEqual(['I.3', 'I.2']);
  });

  it('asks when the chosen status and the result beside it say opposite things', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    const R = 'Kết quả thực hiện';
    put(tasks, 'I.2', { 'Tình trạng': 'Đang thực hiện', [R]: 'Đã hoàn thành ngày 15/8/2025.' });
    put(tasks, 'I.6', { 'Tình trạng': 'Đã hoàn thành', [R]: 'Đang xây dựng dự thảo.' });
    put(tasks, 'I.9', {
      'Tình trạng': 'Đang thực hiện',
      [R]: 'Đã ban hành Kế hoạch số 12/KH-SNV; đang triển khai.',
    });
    put(tasks, 'II.3', { 'Tình trạng': 'Đã hoàn thành', [R]: 'Đã tổ chức 02 lớp bồi dưỡng.' });
    const e = await read(wb);
    const asked = (code: string) => byCode(e, code).questions.map((q) => q.field);
    expect(asked('I.2')).toEqual(['status']);
    expect(asked('I.6')).toEqual(['status']);
    expect(byCode(e, 'I.2').questions[0]!.message).toContain('Đã hoàn thành ngày 15/8/2025');
    expect(byCode(e, 'I.9')).toMatchObject({ status: 'in_progress', questions: [] });
    expect(byCode(e, 'II.3')).toMatchObject({ status: 'done', questions: [] });
  });

  it('reads the status from the result when the status cell was left blank', async () => {
    const wb = await form('Sở Nội vụ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    const R = 'Kết quả thực hiện';
    put(tasks, 'I.2', { [R]: 'Hoàn thành ngày 20/8/2025, đã ban hành Kế hoạch số 150/KH-SNV.' });
    put(tasks, 'I.6', { [R]: 'Đang triển khai, đạt khoảng 70% khối lượng.' });
    put(tasks, 'I.9', { [R]: 'Chưa triển khai do chưa có hướng dẫn.' });
    put(tasks, 'V.2', { [R]: 'Chưa hoàn thành.' });
    put(tasks, 'II.3', { [R]: 'Xem báo cáo kèm theo.' });
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ status: 'done', completedOn: '2025-08-20' });
    expect(byCode(e, 'I.6')).toMatchObject({ status: 'in_progress', percent: 70 });
    expect(byCode(e, 'I.9')).toMatchObject({ status: 'not_started', questions: [] });
    expect(byCode(e, 'V.2')).toMatchObject({ status: null });
    expect(byCode(e, 'V.2').questions.map((q) => q.field)).toEqual(['status']);
    // Words that state no status leave it unreported, as before.
    expect(byCode(e, 'II.3')).toMatchObject({ status: null, questions: [] });
    expect(
      byCode(e, 'I.2')
        .issues.map((i) => i.message)
        .join(' '),
    ).toContain('Kết quả thực hiện');
  });

  it('asks whether a figure written in the note is the value when the value cell is blank', async () => {
    const wb = await form('Sở Khoa học và Công nghệ');
    const ind = wb.getWorksheet(SHEET.indicators)!;
    put(ind, '4', { 'Ghi chú': 'Đạt 12,3%' });
    put(ind, '11', { 'Ghi chú': 'Số liệu chưa tổng hợp xong' });
    const e = await read(wb);
    expect(byCode(e, '4')).toMatchObject({ value: 12.3 });
    expect(byCode(e, '4').questions.map((q) => q.field)).toEqual(['value']);
    expect(byCode(e, '11')).toMatchObject({ value: null, questions: [] });
  });

  it('reads the copy of a table the agency filled, and refuses two filled copies', async () => {
    const wb = await form('Sở Nội vụ');
    const orig = wb.getWorksheet(SHEET.tasks)!;
    const copy = wb.addWorksheet('Nhiệm vụ (2)');
    copy.model = { ...orig.model, name: 'Nhiệm vụ (2)' } as typeof copy.model;
    put(copy, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    const e = await read(wb);
    expect(byCode(e, 'I.2')).toMatchObject({ sheet: 'Nhiệm vụ (2)', status: 'in_progress' });
    expect(e.issues).toEqual([]);

    put(orig, 'I.6', { 'Tình trạng': 'Đã hoàn thành' });
    const two = await read(wb);
    expect(two.rows).toEqual([]);
    expect(two.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/Nhiệm vụ.*Nhiệm vụ \(2\)/),
      }),
    ]);
  });

  it('reads the document date from the place-and-date line typed into its cell', async () => {
    const wb = await form('Sở Nội vụ');
    const ws = wb.getWorksheet(SHEET.info)!;
    ws.getCell(infoRow(ws, 'Ngày văn bản'), 3).value = 'Lai Châu, ngày 12 tháng 9 năm 2025';
    const e = await read(wb);
    expect(e.header.docDate).toBe('2025-09-12');
    expect(e.issues).toEqual([]);
  });

  it('asks about answers that are formulas saved without their results', async () => {
    const wb = await form('Sở Khoa học và Công nghệ');
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    put(tasks, 'I.4', { 'Tình trạng': { formula: "'[1]Tong hop'!F9" } as ExcelJS.CellValue });
    const ind = wb.getWorksheet(SHEET.indicators)!;
    put(ind, '11', { 'Giá trị thực hiện': { formula: "'[1]Tong hop'!D11" } as ExcelJS.CellValue });
    put(ind, '4', {
      'Giá trị thực hiện': { formula: "'[1]Tong hop'!D4", result: 12.3 } as ExcelJS.CellValue,
    });
    const e = await read(wb);
    expect(byCode(e, 'I.4')).toMatchObject({ status: null });
    expect(byCode(e, 'I.4').questions.map((q) => q.field)).toEqual(['status']);
    expect(byCode(e, '11')).toMatchObject({ value: null });
    expect(byCode(e, '11').questions.map((q) => q.field)).toEqual(['value']);
    expect(byCode(e, '11').questions[0]!.message).toContain('công thức');
    expect(byCode(e, '4')).toMatchObject({ value: 12.3, questions: [] });
  });

  it('finds the general information sheet by its labels when it was renamed', async () => {
    const wb = await form('Sở Nội vụ');
    const ws = wb.getWorksheet(SHEET.info)!;
    ws.getCell(infoRow(ws, 'Ngày văn bản'), 3).value = new Date(Date.UTC(2025, 8, 12));
    ws.name = 'TT chung';
    const e = await read(wb);
    expect(e.header.docDate).toBe('2025-09-12');
    expect(e.issues).toEqual([]);
  });
});

describe('our form after edits: the preview', () => {
  async function preview(wb: ExcelJS.Workbook, name: string, hints: Record<string, unknown> = {}) {
    const data = (await bytesOf(wb)).toString('base64');
    const p = await call(app.dispatch, 'imports.preview', {
      files: [{ name, data }],
      period: '2025-Q3',
      ...hints,
    });
    return p.files[0]!;
  }

  it('asks who sent a form whose file name and number name another agency', async () => {
    const wb = await form('Sở Nội vụ');
    const info = wb.getWorksheet(SHEET.info)!;
    info.getCell(infoRow(info, 'Số văn bản báo cáo'), 3).value = '98/BC-STP';
    put(wb.getWorksheet(SHEET.tasks)!, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    const p = await preview(wb, 'SoTuPhap_BaoCao_Q3_2025.xlsx');
    expect(p.agency?.name).toBe('Sở Nội vụ');
    expect(p.agencyQuestion).toContain('Sở Tư pháp');
    // Not locked to the form's agency: the clerk can choose, and the choice is then taken.
    expect(p.agencySource).toBe('detected');
    const stp = c.agencies.find((a) => a.name === 'Sở Tư pháp')!;
    const chosen = await preview(wb, 'SoTuPhap_BaoCao_Q3_2025.xlsx', { agencyId: stp.id });
    expect(chosen).toMatchObject({ agency: { id: stp.id }, agencySource: 'chosen' });
    expect(chosen.agencyQuestion).toBeNull();

    const own = await preview(await form('Sở Nội vụ'), 'SoNoiVu_BaoCao_Q3_2025.xlsx');
    expect(own).toMatchObject({ agencySource: 'form', agencyQuestion: null });
    const generic = await preview(await form('Sở Nội vụ'), 'BaoCao_Q3.xlsx');
    expect(generic).toMatchObject({ agencySource: 'form', agencyQuestion: null });
  });

  it('asks who sent a form whose "Đơn vị báo cáo" cell was typed over with another agency', async () => {
    const wb = await form('Sở Nội vụ');
    const info = wb.getWorksheet(SHEET.info)!;
    info.getCell(infoRow(info, 'Đơn vị báo cáo'), 3).value = 'Sở Tư pháp';
    put(wb.getWorksheet(SHEET.tasks)!, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    const p = await preview(wb, 'BaoCao_Q3.xlsx');
    expect(p.agencyQuestion).toContain('Sở Tư pháp');
  });

  it("takes the period typed over the form's when it is the one chosen, and asks otherwise", async () => {
    const wb = await form('Sở Nội vụ', '2025-Q2');
    const info = wb.getWorksheet(SHEET.info)!;
    info.getCell(infoRow(info, 'Kỳ báo cáo'), 3).value = 'Quý III năm 2025';
    put(wb.getWorksheet(SHEET.tasks)!, 'I.2', { 'Tình trạng': 'Đang thực hiện' });
    const chosen = await preview(wb, 'SoNoiVu.xlsx');
    expect(chosen.period).toBe('2025-Q3');
    expect(chosen.issues.map((i) => i.message).join(' ')).toContain('Kỳ báo cáo');
    const other = await preview(wb, 'SoNoiVu.xlsx', { period: '2025-Q4' });
    expect(other.period).toBeNull();
  });

  it("finds the sender of our table pasted into a new workbook from its 'Đơn vị báo cáo:' line", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('B1').value = 'BIỂU SỐ 01. KẾT QUẢ THỰC HIỆN NHIỆM VỤ';
    ws.getCell('B2').value = 'Đơn vị báo cáo: Sở Nội vụ - Kỳ báo cáo: quý III năm 2025';
    ws.getRow(4).values = ['', 'STT', 'Mã', 'Nội dung nhiệm vụ', 'Tình trạng'];
    const tasks = c.tasks.filter((t) => ['I.2', 'I.6', 'I.9'].includes(t.code));
    tasks.forEach((t, i) => {
      ws.getRow(5 + i).values = ['', i + 1, t.code, t.text, 'Đang thực hiện'];
    });
    const p = await preview(wb, 'BaoCao_QuyIII.xlsx');
    expect(p).toMatchObject({ agency: { name: 'Sở Nội vụ' }, agencyQuestion: null });
    expect(p.period).toBe('2025-Q3');
  });

  it("asks the period of last quarter's form filled with this quarter's work", async () => {
    const reused = await form('Sở Nội vụ', '2025-Q2');
    put(reused.getWorksheet(SHEET.tasks)!, 'I.2', {
      'Tình trạng': 'Đã hoàn thành',
      'Ngày hoàn thành': new Date(Date.UTC(2025, 7, 15)),
    });
    const info = reused.getWorksheet(SHEET.info)!;
    info.getCell(infoRow(info, 'Ngày văn bản'), 3).value = new Date(Date.UTC(2025, 8, 12));
    const p = await preview(reused, 'SoNoiVu.xlsx');
    expect(p.period).toBeNull();
    expect(p.issues.map((i) => i.message).join(' ')).toMatch(/quý II năm 2025.*quý III năm 2025/i);

    // A late report of last quarter: its dates are last quarter's, the form's period stands.
    const late = await form('Sở Nội vụ', '2025-Q2');
    put(late.getWorksheet(SHEET.tasks)!, 'I.2', {
      'Tình trạng': 'Đã hoàn thành',
      'Ngày hoàn thành': new Date(Date.UTC(2025, 5, 20)),
    });
    const lateInfo = late.getWorksheet(SHEET.info)!;
    lateInfo.getCell(infoRow(lateInfo, 'Ngày văn bản'), 3).value = new Date(Date.UTC(2025, 6, 3));
    expect((await preview(late, 'SoNoiVu.xlsx')).period).toBe('2025-Q2');
  });
});
