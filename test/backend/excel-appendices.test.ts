import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AppendixModel,
  ASSESSMENT_FILL,
  buildExcelAppendices,
  HEADER_ROW,
  numberFormat,
  REGISTER_FILL,
  SHEET_NAMES,
  TASK_STATUS_FILL,
} from '../../electron/backend/reports/excel-appendices';
import {
  INDICATOR_ASSESSMENT_LABEL,
  REGISTER_STATE_LABEL,
  TASK_STATUS_LABEL,
} from '../../shared/domain/status-labels';
import { periodFromKey } from '../../shared/domain/periods';
import { indicatorAssessment, registerStateShown } from '../../shared/domain/status';
import type { TaskStatus } from '../../shared/domain/types';
import { seededModel } from '../fixtures/appendix-model';

// Vietnamese locale on number formats: LibreOffice prints 35,2, not 35.2.
const VN = '[$-42A]';

// ---- Reading the workbook back ----

function text(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return String(v);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const f = cell.fill;
  return f && f.type === 'pattern' ? f.fgColor?.argb : undefined;
}

function lastRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  ws.eachRow((_row, n) => {
    last = n;
  });
  return last;
}

describe('buildExcelAppendices', () => {
  let model: AppendixModel;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    // A working copy with the status colours on (Cài đặt); the official print has none.
    const seeded = await seededModel();
    model = { ...seeded, settings: { ...seeded.settings, statusColours: true } };
    const bytes = await buildExcelAppendices(model);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });

  it('builds a realistic mix of statuses from the seeded plan', () => {
    const seen = new Set(model.tasks.map((t) => t.status));
    for (const s of [
      'done_on_time',
      'done_late',
      'in_progress',
      'not_started',
      'overdue',
      'ongoing',
      'waiting',
      'no_report',
    ] as TaskStatus[]) {
      expect(seen.has(s), s).toBe(true);
    }
    expect(model.tasks.some((t) => t.conflict)).toBe(true);
    const a = new Set(model.indicators.map((x) => x.assessment));
    // Quarter III 2025 judges no target set for 2030 or 2045 as missed.
    expect(a).toEqual(new Set(['met', 'not_due', 'no_data', 'qualitative', null]));
  });

  it('prints no status colours unless the settings ask for them (the official print)', async () => {
    const plain = new ExcelJS.Workbook();
    const official = { ...model, settings: { ...model.settings, statusColours: false } };
    await plain.xlsx.load((await buildExcelAppendices(official)) as unknown as ArrayBuffer);
    const colours = new Set([
      ...Object.values(TASK_STATUS_FILL),
      ...Object.values(ASSESSMENT_FILL),
      ...Object.values(REGISTER_FILL),
    ]);
    let cells = 0;
    for (const ws of plain.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1;
          const f = fillOf(cell);
          expect(f === undefined || !colours.has(f), `${ws.name}!${cell.address} ${f}`).toBe(true);
        }),
      );
    }
    expect(cells).toBeGreaterThan(100);
  });

  it('has the three appendix sheets in order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Phụ lục I - Chỉ tiêu',
      'Phụ lục II - Nhiệm vụ',
      'Phụ lục III - Gửi báo cáo',
    ]);
  });

  it('prints on A4 landscape, fitted to one page wide, header row repeated, with margins', () => {
    for (const ws of wb.worksheets) {
      const p = ws.pageSetup;
      expect(p.paperSize).toBe(9);
      expect(p.orientation).toBe('landscape');
      expect(p.fitToPage).toBe(true);
      expect(p.fitToWidth).toBe(1);
      expect(p.fitToHeight).toBe(0);
      expect(p.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
      expect(p.margins?.left).toBeCloseTo(30 / 25.4, 3);
      expect(p.margins?.right).toBeCloseTo(15 / 25.4, 3);
      expect(p.margins?.top).toBeCloseTo(20 / 25.4, 3);
      expect(p.margins?.bottom).toBeCloseTo(15 / 25.4, 3);
      expect(ws.headerFooter.oddHeader).toContain('&P');
    }
  });

  it('freezes the title and header rows', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    }
  });

  it('writes every filled cell in Times New Roman', () => {
    let cells = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('Times New Roman');
        }),
      );
    }
    expect(cells).toBeGreaterThan(500);
  });

  it('prints the ND30 appendix heading: number bold, title in capitals bold, reference in italics', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.II)!;
    expect(text(ws.getCell('A1'))).toBe('Phụ lục II');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(text(ws.getCell('A2'))).toBe('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ QUÝ III NĂM 2025');
    expect(ws.getCell('A2').font).toMatchObject({ bold: true });
    expect(text(ws.getCell('A3'))).toMatch(
      /^\(Kèm theo Báo cáo số …+\/BC-SKHCN ngày …+ tháng …+ năm \d{4} của Sở Khoa học và Công nghệ\)$/,
    );
    expect(ws.getCell('A3').font).toMatchObject({ italic: true });
    expect(text(wb.getWorksheet(SHEET_NAMES.I)!.getCell('A1'))).toBe('Phụ lục I');
    expect(text(wb.getWorksheet(SHEET_NAMES.III)!.getCell('A2'))).toBe(
      'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ QUÝ III NĂM 2025',
    );
  });

  it('prints the number and date once the report is signed', async () => {
    const bytes = await buildExcelAppendices({ ...model, number: '7', date: '2025-10-05' });
    const signed = new ExcelJS.Workbook();
    await signed.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(text(signed.worksheets[0]!.getCell('A3'))).toBe(
      '(Kèm theo Báo cáo số 07/BC-SKHCN ngày 05 tháng 10 năm 2025 của Sở Khoa học và Công nghệ)',
    );
  });

  it('has the header rows of the Word appendices', () => {
    const header = (name: string) =>
      (wb.getWorksheet(name)!.getRow(HEADER_ROW).values as unknown[]).slice(1).map(String);
    expect(header(SHEET_NAMES.I)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Mục tiêu',
      'Kết quả thực hiện',
      'Đánh giá',
      'Cơ quan theo dõi',
    ]);
    expect(header(SHEET_NAMES.II)).toEqual([
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Tình trạng',
      'Kết quả thực hiện',
    ]);
    expect(header(SHEET_NAMES.III)).toEqual([
      'STT',
      'Cơ quan, đơn vị',
      'Số, ngày văn bản',
      'Ngày nhận',
      'Tình trạng',
    ]);
    const cell = wb.getWorksheet(SHEET_NAMES.II)!.getCell(HEADER_ROW, 2);
    expect(cell.font).toMatchObject({ bold: true });
    expect(cell.border?.top?.style).toBe('thin');
  });

  it('Phụ lục II: 75 task rows and 7 bold merged group rows, status cells tinted', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.II)!;
    expect(lastRow(ws)).toBe(HEADER_ROW + 75 + 7);
    const groupRows: number[] = [];
    let tasks = 0;
    for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
      const a = text(ws.getCell(n, 1));
      if (/^[IVX]+$/.test(a)) {
        groupRows.push(n);
        expect(ws.getCell(n, 2).font?.bold).toBe(true);
        expect(ws.getCell(n, 2).isMerged).toBe(true);
        expect(ws.getCell(n, 6).master.address).toBe(ws.getCell(n, 2).address);
      } else {
        tasks++;
      }
    }
    expect(tasks).toBe(75);
    expect(groupRows.map((n) => text(ws.getCell(n, 1)))).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    expect(text(ws.getCell(groupRows[2]!, 2))).toBe(
      'Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    );

    // Row by row, in the model's order: status words and their fills.
    let n = HEADER_ROW + 1;
    for (const t of model.tasks) {
      if (groupRows.includes(n)) n++;
      expect(text(ws.getCell(n, 1))).toBe(t.number);
      const status = ws.getCell(n, 5);
      expect(text(status).split('\n')[0]).toBe(TASK_STATUS_LABEL[t.status]);
      expect(fillOf(status), `${t.code} ${t.status}`).toBe(TASK_STATUS_FILL[t.status]);
      n++;
    }
  });

  it('Phụ lục II: quotes the lead reports, spells out conflicts, shows today’s lead agency', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.II)!;
    const rowOf = (code: string) => {
      const t = model.tasks.find((x) => x.code === code)!;
      for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
        if (text(ws.getCell(n, 2)) === t.text) return n;
      }
      throw new Error(code);
    };
    const conflict = model.tasks.find((t) => t.conflict)!;
    const c = rowOf(conflict.code);
    expect(text(ws.getCell(c, 5))).toContain('(chưa thống nhất)');
    expect(text(ws.getCell(c, 6))).toContain('Báo cáo của các cơ quan chủ trì chưa thống nhất:');
    // I.1 was led by the former Sở TT&TT, whose work the Sở KH&CN carries today.
    expect(text(ws.getCell(rowOf('I.1'), 3))).toBe('Sở Khoa học và Công nghệ');
    const done = model.tasks.find((t) => t.status === 'done_late')!;
    expect(text(ws.getCell(rowOf(done.code), 6))).toContain('(hoàn thành ngày 15/09/2025)');
    // Long reports are shortened so a row never outgrows a page.
    for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
      expect(text(ws.getCell(n, 6)).length).toBeLessThan(900);
    }
  });

  it('Phụ lục II: an overdue task without a report says so under its status', async () => {
    const tasks = model.tasks.map((t) =>
      t.code === 'I.2' ? { ...t, status: 'overdue' as const, reported: false, leadReports: [] } : t,
    );
    const bytes = await buildExcelAppendices({ ...model, tasks });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet(SHEET_NAMES.II)!;
    const rowOf = (code: string) => {
      const t = tasks.find((x) => x.code === code)!;
      for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
        if (text(ws.getCell(n, 2)) === t.text) return n;
      }
      throw new Error(code);
    };
    const cell = ws.getCell(rowOf('I.2'), 5);
    expect(text(cell)).toBe('Quá hạn, chưa hoàn thành\n(chưa có báo cáo)');
    expect(fillOf(cell)).toBe(TASK_STATUS_FILL.overdue);
    // In the seeded model I.2's lead did report (in progress): no mark.
    const reported = wb.getWorksheet(SHEET_NAMES.II)!;
    for (let n = HEADER_ROW + 1; n <= lastRow(reported); n++) {
      expect(text(reported.getCell(n, 5))).not.toContain('(chưa có báo cáo)');
    }
  });

  it('Phụ lục I: one row per indicator under its horizon, numbers stored as numbers, assessments tinted', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.I)!;
    const horizons = [2030, 2045];
    expect(lastRow(ws)).toBe(HEADER_ROW + model.indicators.length + horizons.length);
    // "I. Đến năm 2030" over indicators 1–21, "II. Đến năm 2045" over 22–24, as in the plan.
    const rowOfCode = new Map<string, number>();
    let n = HEADER_ROW + 1;
    horizons.forEach((h, i) => {
      expect(text(ws.getCell(n, 1))).toBe(['I', 'II'][i]);
      expect(text(ws.getCell(n, 2))).toBe(`Đến năm ${h}`);
      expect(ws.getCell(n, 2).font?.bold).toBe(true);
      expect(ws.getCell(n, 2).isMerged).toBe(true);
      n++;
      for (const x of model.indicators.filter((y) => y.horizon === h)) rowOfCode.set(x.code, n++);
    });
    expect(rowOfCode.get('22')).toBe(rowOfCode.get('21')! + 2);
    for (const x of model.indicators) {
      const r = rowOfCode.get(x.code)!;
      expect(text(ws.getCell(r, 1))).toBe(x.code);
      if (x.assessment === null) {
        expect(ws.getCell(r, 2).isMerged).toBe(true);
        expect(ws.getCell(r, 2).font?.bold).toBe(true);
        continue;
      }
      const a = ws.getCell(r, 6);
      expect(text(a).split('\n')[0]).toBe(INDICATOR_ASSESSMENT_LABEL[x.assessment]);
      expect(fillOf(a)).toBe(ASSESSMENT_FILL[x.assessment]);
      const v = ws.getCell(r, 5);
      if (x.value !== null) {
        expect(v.value).toBe(x.value);
        expect(v.numFmt).toBe(numberFormat(x.value));
      }
    }
    const row = (code: string) => rowOfCode.get(code)!;
    expect(ws.getCell(row('3'), 5).numFmt).toBe(VN + '#,##0.0');
    expect(ws.getCell(row('9'), 5).numFmt).toBe(VN + '#,##0.000');
    expect(ws.getCell(row('5'), 5).numFmt).toBe(VN + '#,##0');
    // TFP 35,2 against "≥ 37,6" by 2030: not yet due in 2025, with its progress.
    expect(text(ws.getCell(row('3'), 6))).toBe('Chưa đến kỳ đánh giá\n(đạt 93,6% mục tiêu)');
    expect(text(ws.getCell(row('1'), 6))).toBe('Đạt'); // qualitative, judged by the user
    // Judged "not met" by the user, but 2030 has not come.
    expect(text(ws.getCell(row('2'), 6))).toBe('Chưa đến kỳ đánh giá');
    expect(text(ws.getCell(row('6'), 2))).toContain('thủ tục hành chính');
    // The agency's note stays beside a number as an Excel note, the number stays a number.
    expect(ws.getCell(row('6.2'), 5).value).toBe(61);
    expect(JSON.stringify(ws.getCell(row('6.2'), 5).note)).toContain('Số liệu đến 30/9/2025');
  });

  it('Phụ lục I: a note about the agency’s file is never printed as a result', async () => {
    const indicators = model.indicators.map((x) =>
      x.code === '6.8'
        ? { ...x, value: null, valueText: '#REF!', note: 'Công thức liên kết bảng tính cũ' }
        : x.code === '3'
          ? { ...x, note: 'Công thức liên kết sheet Tổng hợp' }
          : x,
    );
    const bytes = await buildExcelAppendices({ ...model, indicators });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet(SHEET_NAMES.I)!;
    const byCode = new Map<string, ExcelJS.Row>();
    for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
      byCode.set(text(ws.getCell(n, 1)), ws.getRow(n));
    }
    expect(text(byCode.get('6.8')!.getCell(5))).toBe('');
    expect(byCode.get('3')!.getCell(5).value).toBe(35.2);
    expect(byCode.get('3')!.getCell(5).note).toBeUndefined();
    for (const row of byCode.values()) {
      for (let c = 1; c <= 7; c++) {
        expect(JSON.stringify(row.getCell(c).value ?? '')).not.toContain('Công thức liên kết');
      }
    }
  });

  it('Phụ lục I: judges a missed target as "Chưa đạt" once its horizon has come', async () => {
    const in2030 = periodFromKey('2030-Q4');
    const indicators = model.indicators.map((x) => ({
      ...x,
      assessment: indicatorAssessment(x.target, x.value, x.judgement, {
        horizon: x.horizon,
        periodEnd: in2030.end,
      }),
    }));
    const bytes = await buildExcelAppendices({ ...model, period: in2030, indicators });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet(SHEET_NAMES.I)!;
    const cells: Record<string, string> = {};
    for (let n = HEADER_ROW + 1; n <= lastRow(ws); n++) {
      cells[text(ws.getCell(n, 1))] = text(ws.getCell(n, 6));
    }
    expect(cells['3']).toBe('Chưa đạt');
    expect(cells['2']).toBe('Chưa đạt');
    // A 2045 target is still not due in 2030.
    expect(cells['23']).toBe('Chưa đến kỳ đánh giá\n(đạt 60% mục tiêu)');
  });

  it('Phụ lục III: the expected agencies with document, received date as a date, state tinted', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.III)!;
    // Every expected agency, sent or not, and the association that sent a report unasked.
    const rows = model.register;
    expect(rows.filter((r) => !r.expected).map((r) => r.agency.name)).toEqual([
      'Hiệp hội doanh nghiệp tỉnh Lai Châu',
    ]);
    expect(new Set(rows.map(registerStateShown))).toEqual(
      new Set(['on_time', 'late', 'missing', 'not_expected']),
    );
    // The association had no deadline: its row says so, not "Đúng hạn".
    const unasked = rows.findIndex((r) => !r.expected);
    expect(text(ws.getCell(HEADER_ROW + 1 + unasked, 2))).toBe(
      'Hiệp hội doanh nghiệp tỉnh Lai Châu',
    );
    expect(text(ws.getCell(HEADER_ROW + 1 + unasked, 5))).toBe('Ngoài danh sách');
    expect(lastRow(ws)).toBe(HEADER_ROW + rows.length);
    rows.forEach((r, i) => {
      const n = HEADER_ROW + 1 + i;
      expect(ws.getCell(n, 1).value).toBe(i + 1);
      expect(text(ws.getCell(n, 2))).toBe(r.agency.name);
      const state = ws.getCell(n, 5);
      expect(text(state).split('\n')[0]).toBe(REGISTER_STATE_LABEL[registerStateShown(r)]);
      expect(fillOf(state)).toBe(REGISTER_FILL[registerStateShown(r)]);
      if (r.submission) {
        const d = ws.getCell(n, 4).value;
        expect(d).toBeInstanceOf(Date);
        expect((d as Date).toISOString().slice(0, 10)).toBe(r.submission.receivedOn);
        expect(ws.getCell(n, 4).numFmt).toBe('dd/mm/yyyy');
        expect(text(ws.getCell(n, 3))).toContain(`Số ${r.submission.docNumber}`);
      } else {
        expect(text(ws.getCell(n, 4))).toBe('');
      }
    });
    expect(text(ws.getCell(HEADER_ROW + 1, 5))).toBe('Đúng hạn\n(đã gửi 2 lần)');
  });

  it('writes "Không có dữ liệu" for an empty table', async () => {
    const bytes = await buildExcelAppendices({ ...model, tasks: [], indicators: [], register: [] });
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(bytes as unknown as ArrayBuffer);
    for (const ws of empty.worksheets) {
      expect(text(ws.getCell(HEADER_ROW + 1, 1))).toBe('Không có dữ liệu');
      expect(lastRow(ws)).toBe(HEADER_ROW + 1);
    }
  });
});

describe('numberFormat', () => {
  it('shows as many decimals as the value has, up to three, with thousands grouping', () => {
    expect(numberFormat(100)).toBe(VN + '#,##0');
    expect(numberFormat(37.6)).toBe(VN + '#,##0.0');
    expect(numberFormat(82.45)).toBe(VN + '#,##0.00');
    expect(numberFormat(0.623)).toBe(VN + '#,##0.000');
    expect(numberFormat(0.1 + 0.2)).toBe(VN + '#,##0.0');
    expect(numberFormat(1 / 3)).toBe(VN + '#,##0.000');
  });
});
