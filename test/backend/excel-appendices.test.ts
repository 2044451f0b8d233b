import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AppendixModel,
  ASSESSMENT_FILL,
  buildExcelAppendices,
  HEADER_ROW,
  numberFormat,
  REGISTER_FILL,
  registerRowsShown,
  SHEET_NAMES,
  TASK_STATUS_FILL,
} from '../../electron/backend/reports/excel-appendices';
import { periodFromKey } from '../../shared/domain/periods';
import { combineLeadReports, indicatorAssessment, taskStatus } from '../../shared/domain/status';
import {
  INDICATOR_ASSESSMENT_LABEL,
  REGISTER_STATE_LABEL,
  TASK_STATUS_LABEL,
} from '../../shared/domain/status-labels';
import type {
  AgencyRef,
  AgencyReport,
  IndicatorStatusRow,
  RegisterRow,
  ReportedStatus,
  TaskStatus,
  TaskStatusRow,
} from '../../shared/domain/types';
import { memoryBackend } from './helpers';

// ---- A quarter of the real seeded plan with a realistic mix of reports ----

const PROGRESS = [
  'Đã tham mưu UBND tỉnh ban hành Kế hoạch triển khai; tổ chức 02 hội nghị quán triệt cho cán bộ, công chức.',
  'Đang rà soát, xây dựng dự thảo; dự kiến trình UBND tỉnh trong quý IV năm 2025.',
  'Đã hoàn thành và đưa vào vận hành chính thức trên toàn tỉnh.\nĐã tập huấn cho 350 lượt cán bộ các xã, phường.',
  'Chưa triển khai do chưa có hướng dẫn của Bộ, ngành Trung ương.',
];

/** Reports in the shape the status handler builds them, with seeded agencies and tasks. */
async function seededModel(): Promise<AppendixModel> {
  const app = memoryBackend();
  const c = await app.call('catalogue.get', {});
  const settings = await app.call('settings.get', {});
  app.close();
  const period = periodFromKey('2025-Q3');
  const report = (
    agency: AgencyRef,
    status: ReportedStatus | null,
    completedOn: string | null,
    progress: string,
  ): AgencyReport => ({
    agency,
    submissionId: agency.id,
    version: 1,
    status,
    completedOn,
    progress,
    difficulties: null,
    proposals: null,
  });

  const tasks: TaskStatusRow[] = c.tasks.map((t, i) => {
    const leads: AgencyRef[] = t.lead.map((a) =>
      a.type === 'agency'
        ? { id: a.currentId, name: a.currentName }
        : { id: 1000 + a.id, name: a.name },
    );
    const due = t.deadline.due;
    let leadReports: AgencyReport[] = [];
    // The only tasks due before the quarter ends: one finished late, one still open (overdue).
    const scenario = t.code === 'I.1' ? 3 : t.code === 'I.2' ? 4 : i % 8;
    switch (scenario) {
      case 0: // nothing from the lead
        break;
      case 1:
      case 2:
        leadReports = [report(leads[0]!, 'done', due ? '2025-02-20' : null, PROGRESS[0]!)];
        break;
      case 3:
        leadReports = [report(leads[0]!, 'done', '2025-09-15', PROGRESS[2]!)];
        break;
      case 4:
      case 5:
        leadReports = leads.map((l) => report(l, 'in_progress', null, PROGRESS[1]!));
        break;
      case 6:
        leadReports = [report(leads[0]!, 'not_started', null, PROGRESS[3]!)];
        break;
      case 7:
        // Two leads disagreeing where the task has two, otherwise a long report.
        leadReports =
          leads.length > 1
            ? [
                report(leads[0]!, 'done', '2025-08-30', PROGRESS[0]!),
                report(leads[1]!, 'in_progress', null, PROGRESS[1]!),
              ]
            : [
                report(
                  leads[0]!,
                  'in_progress',
                  null,
                  Array(4).fill(PROGRESS.join('\n')).join('\n'),
                ),
              ];
    }
    const { effective, conflict } = combineLeadReports(leadReports);
    return {
      taskId: t.id,
      code: t.code,
      group: t.group,
      number: t.number,
      text: t.text,
      lead: t.lead,
      deadline: t.deadline,
      status: taskStatus(t.deadline, effective, period.end),
      leadReports,
      partnerReports:
        i % 5 === 0
          ? [
              report(
                { id: 28, name: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh' },
                null,
                null,
                PROGRESS[0]!,
              ),
            ]
          : [],
      conflict,
    };
  });

  const VALUES: Record<string, number | null> = {
    '3': 35.2,
    '4': 9.5,
    '5': 27,
    '6.1': 82.45,
    '6.2': 61,
    '7': 45,
    '9': 0.623,
    '10': 3.2,
    '11': 8,
    '13.2': 99,
    '18': 96.1,
    '21': 52,
  };
  const indicators: IndicatorStatusRow[] = c.indicators.map((x) => {
    const value = VALUES[x.code] ?? null;
    const judgement = x.code === '1' ? 'met' : x.code === '2' ? 'not_met' : null;
    return {
      indicatorId: x.id,
      code: x.code,
      parent: x.parent,
      text: x.text,
      unit: x.unit,
      target: x.target,
      value,
      valueText: value === null ? null : String(value).replace('.', ','),
      note: x.code === '6.2' ? 'Số liệu đến 30/9/2025' : null,
      assessment: indicatorAssessment(x.target, value, judgement),
      judgement,
      reportedBy: null,
      agency: x.agency ? { id: x.agency.currentId, name: x.agency.currentName } : null,
    };
  });

  const states: RegisterRow['state'][] = ['on_time', 'on_time', 'late', 'missing', 'on_time'];
  const register: RegisterRow[] = c.agencies
    .filter((a) => a.reports)
    .map((a, i) => {
      const state = states[i % states.length]!;
      return {
        agency: { id: a.id, name: a.name },
        expected: true,
        state,
        versions: state === 'missing' ? 0 : i === 0 ? 2 : 1,
        submission:
          state === 'missing'
            ? null
            : {
                id: a.id,
                agency: { id: a.id, name: a.name },
                period: period.key,
                fileName: `BC_Q3_2025_${a.id}.xlsx`,
                sha256: 'x'.repeat(64),
                source: 'form' as const,
                receivedOn: state === 'late' ? '2025-09-18' : '2025-09-08',
                docNumber: `${100 + i}/BC-${a.shortName ?? 'UBND'}`,
                docDate: '2025-09-05',
                version: 1,
                superseded: false,
                createdAt: '2025-09-08T08:00:00Z',
              },
      };
    });
  register.push({
    agency: { id: 30, name: 'Hiệp hội doanh nghiệp tỉnh Lai Châu' },
    expected: false,
    state: 'not_expected',
    submission: null,
    versions: 0,
  });

  return {
    settings,
    plan: c.plans[0]!,
    period,
    number: null,
    date: null,
    tasks,
    indicators,
    register,
    groups: c.groups.map((g) => ({ code: g.code, title: g.title })),
  };
}

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
    model = await seededModel();
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
      'overdue',
      'ongoing',
      'waiting',
      'no_report',
    ] as TaskStatus[]) {
      expect(seen.has(s), s).toBe(true);
    }
    expect(model.tasks.some((t) => t.conflict)).toBe(true);
    const a = new Set(model.indicators.map((x) => x.assessment));
    expect(a).toEqual(new Set(['met', 'not_met', 'no_data', 'qualitative', null]));
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

  it('Phụ lục I: one row per indicator, numbers stored as numbers, assessments tinted', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.I)!;
    expect(lastRow(ws)).toBe(HEADER_ROW + model.indicators.length);
    model.indicators.forEach((x, i) => {
      const n = HEADER_ROW + 1 + i;
      expect(text(ws.getCell(n, 1))).toBe(x.code);
      if (x.assessment === null) {
        expect(ws.getCell(n, 2).isMerged).toBe(true);
        expect(ws.getCell(n, 2).font?.bold).toBe(true);
        return;
      }
      const a = ws.getCell(n, 6);
      expect(text(a)).toBe(INDICATOR_ASSESSMENT_LABEL[x.assessment]);
      expect(fillOf(a)).toBe(ASSESSMENT_FILL[x.assessment]);
      const v = ws.getCell(n, 5);
      if (x.value !== null) {
        expect(v.value).toBe(x.value);
        expect(v.numFmt).toBe(numberFormat(x.value));
      }
    });
    const row = (code: string) =>
      HEADER_ROW + 1 + model.indicators.findIndex((x) => x.code === code);
    expect(ws.getCell(row('3'), 5).numFmt).toBe('#,##0.0');
    expect(ws.getCell(row('9'), 5).numFmt).toBe('#,##0.000');
    expect(ws.getCell(row('5'), 5).numFmt).toBe('#,##0');
    expect(text(ws.getCell(row('3'), 6))).toBe('Chưa đạt');
    expect(text(ws.getCell(row('1'), 6))).toBe('Đạt'); // qualitative, judged by the user
    expect(text(ws.getCell(row('6'), 2))).toContain('thủ tục hành chính');
    // The agency's note stays beside a number as an Excel note, the number stays a number.
    expect(ws.getCell(row('6.2'), 5).value).toBe(61);
    expect(JSON.stringify(ws.getCell(row('6.2'), 5).note)).toContain('Số liệu đến 30/9/2025');
  });

  it('Phụ lục III: the expected agencies with document, received date as a date, state tinted', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.III)!;
    const rows = registerRowsShown(model.register);
    expect(rows.length).toBe(model.register.length - 1); // the association was not asked
    expect(lastRow(ws)).toBe(HEADER_ROW + rows.length);
    rows.forEach((r, i) => {
      const n = HEADER_ROW + 1 + i;
      expect(ws.getCell(n, 1).value).toBe(i + 1);
      expect(text(ws.getCell(n, 2))).toBe(r.agency.name);
      const state = ws.getCell(n, 5);
      expect(text(state).split('\n')[0]).toBe(REGISTER_STATE_LABEL[r.state]);
      expect(fillOf(state)).toBe(REGISTER_FILL[r.state]);
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
    expect(numberFormat(100)).toBe('#,##0');
    expect(numberFormat(37.6)).toBe('#,##0.0');
    expect(numberFormat(82.45)).toBe('#,##0.00');
    expect(numberFormat(0.623)).toBe('#,##0.000');
    expect(numberFormat(0.1 + 0.2)).toBe('#,##0.0');
    expect(numberFormat(1 / 3)).toBe('#,##0.000');
  });
});
