import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import { buildAgencyForm } from '../../electron/backend/forms/build-form';
import {
  FORM_MARKER,
  FORM_VERSION,
  INDICATOR_COLUMNS,
  SHEET,
  STATUS_WORDS,
  TABLE_HEADER_ROW,
  TASK_COLUMNS,
  columnOf,
} from '../../shared/domain/form-layout';
import {
  parseStatus,
  readOurForm,
  type KnownRows,
} from '../../electron/backend/importer/read-our-form';
import { workOf } from '../../shared/domain/agency-work';
import type { GridWorkbook } from '../../electron/backend/importer/grid';
import { readWorkbook } from '../../electron/backend/importer/read-workbook';
import { silentLogger } from '../../electron/backend/logger';
import type { Catalogue } from '../../shared/api';
import type { ImportRow } from '../../shared/domain/import-types';
import { periodFromKey } from '../../shared/domain/periods';
import type { Agency, DocumentSettings } from '../../shared/domain/types';
import { gridFromBuffer } from '../fixtures/grid-from-exceljs';

let backend: Backend;
let c: Catalogue;
let settings: DocumentSettings;
let known: KnownRows;
const period = periodFromKey('2025-Q3');

beforeAll(async () => {
  backend = createBackend({ dbPath: ':memory:', transport: 'cli', logger: silentLogger });
  c = await call(backend.dispatch, 'catalogue.get', {});
  settings = await call(backend.dispatch, 'settings.get', {});
  known = {
    taskIds: new Map(c.tasks.map((t) => [t.id, t.code])),
    indicatorIds: new Map(c.indicators.map((x) => [x.id, x.code])),
  };
});
afterAll(() => backend.close());

function agency(name: string): Agency {
  const a = c.agencies.find((x) => x.name === name);
  if (!a) throw new Error(`no agency ${name}`);
  return a;
}

async function formFor(name: string): Promise<{ bytes: Buffer; agency: Agency }> {
  const a = agency(name);
  const work = workOf(c, a.id);
  const bytes = await buildAgencyForm({
    plan: c.plans[0]!,
    period,
    agency: a,
    tasks: work.tasks,
    indicators: work.indicators,
    settings,
    generatedOn: '2025-08-20',
    groups: c.groups,
  });
  return { bytes, agency: a };
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The production reader, as the importer reads a returned file. */
async function grid(bytes: Uint8Array): Promise<GridWorkbook> {
  const read = await readWorkbook(bytes, 'BieuMau.xlsx');
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

// Reading back runs through the production reader and through the test adapter alike.
const READERS: [string, (bytes: Uint8Array) => Promise<GridWorkbook>][] = [
  ['readWorkbook', grid],
  ['exceljs adapter', gridFromBuffer],
];

const T = (k: (typeof TASK_COLUMNS)[number]['key']) => columnOf(TASK_COLUMNS, k);
const I = (k: (typeof INDICATOR_COLUMNS)[number]['key']) => columnOf(INDICATOR_COLUMNS, k);

/** Data rows of a table sheet: row number → id text in the hidden column A. */
function dataRows(ws: ExcelJS.Worksheet): { row: number; id: string }[] {
  const out: { row: number; id: string }[] = [];
  for (let r = TABLE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const id = String(ws.getCell(r, 1).value ?? '');
    if (/^[TI]:\d+$/.test(id)) out.push({ row: r, id });
  }
  return out;
}

/** What an agency's sort does: the same rows, rewritten in another order (group rows too). */
function reorderRows(ws: ExcelJS.Worksheet, order: (rows: unknown[][]) => unknown[][]): void {
  for (const range of [...((ws.model as { merges?: string[] }).merges ?? [])]) {
    const [from] = range.split(':');
    if (Number(/\d+/.exec(from ?? '')?.[0]) > TABLE_HEADER_ROW) ws.unMergeCells(range);
  }
  const width = ws.columnCount;
  const rows: unknown[][] = [];
  for (let r = TABLE_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    const values: unknown[] = [];
    for (let col = 1; col <= width; col++) values.push(ws.getCell(r, col).value);
    rows.push(values);
  }
  order(rows).forEach((values, i) => {
    values.forEach((v, j) => {
      ws.getCell(TABLE_HEADER_ROW + 1 + i, j + 1).value = v as ExcelJS.CellValue;
    });
  });
}

/** exceljs keeps the parsed <sheetProtection> on the sheet but does not declare it. */
function protection(ws: ExcelJS.Worksheet): Record<string, unknown> | undefined {
  return (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
}

function infoCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, 2).value === label) return ws.getCell(r, 3);
  throw new Error(`no field ${label}`);
}

describe('agency form: structure', () => {
  it('has the four visible sheets and a very hidden, protected identification sheet', async () => {
    const { bytes, agency: snv } = await formFor('Sở Nội vụ');
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET.info,
      SHEET.tasks,
      SHEET.indicators,
      SHEET.guide,
      SHEET.id,
    ]);
    const id = wb.getWorksheet(SHEET.id)!;
    expect(id.state).toBe('veryHidden');
    expect(protection(id)).toMatchObject({ sheet: true, algorithmName: 'SHA-512' });
    expect(
      wb.worksheets.filter((w) => w.name !== SHEET.id).every((w) => w.state === 'visible'),
    ).toBe(true);

    const work = workOf(c, snv.id);
    const value = (key: string, col = 2) => {
      for (let r = 1; r < 8; r++)
        if (id.getCell(r, 1).value === key) return id.getCell(r, col).value;
      return undefined;
    };
    expect(value('marker')).toBe(FORM_MARKER);
    expect(value('version')).toBe(FORM_VERSION);
    expect(value('plan')).toBe(c.plans[0]!.key);
    expect(value('agency')).toBe(snv.id);
    expect(value('agency', 3)).toBe('Sở Nội vụ');
    expect(value('period')).toBe('2025-Q3');
    expect(value('generated')).toBe('2025-08-20');
    const listed: string[] = [];
    for (let r = 9; r <= id.rowCount; r++)
      listed.push(`${String(id.getCell(r, 1).value)}:${String(id.getCell(r, 2).value)}`);
    expect(listed).toEqual([
      ...work.tasks.map((t) => `T:${t.task.id}`),
      ...work.indicators.map((x) => `I:${x.id}`),
    ]);

    // Every task row carries its id in the hidden, locked column A.
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    expect(tasks.getColumn(1).hidden).toBe(true);
    expect(dataRows(tasks).map((d) => d.id)).toEqual(work.tasks.map((t) => `T:${t.task.id}`));
    const indicators = wb.getWorksheet(SHEET.indicators)!;
    expect(dataRows(indicators).map((d) => d.id)).toEqual(work.indicators.map((x) => `I:${x.id}`));
  });

  it('leaves out the indicator sheet for an agency that monitors none', async () => {
    const a = c.agencies.find(
      (x) => workOf(c, x.id).indicators.length === 0 && workOf(c, x.id).tasks.length > 0,
    )!;
    const wb = await open((await formFor(a.name)).bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET.info,
      SHEET.tasks,
      SHEET.guide,
      SHEET.id,
    ]);
    const guide = wb.getWorksheet(SHEET.guide)!;
    const text = guide.getColumn(2).values.join(' ');
    expect(text).not.toContain('Chỉ tiêu');
  });

  it('pre-fills the tasks in plan order, with group rows, role and deadline', async () => {
    const { bytes, agency: snv } = await formFor('Sở Nội vụ');
    const ws = (await open(bytes)).getWorksheet(SHEET.tasks)!;
    const work = workOf(c, snv.id);
    const headers = TASK_COLUMNS.map((_, i) => ws.getCell(TABLE_HEADER_ROW, i + 1).value);
    expect(headers.slice(1)).toEqual([
      'STT',
      'Mã',
      'Nội dung nhiệm vụ',
      'Vai trò',
      'Thời hạn',
      'Tình trạng',
      'Ngày hoàn thành',
      'Kết quả thực hiện',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
    ]);
    const first = work.tasks[0]!;
    const r = TABLE_HEADER_ROW + 2; // after the group row of group I
    expect(ws.getCell(r - 1, T('number')).value).toBe(first.task.group);
    expect(ws.getCell(r - 1, T('code')).value).toBe(c.groups.find((g) => g.code === 'I')!.title);
    expect(ws.getCell(r - 1, T('code')).font.bold).toBe(true);
    expect(ws.getCell(r - 1, T('code')).isMerged).toBe(true);
    expect(ws.getCell(r, T('code')).value).toBe(first.task.code);
    expect(ws.getCell(r, T('text')).value).toBe(first.task.text);
    expect(ws.getCell(r, T('role')).value).toBe(first.role === 'lead' ? 'Chủ trì' : 'Phối hợp');
    expect(ws.getCell(r, T('deadline')).value).toBe(first.task.deadline.text);
    const groups = [];
    for (let row = TABLE_HEADER_ROW + 1; row <= ws.rowCount; row++) {
      const id = String(ws.getCell(row, 1).value);
      if (id.startsWith('G:')) groups.push(id.slice(2));
    }
    expect(groups).toEqual([...new Set(work.tasks.map((t) => t.task.group))]);
  });

  it('locks the plan wording and unlocks only the answer cells', async () => {
    const wb = await open((await formFor('Sở Khoa học và Công nghệ')).bytes);
    const tasks = wb.getWorksheet(SHEET.tasks)!;
    expect(protection(tasks)).toMatchObject({
      sheet: true,
      sort: true,
      autoFilter: true,
      formatRows: true,
    });
    const locked = (cell: ExcelJS.Cell) => cell.protection?.locked !== false;
    const { row } = dataRows(tasks)[3]!;
    for (const [i, col] of TASK_COLUMNS.entries())
      expect(locked(tasks.getCell(row, i + 1)), col.key).toBe(!col.editable);
    expect(locked(tasks.getCell(TABLE_HEADER_ROW, T('status')))).toBe(true);
    expect(tasks.getCell(row, T('status')).fill).toMatchObject({ pattern: 'solid' });
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: TABLE_HEADER_ROW });
    expect(String(tasks.autoFilter)).toMatch(new RegExp(`^A${TABLE_HEADER_ROW}:K\\d+$`));

    const indicators = wb.getWorksheet(SHEET.indicators)!;
    const ir = dataRows(indicators)[0]!.row;
    for (const [i, col] of INDICATOR_COLUMNS.entries())
      expect(locked(indicators.getCell(ir, i + 1)), col.key).toBe(!col.editable);

    const info = wb.getWorksheet(SHEET.info)!;
    expect(protection(info)?.sheet).toBe(true);
    expect(infoCell(info, 'Đơn vị báo cáo').value).toBe('Sở Khoa học và Công nghệ');
    expect(locked(infoCell(info, 'Đơn vị báo cáo'))).toBe(true);
    expect(infoCell(info, 'Kỳ báo cáo').value).toBe('Quý III năm 2025');
    expect(locked(infoCell(info, 'Kỳ báo cáo'))).toBe(true);
    for (const label of [
      'Số văn bản báo cáo',
      'Ngày văn bản',
      'Người lập biểu',
      'Số điện thoại',
      'Kết quả nổi bật',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
    ]) {
      expect(locked(infoCell(info, label)), label).toBe(false);
      expect(infoCell(info, label).border?.left?.style, label).toBe('thin');
    }
    expect(infoCell(info, 'Ngày văn bản').dataValidation).toMatchObject({ type: 'date' });
    expect(info.getCell('A4').value).toBe('BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH');
    expect(info.getCell('C1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(info.getCell('C2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(info.getCell('A2').value).toBe(settings.agency);
    expect(info.getCell('A7').value).toBe('Kỳ báo cáo: quý III năm 2025');
  });

  it('uses Times New Roman for every written cell', async () => {
    const wb = await open((await formFor('Sở Nội vụ')).bytes);
    const fonts = new Set<string>();
    for (const ws of wb.worksheets.filter((w) => w.name !== SHEET.id))
      ws.eachRow((row) => row.eachCell((cell) => fonts.add(cell.font?.name ?? '(none)')));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('offers the status words as a dropdown and checks dates', async () => {
    const ws = (await open((await formFor('Sở Nội vụ')).bytes)).getWorksheet(SHEET.tasks)!;
    for (const { row } of dataRows(ws)) {
      expect(ws.getCell(row, T('status')).dataValidation).toMatchObject({
        type: 'list',
        formulae: [`"${Object.values(STATUS_WORDS).join(',')}"`],
        showErrorMessage: true,
      });
      expect(ws.getCell(row, T('completedOn')).dataValidation).toMatchObject({
        type: 'date',
        operator: 'between',
      });
      expect(ws.getCell(row, T('completedOn')).numFmt).toBe('dd/mm/yyyy');
    }
    expect(Object.values(STATUS_WORDS)).toEqual([
      'Đã hoàn thành',
      'Đang thực hiện',
      'Chưa thực hiện',
    ]);
  });

  it('writes data validations whose ranges never overlap (Excel repairs a file where they do)', async () => {
    for (const name of ['Sở Nội vụ', 'Sở Khoa học và Công nghệ', 'Ban Quản lý Khu kinh tế tỉnh']) {
      const parts = unzipSync(new Uint8Array((await formFor(name)).bytes));
      const sheets = Object.keys(parts).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
      let ranges = 0;
      for (const sheet of sheets) {
        const xml = strFromU8(parts[sheet]!);
        const seen = new Map<string, string>();
        for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)) {
          for (const ref of m[1]!.split(' ')) {
            const [a, b = a] = ref.split(':') as [string, string?];
            const [, col, from] = /^([A-Z]+)(\d+)$/.exec(a)!;
            const to = Number(/\d+$/.exec(b!)![0]);
            expect(/^[A-Z]+/.exec(b!)![0], `${sheet} ${ref}`).toBe(col);
            ranges += 1;
            for (let r = Number(from); r <= to; r++) {
              const cell = `${col}${r}`;
              expect(
                seen.get(cell),
                `${name} ${sheet}: ${cell} in ${ref} and ${seen.get(cell)}`,
              ).toBeUndefined();
              seen.set(cell, ref);
            }
          }
        }
      }
      expect(ranges).toBeGreaterThan(0);
    }
  });

  it('gives the contact person and phone from the settings on the instructions sheet', async () => {
    const a = agency('Sở Nội vụ');
    const work = workOf(c, a.id);
    const bytes = await buildAgencyForm({
      plan: c.plans[0]!,
      period,
      agency: a,
      tasks: work.tasks,
      indicators: work.indicators,
      settings: {
        ...settings,
        contactPerson: 'bà Nguyễn Thị Hoa, Văn phòng Sở',
        contactPhone: '0213.3876.123',
      },
      generatedOn: '2025-08-20',
      groups: c.groups,
    });
    const ws = (await open(bytes)).getWorksheet(SHEET.guide)!;
    const texts: string[] = [];
    ws.eachRow((row) => texts.push(String(row.getCell(2).value ?? '')));
    expect(texts).toContain(
      'Cần hướng dẫn thêm, đề nghị liên hệ: bà Nguyễn Thị Hoa, Văn phòng Sở, điện thoại: 0213.3876.123.',
    );
    // Without a contact in the settings, no blank line to fill by hand.
    const plain = (await open((await formFor('Sở Nội vụ')).bytes)).getWorksheet(SHEET.guide)!;
    plain.eachRow((row) => expect(String(row.getCell(2).value ?? '')).not.toContain('liên hệ'));
  });

  it('is print-ready: A4, landscape tables fitted to the page width, header row repeated', async () => {
    const wb = await open((await formFor('Sở Khoa học và Công nghệ')).bytes);
    for (const name of [SHEET.tasks, SHEET.indicators]) {
      const ps = wb.getWorksheet(name)!.pageSetup;
      expect(ps, name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ps.printTitlesRow?.replace(/\$/g, ''), name).toBe(
        `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
      );
      expect(ps.margins?.left).toBeGreaterThan(0.3);
    }
    for (const name of [SHEET.info, SHEET.guide])
      expect(wb.getWorksheet(name)!.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
      });
  });
});

describe.each(READERS)('agency form: reading it back (%s)', (_name, grid) => {
  it('maps every answer to its task and indicator after the agency sorted the rows', async () => {
    const { bytes, agency: skhcn } = await formFor('Sở Khoa học và Công nghệ');
    const wb = await open(bytes);
    const work = workOf(c, skhcn.id);

    const info = wb.getWorksheet(SHEET.info)!;
    infoCell(info, 'Số văn bản báo cáo').value = '215/BC-SKHCN';
    infoCell(info, 'Ngày văn bản').value = new Date(Date.UTC(2025, 8, 5));
    infoCell(info, 'Người lập biểu').value = 'Nguyễn Thị Hoa';
    infoCell(info, 'Số điện thoại').value = '0912345678';
    infoCell(info, 'Kết quả nổi bật').value = 'Hoàn thành 12 nhiệm vụ.';
    infoCell(info, 'Khó khăn, vướng mắc').value = 'Thiếu kinh phí.';
    infoCell(info, 'Đề xuất, kiến nghị').value = 'Bổ sung biên chế.';

    const tasks = wb.getWorksheet(SHEET.tasks)!;
    const rows = dataRows(tasks);
    const fill = (
      i: number,
      values: Partial<Record<(typeof TASK_COLUMNS)[number]['key'], unknown>>,
    ) => {
      for (const [k, v] of Object.entries(values))
        tasks.getCell(rows[i]!.row, T(k as (typeof TASK_COLUMNS)[number]['key'])).value =
          v as ExcelJS.CellValue;
    };
    fill(0, {
      status: 'Đã hoàn thành',
      completedOn: new Date(Date.UTC(2025, 2, 28)),
      progress: 'Đã ban hành Quyết định số 123/QĐ-UBND.',
    });
    fill(1, { status: 'Đã hoàn thành', completedOn: '15/04/2025', progress: 'Xong' });
    fill(2, {
      status: 'Đang thực hiện',
      progress: 'Đang lấy ý kiến các sở.',
      difficulties: { error: '#REF!' },
      proposals: 'Đề nghị UBND tỉnh chỉ đạo.',
    });
    fill(3, { status: 'x', completedOn: 45762 }); // an Excel serial: 15/04/2025
    fill(4, { status: 'Chưa thực hiện', difficulties: 'Chưa có hướng dẫn của Bộ.' });
    fill(5, { status: 'hoàn thành' }); // done but no date

    const indicators = wb.getWorksheet(SHEET.indicators)!;
    const irows = dataRows(indicators);
    const setValue = (i: number, v: unknown, note?: string) => {
      indicators.getCell(irows[i]!.row, I('value')).value = v as ExcelJS.CellValue;
      if (note) indicators.getCell(irows[i]!.row, I('note')).value = note;
    };
    setValue(0, '35,2', 'Số liệu ước tính');
    setValue(1, 37.6);
    setValue(2, { error: '#DIV/0!' });
    setValue(3, 'Đạt');

    const id = (r: { id: string }) => Number(r.id.slice(2));
    const expectedTasks = {
      [id(rows[0]!)]: { status: 'done', completedOn: '2025-03-28' },
      [id(rows[1]!)]: { status: 'done', completedOn: '2025-04-15' },
      [id(rows[2]!)]: { status: 'in_progress', difficulties: null },
      [id(rows[3]!)]: { status: 'done', completedOn: '2025-04-15' },
      [id(rows[4]!)]: { status: 'not_started', difficulties: 'Chưa có hướng dẫn của Bộ.' },
      [id(rows[5]!)]: { status: 'done', completedOn: null },
    };

    // The agency sorts: tasks by status (blank last, group rows mixed in), indicators reversed.
    reorderRows(tasks, (all) =>
      [...all].sort((a, b) =>
        String(b[T('status') - 1] ?? '').localeCompare(String(a[T('status') - 1] ?? ''), 'vi'),
      ),
    );
    reorderRows(indicators, (all) => [...all].reverse());
    const sortedIds = dataRows(tasks).map((r) => r.id);
    expect(sortedIds).not.toEqual(rows.map((r) => r.id));
    expect([...sortedIds].sort()).toEqual(rows.map((r) => r.id).sort());

    const e = readOurForm(await grid(await save(wb)), known, { today: '2025-09-10' })!;
    expect(e).not.toBeNull();
    expect(e).toMatchObject({ source: 'form', agencyId: skhcn.id, period: '2025-Q3' });
    expect(e.header).toEqual({
      agencyText: 'Sở Khoa học và Công nghệ',
      periodText: 'Quý III năm 2025',
      docNumber: '215/BC-SKHCN',
      docDate: '2025-09-05',
      person: 'Nguyễn Thị Hoa',
      phone: '0912345678',
      summary: 'Hoàn thành 12 nhiệm vụ.',
      difficulties: 'Thiếu kinh phí.',
      proposals: 'Bổ sung biên chế.',
    });
    expect(e.issues).toEqual([]);

    const taskRows = e.rows.filter((r) => r.kind === 'task');
    expect(taskRows).toHaveLength(6);
    for (const r of taskRows) {
      const task = work.tasks.find((t) => t.task.id === r.targetId)!.task;
      expect(r).toMatchObject({
        code: task.code,
        text: task.text,
        confidence: 1,
        uncertain: false,
        candidates: [],
        ...expectedTasks[task.id],
      });
      // The key names the row where the answer now sits, after the sort.
      const sortedRow = dataRows(tasks).find((d) => d.id === `T:${task.id}`)!.row;
      expect(r.key).toBe(`${SHEET.tasks}!${sortedRow}`);
    }
    const byTask = (i: number) => taskRows.find((r) => r.targetId === id(rows[i]!))!;
    expect(byTask(0).progress).toBe('Đã ban hành Quyết định số 123/QĐ-UBND.');
    expect(byTask(2).proposals).toBe('Đề nghị UBND tỉnh chỉ đạo.');
    expect(byTask(2).issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        column: 'J',
        message: expect.stringContaining('#REF!'),
      }),
    ]);
    expect(byTask(5).issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        column: 'H',
        message: expect.stringContaining('chưa có ngày hoàn thành'),
      }),
    ]);
    for (const i of [0, 1, 3, 4]) expect(byTask(i).issues).toEqual([]);

    const indRows = e.rows.filter((r) => r.kind === 'indicator');
    expect(indRows).toHaveLength(4);
    const byInd = (i: number) => indRows.find((r) => r.targetId === id(irows[i]!)) as ImportRow;
    expect(byInd(0)).toMatchObject({
      code: work.indicators[0]!.code,
      value: 35.2,
      valueText: '35,2',
      note: 'Số liệu ước tính',
      issues: [],
    });
    expect(byInd(1)).toMatchObject({ value: 37.6, issues: [] });
    expect(byInd(2)).toMatchObject({ value: null, valueText: null });
    expect(byInd(2).issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        column: 'G',
        message: expect.stringContaining('#DIV/0!'),
      }),
    ]);
    expect(byInd(3)).toMatchObject({ value: null, valueText: 'Đạt' });
    expect(byInd(3).issues).toEqual([
      expect.objectContaining({ severity: 'warning', column: 'G' }),
    ]);
    for (const r of indRows) {
      const sortedRow = dataRows(indicators).find((d) => d.id === `I:${r.targetId}`)!.row;
      expect(r.key).toBe(`${SHEET.indicators}!${sortedRow}`);
    }
  });

  it('reports deleted rows, unknown ids, duplicates, unreadable and future dates', async () => {
    const { bytes } = await formFor('Sở Nội vụ');
    const wb = await open(bytes);
    const ws = wb.getWorksheet(SHEET.tasks)!;
    const rows = dataRows(ws);
    const code = (r: { id: string }) => known.taskIds.get(Number(r.id.slice(2)))!;
    const set = (r: number, k: (typeof TASK_COLUMNS)[number]['key'], v: ExcelJS.CellValue) =>
      (ws.getCell(r, T(k)).value = v);

    set(rows[0]!.row, 'status', 'Đã hoàn thành');
    set(rows[0]!.row, 'completedOn', '31/02/2025');
    set(rows[1]!.row, 'status', 'Đã hoàn thành');
    set(rows[1]!.row, 'completedOn', '15/04/2035');
    ws.getCell(rows[2]!.row, 1).value = 'T:999999'; // a row of another plan
    set(rows[2]!.row, 'code', 'IX.99');
    set(rows[2]!.row, 'progress', 'Đã làm');
    // The same task twice: the row copied whole, its id and code with it.
    ws.getCell(rows[3]!.row, 1).value = rows[4]!.id;
    set(rows[3]!.row, 'code', ws.getCell(rows[4]!.row, T('code')).value);
    set(rows[3]!.row, 'status', 'Đang thực hiện');
    set(rows[4]!.row, 'status', 'Đang thực hiện');
    set(rows[5]!.row, 'status', 'Chưa hoàn thành'); // ambiguous: asked, not guessed
    const deleted = rows[7]!;
    ws.spliceRows(deleted.row, 1);

    const e = readOurForm(await grid(await save(wb)), known, { today: '2025-09-10' })!;
    const at = (r: number) => e.rows.find((x) => x.row === r)!;
    expect(at(rows[0]!.row).issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        column: 'H',
        message: expect.stringContaining('31/02/2025'),
      }),
    ]);
    expect(at(rows[0]!.row).completedOn).toBeNull();
    expect(at(rows[1]!.row)).toMatchObject({ completedOn: '2035-04-15' });
    expect(at(rows[1]!.row).questions).toEqual([
      { field: 'completedOn', message: expect.stringContaining('sau ngày hôm nay') },
    ]);
    expect(at(rows[2]!.row)).toMatchObject({
      targetId: null,
      code: null,
      uncertain: true,
      progress: 'Đã làm',
    });
    expect(at(rows[2]!.row).issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        column: 'A',
        message: expect.stringContaining('T:999999'),
      }),
    ]);
    expect(at(rows[3]!.row).issues).toEqual([]);
    expect(at(rows[4]!.row)).toMatchObject({ uncertain: true });
    expect(at(rows[4]!.row).issues[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('hai lần'),
    });
    expect(at(rows[5]!.row)).toMatchObject({ status: null });
    expect(at(rows[5]!.row).questions).toEqual([
      { field: 'status', message: expect.stringContaining('Chưa hoàn thành') },
    ]);

    const lost = e.issues.filter((i) => i.message.startsWith('Đơn vị đã xoá dòng'));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ severity: 'warning', sheet: SHEET.tasks, row: null });
    // The replaced id (rows[2]) is gone from the sheet too, as is the deleted row.
    expect(lost[0]!.message).toContain(code(deleted));
    expect(lost[0]!.message).toContain(code(rows[2]!));
  });

  it('refuses a form made by a newer version of the app', async () => {
    const wb = await open((await formFor('Sở Nội vụ')).bytes);
    const id = wb.getWorksheet(SHEET.id)!;
    id.getCell('B2').value = FORM_VERSION + 1;
    wb
      .getWorksheet(SHEET.tasks)!
      .getCell(dataRows(wb.getWorksheet(SHEET.tasks)!)[0]!.row, T('status')).value =
      'Đã hoàn thành';
    const e = readOurForm(await grid(await save(wb)), known)!;
    expect(e.rows).toEqual([]);
    expect(e.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: null,
        message: expect.stringContaining('phiên bản mới hơn'),
      }),
    ]);
  });

  it('skips rows left empty and reads an untouched form as nothing reported', async () => {
    const e = readOurForm(await grid((await formFor('Sở Nội vụ')).bytes), known)!;
    expect(e.rows).toEqual([]);
    expect(e.issues).toEqual([]);
    expect(e.header).toMatchObject({ agencyText: 'Sở Nội vụ', docNumber: null, docDate: null });
  });

  it('returns null for a workbook that is not our form', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['STT', 'Nội dung nhiệm vụ', 'Đã hoàn thành']);
    ws.addRow([1, 'Xây dựng kế hoạch', 'x']);
    expect(readOurForm(await grid(await save(wb)), known)).toBeNull();
    // A sheet named _ID without our marker is someone else's.
    wb.addWorksheet('_ID').addRow(['marker', 'OTHER']);
    expect(readOurForm(await grid(await save(wb)), known)).toBeNull();
  });
});

describe('status words', () => {
  it('reads the dropdown words and what agencies type instead', () => {
    expect(parseStatus('Đã hoàn thành')).toBe('done');
    expect(parseStatus('đã hoàn thành')).toBe('done');
    expect(parseStatus('Hoàn thành')).toBe('done');
    expect(parseStatus('Hoàn thành quá hạn')).toBe('done');
    expect(parseStatus('x')).toBe('done');
    expect(parseStatus(' X ')).toBe('done');
    expect(parseStatus('Đang thực hiện')).toBe('in_progress');
    expect(parseStatus('đang triển khai')).toBe('in_progress');
    expect(parseStatus('Thường xuyên')).toBe('in_progress');
    expect(parseStatus('Chưa thực hiện')).toBe('not_started');
    expect(parseStatus('chưa triển khai')).toBe('not_started');
    expect(parseStatus('Da hoan thanh'.normalize('NFD'))).toBe('done');
    expect(parseStatus('Đã hoàn thành'.normalize('NFD'))).toBe('done');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('Chưa hoàn thành')).toBeUndefined();
    expect(parseStatus('???')).toBeUndefined();
  });
});
