// Layouts of agency corpus I (issue 8, files 103–118), one general rule each: what a careful clerk
// reads from them, or that the importer asks instead of guessing.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calculate,
  slideFormula,
  type CellLookup,
  type Scalar,
} from '../../electron/backend/importer/formula-eval';
import { cellAt, type GridSheet, type GridWorkbook } from '../../electron/backend/importer/grid';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import { readWorkbook, type ReadLimits } from '../../electron/backend/importer/read-workbook';
import { seededPlan } from './import-helpers';
import { book, sheet, type In } from '../fixtures/grid-builder';
import { memoryBackend } from './helpers';

/** The streaming reader (big workbooks), forced. */
const STREAM: Partial<ReadLimits> = { streamPartBytes: 0 };

async function gridOf(
  build: (ws: ExcelJS.Worksheet) => void,
  limits?: Partial<ReadLimits>,
): Promise<GridWorkbook> {
  const x = new ExcelJS.Workbook();
  build(x.addWorksheet('Báo cáo'));
  const r = await readWorkbook(
    new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer),
    'b.xlsx',
    limits,
  );
  if (!r.ok) throw new Error(r.message);
  return r.workbook;
}

describe('struck-through text (an edit left visible)', () => {
  it('reads only the text that is not struck, and a cell struck whole as empty', async () => {
    const wb = await gridOf((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: 'Đang thực hiện', font: { strike: true } }, { text: ' Đã hoàn thành' }],
      };
      ws.getCell('A2').value = { richText: [{ text: 'Chưa thực hiện', font: { strike: true } }] };
      ws.getCell('A3').value = 'Hoàn thành';
      ws.getCell('A3').font = { strike: true };
      ws.getCell('A4').value = 'Hoàn thành';
    });
    const s = wb.sheets[0]!;
    expect(cellAt(s, 1, 1)?.text).toBe('Đã hoàn thành');
    expect(cellAt(s, 2, 1)).toBeNull();
    expect(cellAt(s, 3, 1)).toBeNull();
    expect(cellAt(s, 4, 1)?.text).toBe('Hoàn thành');
  });

  it('drops struck runs in the streaming reader too', async () => {
    const wb = await gridOf((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: '30/6/2025', font: { strike: true } }, { text: '\n18/8/2025' }],
      };
      ws.getCell('A2').value = { richText: [{ text: 'Chưa thực hiện', font: { strike: true } }] };
    }, STREAM);
    const s = wb.sheets[0]!;
    expect(cellAt(s, 1, 1)?.text).toBe('18/8/2025');
    expect(cellAt(s, 2, 1)).toBeNull();
  });
});

let plan: PlanRows;

beforeAll(async () => {
  ({ plan } = await seededPlan());
});

const TITLE: In[][] = [
  ['UBND TỈNH LAI CHÂU'],
  ['SỞ Y TẾ'],
  ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
  ['(Kèm theo Báo cáo số 1024/BC-SYT ngày 08/10/2025)'],
];
const read = (...sheets: GridSheet[]) => readAgencyLayout(book(...sheets), plan);
/** Code (when confident), status, whether asked. */
const facts = (e: ReturnType<typeof read>) =>
  e.rows.map((r) => [r.row, r.uncertain ? '?' : r.code, r.status, r.questions.length > 0]);

describe('a status column that contradicts the result', () => {
  it('asks when one says done and the other not, in either direction', () => {
    const e = read(
      sheet('NV', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân',
          'Đang thực hiện',
          'Đã hoàn thành (15/8/2025)',
        ],
        [
          2,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP',
          'Hoàn thành',
          'Đang xây dựng dự thảo kế hoạch',
        ],
        [
          3,
          'Cụ thể hóa nhiệm vụ chuyển đổi số trong kế hoạch công tác hằng năm của cơ quan',
          'Thực hiện thường xuyên',
          'Đã hoàn thành lồng ghép nhiệm vụ vào kế hoạch công tác năm 2025',
        ],
        [
          4,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Đang thực hiện',
          'Đang phổ biến Luật tới các đơn vị trực thuộc',
        ],
      ]),
    );
    expect(facts(e)).toEqual([
      [6, 'V.12', 'in_progress', true],
      [7, 'I.2', 'done', true],
      [8, 'I.8', 'in_progress', false],
      [9, 'II.1', 'in_progress', false],
    ]);
  });
});

describe('formulas saved without their results (never calculated)', () => {
  const build = (ws: ExcelJS.Worksheet): void => {
    TITLE.forEach((r, i) => (ws.getRow(i + 1).getCell(1).value = r[0] as string));
    ws.getRow(5).values = [
      'STT',
      'Nhiệm vụ',
      'Kế hoạch',
      'Đã thực hiện',
      'Tiến độ (%)',
      'Tình trạng',
    ];
    ws.getRow(6).values = [
      1,
      'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số',
      4,
      2,
    ];
    ws.getCell('E6').value = { formula: 'ROUND(D6/C6*100,0)' } as ExcelJS.CellFormulaValue;
    ws.getCell('F6').value = {
      formula: 'IF(E6>=100,"Hoàn thành","Đang thực hiện")',
    } as ExcelJS.CellFormulaValue;
    ws.getRow(7).values = [
      2,
      'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
      4,
      4,
      100,
      'Hoàn thành',
    ];
  };

  it('calculates the plain ones as Excel would and reads the rows, in both readers', async () => {
    for (const limits of [undefined, STREAM]) {
      const wb = await gridOf(build, limits);
      expect(wb.sheets[0]!.uncalculated).toBeUndefined();
      expect(cellAt(wb.sheets[0]!, 6, 5)?.text).toBe('50');
      const e = readAgencyLayout(wb, plan);
      expect(facts(e)).toEqual([
        [6, 'V.12', 'in_progress', false],
        [7, 'II.1', 'done', false],
      ]);
      expect(e.rows[0]!.percent).toBe(50);
    }
  });

  it('asks for the rows whose status is a formula it cannot calculate', async () => {
    for (const limits of [undefined, STREAM]) {
      const wb = await gridOf((ws) => {
        build(ws);
        ws.getCell('F6').value = {
          formula: 'VLOOKUP(E6,DM!A1:B3,2,0)',
        } as ExcelJS.CellFormulaValue;
      }, limits);
      expect(wb.sheets[0]!.uncalculated).toEqual([{ row: 6, col: 6 }]);
      const e = readAgencyLayout(wb, plan);
      expect(facts(e)[0]).toEqual([6, 'V.12', 'in_progress', true]);
      expect(e.rows[0]!.questions[0]!.message).toContain('F6');
    }
  });
});

describe('a PDF converted to Excel: texts split over rows', () => {
  it('reads the lines under a numbered row that continue its sentence as that task, status too', () => {
    const e = read(
      sheet('Table 1', [
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, 'Xây dựng kế hoạch triển khai Kế hoạch của UBND', 'Hoàn thành', '15/8/2025'],
        [null, 'tỉnh thực hiện Nghị quyết 03/NQ-CP.', null, null],
        [2, 'Xây dựng kế hoạch triển khai thực hiện các Đề án,', null, null],
        [null, 'Chương trình, Kế hoạch của các bộ, ngành Trung', 'Đang thực hiện', null],
        [null, 'ương về triển khai thực hiện Nghị quyết 03/NQ-CP.', null, null],
        [3, 'Cụ thể hóa nhiệm vụ chuyển đổi số, phát triển khoa', 'Thực hiện', null],
        [null, 'học, công nghệ, đổi mới sáng tạo trong kế hoạch', 'thường xuyên', null],
        [null, 'công tác hằng năm của cơ quan.', null, null],
      ]),
    );
    expect(facts(e)).toEqual([
      [6, 'I.2', 'done', false],
      [8, 'I.3', 'in_progress', false],
      [11, 'I.8', 'in_progress', false],
    ]);
    expect(e.rows[0]!.completedOn).toBe('2025-08-15');
    expect(e.rows[1]!.text).toBe(
      'Xây dựng kế hoạch triển khai thực hiện các Đề án, Chương trình, Kế hoạch của các bộ, ngành Trung ương về triển khai thực hiện Nghị quyết 03/NQ-CP.',
    );
  });

  it('keeps an unnumbered row that starts its own sentence as a row of its own', () => {
    const e = read(
      sheet('NV', [
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Tình trạng'],
        [
          1,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP',
          'Hoàn thành',
        ],
        [
          null,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Đang thực hiện',
        ],
      ]),
    );
    expect(e.rows.map((r) => r.row)).toEqual([6, 7]);
  });
});

describe('the result written in the task’s own cell', () => {
  it('reads a "Kết quả: …" or "=> …" line under the task text as its result and status', () => {
    const e = read(
      sheet('KQ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ và kết quả thực hiện', 'Ghi chú'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân.\nKết quả: Đã hoàn thành ngày 12/8/2025.',
          null,
        ],
        [
          2,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP.\n- Kết quả: Đang thực hiện, đạt 60%.',
          null,
        ],
        [
          3,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ.\n=> Chưa triển khai.',
          'Chờ hướng dẫn',
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.status, r.completedOn, r.percent])).toEqual([
      ['V.12', 'done', '2025-08-12', null],
      ['I.2', 'in_progress', null, 60],
      ['II.1', 'not_started', null, null],
    ]);
    expect(e.rows[0]!.text).not.toContain('Kết quả');
  });
});

describe('the work’s own period written as a range', () => {
  it('takes the end of a range of days as the completion of a done task, asking for whole months', () => {
    const e = read(
      sheet('KQ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Thời gian thực hiện'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân',
          'Hoàn thành',
          'Từ 01/7/2025 đến 15/8/2025',
        ],
        [
          2,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Đang thực hiện',
          '01/8/2025 - nay',
        ],
        [
          3,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP',
          'Hoàn thành',
          'Tháng 7-8/2025',
        ],
        [
          4,
          'Cụ thể hóa nhiệm vụ chuyển đổi số trong kế hoạch công tác hằng năm của cơ quan',
          'Hoàn thành',
          '01/7 – 20/9/2025',
        ],
        [
          5,
          'Rà soát các điểm nghẽn phục vụ hoạt động phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
          'Hoàn thành',
          'Từ 01/7/2025 đến 30/9/2025',
        ],
      ]),
    );
    expect(
      e.rows.map((r) => [r.code, r.status, r.completedOn, r.completedApprox, r.questions.length]),
    ).toEqual([
      ['V.12', 'done', '2025-08-15', false, 0],
      ['II.1', 'in_progress', null, false, 0],
      // Whole months may be the plan's time frame: the end is offered, and asked.
      ['I.2', 'done', '2025-08-31', true, 1],
      ['I.8', 'done', '2025-09-20', false, 0],
      ['II.3', 'done', '2025-09-30', false, 1],
    ]);
  });
});

describe('statuses shown only by fill colours, with a legend', () => {
  it('asks the status of every row that says none in words, quoting the legend', () => {
    const e = read(
      sheet('KQ', [
        ...TITLE,
        [
          'Ghi chú: nhiệm vụ tô màu xanh: đã hoàn thành; tô màu vàng: đang thực hiện; không tô màu: chưa thực hiện',
        ],
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả thực hiện'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân',
          'Sở Y tế',
          'Quyết định số 1520/QĐ-UBND',
        ],
        [
          2,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Sở Y tế',
          'Đang phổ biến tới các đơn vị',
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.questions.length > 0])).toEqual([
      ['V.12', true],
      ['II.1', true],
    ]);
    expect(e.rows[0]!.questions[0]!.message).toContain('màu');
  });
});

describe('one plan task reported twice in a file', () => {
  it('asks on the row it was matched to when the other row reports another status', () => {
    const task =
      'Kết nối doanh nghiệp địa phương với các sàn thương mại điện tử lớn trong và ngoài nước';
    const e = read(
      sheet('NV', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        ['A', 'NHIỆM VỤ TRỌNG TÂM'],
        [1, task, 'Đang thực hiện'],
        [
          2,
          'Hỗ trợ doanh nghiệp địa phương tiếp cận các thị trường mới thông qua thương mại điện tử',
          'Hoàn thành',
        ],
        ['B', 'NHIỆM VỤ THƯỜNG XUYÊN'],
        [1, task, 'Hoàn thành'],
      ]),
    );
    const first = e.rows.find((r) => r.row === 7)!;
    expect(first.code).toBe('VI.8');
    expect(first.questions.map((q) => q.message).join()).toContain('dòng 10');
    expect(e.rows.find((r) => r.row === 10)!.targetId).toBeNull();
  });
});

describe('vague completion dates', () => {
  it('reads a month without its year in the report’s year, and a quarter as no date, unasked', () => {
    const e = read(
      sheet('KQ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân',
          'Hoàn thành',
          'giữa tháng 8',
        ],
        [
          2,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Hoàn thành',
          'Q3/2025',
        ],
        [
          3,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP',
          'Hoàn thành',
          'cuối tháng 7',
        ],
      ]),
    );
    expect(
      e.rows.map((r) => [r.code, r.status, r.completedOn, r.completedApprox, r.questions.length]),
    ).toEqual([
      ['V.12', 'done', '2025-08-31', true, 0],
      ['II.1', 'done', null, false, 0],
      ['I.2', 'done', '2025-07-31', true, 0],
    ]);
  });
});

describe('reading the fill colours by their legend', () => {
  it('gives each row the status its colour stands for, and asks for a colour not in the legend', () => {
    const s = sheet(
      'KQ',
      [
        ...TITLE,
        [
          'Ghi chú: tô màu xanh: đã hoàn thành; tô màu vàng: đang thực hiện; không tô màu: chưa thực hiện',
        ],
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện'],
        [
          1,
          'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, và các dịch vụ số phục vụ đời sống người dân',
          'Quyết định số 1520/QĐ-UBND',
        ],
        [2, 'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ', null],
        [
          3,
          'Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện Nghị quyết 03/NQ-CP',
          null,
        ],
        [4, 'Cụ thể hóa nhiệm vụ chuyển đổi số trong kế hoạch công tác hằng năm của cơ quan', null],
      ],
      [],
      {
        fills: [
          { row: 7, col: 2, rgb: '92D050' },
          { row: 8, col: 2, rgb: 'FFFF00' },
          { row: 10, col: 2, rgb: 'FF0000' },
        ],
      },
    );
    const e = read(s);
    expect(e.rows.map((r) => [r.code, r.status, r.questions.length > 0])).toEqual([
      ['V.12', 'done', false],
      ['II.1', 'in_progress', false],
      ['I.2', 'not_started', false],
      ['I.8', null, true],
    ]);
  });
});

describe('fill colours read from the file', () => {
  it('gives the solid fills of cells with a value, a theme colour as "?", in both readers', async () => {
    const build = (ws: ExcelJS.Worksheet): void => {
      ws.getCell('A1').value = 'xanh';
      ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
      ws.getCell('A2').value = 'chủ đề';
      ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
      ws.getCell('A3').value = 'không tô';
      ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    };
    for (const limits of [undefined, STREAM]) {
      const wb = await gridOf(build, limits);
      expect(wb.sheets[0]!.fills).toEqual([
        { row: 1, col: 1, rgb: '92D050' },
        { row: 2, col: 1, rgb: '?' },
      ]);
    }
  });
});

describe('a joint report of two agencies', () => {
  it('asks who sent it, naming both agencies of the title', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('Biểu');
    [
      ['UBND TỈNH LAI CHÂU'],
      ['SỞ CÔNG THƯƠNG - SỞ TÀI CHÍNH'],
      ['Số: 05/BCLN-SCT-STC'],
      ['BÁO CÁO LIÊN NGÀNH KẾT QUẢ HỖ TRỢ DOANH NGHIỆP CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Tình trạng'],
      [
        1,
        'Tổ chức các chương trình đào tạo, hội thảo về chuyển đổi số cho doanh nghiệp',
        'Hoàn thành',
      ],
      [
        2,
        'Nâng cao năng lực ứng dụng công nghệ số trong sản xuất, kinh doanh và quản trị',
        'Đang thực hiện',
      ],
    ].forEach((r, i) => (ws.getRow(i + 1).values = r));
    const data = Buffer.from((await x.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const app = memoryBackend();
    const p = await app.call('imports.preview', { files: [{ name: 'bao-cao.xlsx', data }] });
    app.close();
    const q = p.files[0]!.agencyQuestion ?? '';
    expect(q).toContain('Sở Công Thương');
    expect(q).toContain('Sở Tài chính');
  });
});

describe('calculating formulas saved without results', () => {
  const cells: Record<string, Scalar | null> = { C6: 4, D6: 2, C7: 4, D7: 4, B6: 'Nhiệm vụ' };
  const at: CellLookup = (row, col) => cells[`${String.fromCharCode(64 + col)}${row}`] ?? null;
  it('gives what Excel shows for arithmetic, IF, ROUND, SUM and comparisons', () => {
    expect(calculate('ROUND(D6/C6*100,0)', at)).toBe(50);
    expect(
      calculate('IF(D7/C7>=1,"Hoàn thành",IF(D7>0,"Đang thực hiện","Chưa thực hiện"))', at),
    ).toBe('Hoàn thành');
    expect(calculate('SUM(C6:D7)+-1', at)).toBe(13);
    expect(calculate('B6&" (1)"', at)).toBe('Nhiệm vụ (1)');
    expect(calculate('=$C$6*50%', at)).toBe(2);
  });
  it('gives nothing for what it cannot tell: other sheets, other functions, division by zero', () => {
    expect(calculate("'Quý II'!C6+1", at)).toBeUndefined();
    expect(calculate('VLOOKUP(C6,A1:B9,2,0)', at)).toBeUndefined();
    expect(calculate('C6/A1', at)).toBeUndefined();
  });
  it('slides a shared formula’s relative references to the cell that shares it', () => {
    expect(slideFormula('ROUND(D8/C8*100,0)&$A$1&"C8"', 2, 1)).toBe(
      'ROUND(E10/D10*100,0)&$A$1&"C8"',
    );
  });
});

describe('a shared formula saved without results', () => {
  it('is slid to each cell that shares it, alike in both readers', async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('NV');
    ws.getRow(1).values = ['Kế hoạch', 'Đã làm', 'Tiến độ (%)'];
    ws.getRow(2).values = [4, 2];
    ws.getRow(3).values = [5, 5];
    ws.getCell('C2').value = { formula: 'ROUND(B2/A2*100,0)' } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = { formula: 'ROUND(B3/A3*100,0)' } as ExcelJS.CellFormulaValue;
    const parts = unzipSync(new Uint8Array((await x.xlsx.writeBuffer()) as ArrayBuffer));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!)
      .replace(
        '<f>ROUND(B2/A2*100,0)</f>',
        '<f t="shared" ref="C2:C3" si="0">ROUND(B2/A2*100,0)</f>',
      )
      .replace('<f>ROUND(B3/A3*100,0)</f>', '<f t="shared" si="0"/>');
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const bytes = zipSync(parts);
    const grids = [];
    for (const limits of [undefined, STREAM]) {
      const r = await readWorkbook(bytes, 'b.xlsx', limits);
      if (!r.ok) throw new Error(r.message);
      grids.push(r.workbook.sheets[0]!);
    }
    for (const g of grids)
      expect([cellAt(g, 2, 3)?.value, cellAt(g, 3, 3)?.value]).toEqual([50, 100]);
    expect(grids[1]).toEqual(grids[0]);
  });
});
