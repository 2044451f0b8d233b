// The classes of agency layout on which the importer was once confidently wrong for a whole file
// (issue "Import truth"): each test reads a sheet the way such offices write it and asserts what a
// careful clerk reads in it — or that the importer asks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/api';
import { CONFIDENT_MATCH, type ImportRow } from '../../shared/domain/import-types';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import type { GridSheet } from '../../electron/backend/importer/grid';
import { seededPlan } from './import-helpers';
import { book, sheet, utc, type In } from '../fixtures/grid-builder';

let catalogue: Catalogue;
let plan: PlanRows;

beforeAll(async () => {
  ({ catalogue, plan } = await seededPlan());
});

const TITLE: In[][] = [
  ['UBND TỈNH LAI CHÂU'],
  ['SỞ NỘI VỤ'],
  ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
  ['(Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025 của Sở Nội vụ)'],
];

function read(...sheets: GridSheet[]) {
  return readAgencyLayout(book(...sheets), plan);
}

function at(rows: ImportRow[], row: number, sheetName?: string): ImportRow {
  const found = rows.find(
    (r) => r.row === row && (sheetName === undefined || r.sheet === sheetName),
  );
  if (!found) throw new Error(`no row ${row} in ${rows.map((r) => r.key).join(', ')}`);
  return found;
}

/** What a clerk would check: plan code (when confident), status, completion date. */
function facts(rows: ImportRow[]) {
  return rows.map((r) => ({
    row: r.row,
    code: r.uncertain ? '?' : r.code,
    status: r.status,
    completedOn: r.completedOn,
    asked: r.questions.length > 0,
  }));
}

describe('1. a data row is not a second heading row', () => {
  const header: In[] = [
    'STT',
    'Nội dung nhiệm vụ',
    'Đơn vị chủ trì',
    'Thời hạn',
    'Tình trạng',
    'Kết quả cụ thể',
    'Ngày hoàn thành',
  ];
  const data = (stt: In): In[][] => [
    [
      stt,
      'Xây dựng văn bản quy định trách nhiệm người đứng đầu cơ quan nhà nước trong phát triển KH,CN, ĐMST và CĐS',
      'Sở Nội vụ',
      'Quý III/2025',
      'Đã hoàn thành',
      'Kế hoạch số 112/KH-SNV ngày 02/7/2025 của Sở Nội vụ',
      '15/7/2025',
    ],
    [
      2,
      'Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số của cơ quan nhà nước, người đứng đầu',
      'Sở Nội vụ',
      '2025',
      'Đang thực hiện',
      'Thời gian lấy ý kiến kéo dài đến tháng 10',
      null,
    ],
    [
      3,
      'Tham mưu văn bản chỉ đạo phát huy tinh thần sáng tạo, dám nghĩ, dám làm của cán bộ',
      'Sở Nội vụ',
      '2025',
      'Chưa thực hiện',
      null,
      null,
    ],
    [
      4,
      'Phát động phong trào thi đua về phát triển KH,CN, ĐMST và CĐS',
      'Sở Nội vụ',
      'Quý III/2025',
      'Hoàn thành',
      'Phát động ngày 20/8/2025',
      '20/8/2025',
    ],
    [
      5,
      'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
      'Sở Nội vụ',
      '2025',
      'Đang thực hiện',
      'Đang xây dựng dự thảo',
      null,
    ],
  ];
  const expected = [
    { row: 6, code: 'I.6', status: 'done', completedOn: '2025-07-15', asked: false },
    { row: 7, code: 'I.7', status: 'in_progress', completedOn: null, asked: false },
    { row: 8, code: 'I.10', status: 'not_started', completedOn: null, asked: false },
    { row: 9, code: 'I.13', status: 'done', completedOn: '2025-08-20', asked: false },
    { row: 10, code: 'IV.6', status: 'in_progress', completedOn: null, asked: false },
  ];

  it('reads all five rows with their own statuses when STT is a number', () => {
    const e = read(sheet('Nhiệm vụ', [...TITLE, header, ...data(1)]));
    expect(facts(e.rows)).toEqual(expected);
  });

  it('does the same when STT and the dates are typed as text', () => {
    const e = read(sheet('Nhiệm vụ', [...TITLE, header, ...data('1')]));
    expect(facts(e.rows)).toEqual(expected);
  });
});

describe('2. hidden columns are never read', () => {
  it("takes this quarter's status, not last quarter's hidden beside it, and says so", () => {
    const s = sheet(
      'Nhiệm vụ',
      [
        ...TITLE,
        [
          'STT',
          'Nội dung nhiệm vụ',
          'Chủ trì',
          'Tình trạng Quý II/2025',
          'Tình trạng Quý III/2025',
        ],
        [
          1,
          'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN về KH,CN, ĐMST và CĐS',
          'Sở Nội vụ',
          'Chưa thực hiện',
          'Đã hoàn thành',
        ],
        [
          2,
          'Phát động phong trào thi đua về phát triển KH,CN, ĐMST và CĐS',
          'Sở Nội vụ',
          'Chưa thực hiện',
          'Đang thực hiện',
        ],
      ],
      [],
      { hiddenColumns: [4] },
    );
    const e = read(s);
    expect(e.rows.map((r) => [r.code, r.status])).toEqual([
      ['I.6', 'done'],
      ['I.13', 'in_progress'],
    ]);
    expect(e.notes.join(' ')).toContain('cột bị ẩn');
    expect(e.notes.join(' ')).toContain('Tình trạng Quý II/2025');
  });
});

describe('3. column roles by heading and content', () => {
  it('"Tình hình thực hiện" holding status words is the status beside "Kết quả đạt được"', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Tình hình thực hiện', 'Kết quả đạt được'],
        [
          1,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Đang thực hiện',
          'Đã trình HĐND tỉnh dự thảo Nghị quyết',
        ],
        [
          2,
          'Phát động phong trào thi đua về phát triển KH,CN, ĐMST và CĐS',
          'Đã hoàn thành',
          'Phát động ngày 20/8/2025 tại hội nghị toàn tỉnh',
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.status, r.progress])).toEqual([
      ['IV.6', 'in_progress', 'Đã trình HĐND tỉnh dự thảo Nghị quyết'],
      ['I.13', 'done', 'Phát động ngày 20/8/2025 tại hội nghị toàn tỉnh'],
    ]);
    expect(e.notes.join(' ')).toContain('Tình hình thực hiện');
  });

  it('"Thời gian hoàn thành" holding the plan deadline does not hide "Ngày hoàn thành"', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Thời gian hoàn thành', 'Tiến độ', 'Ngày hoàn thành'],
        [
          1,
          'Phát động phong trào thi đua về phát triển KH,CN, ĐMST và CĐS',
          'Quý III/2025',
          'Hoàn thành',
          utc(2025, 8, 20),
        ],
        [
          2,
          'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN về KH,CN, ĐMST và CĐS',
          '2025',
          'Đã hoàn thành',
          '05/09/2025',
        ],
        [
          3,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Thường xuyên',
          'Đang thực hiện',
          null,
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.status, r.completedOn])).toEqual([
      ['I.13', 'done', '2025-08-20'],
      ['I.6', 'done', '2025-09-05'],
      ['IV.6', 'in_progress', null],
    ]);
    expect(e.notes.join(' ')).toContain('thời hạn theo kế hoạch');
  });
});

describe('4. percentages and prose statuses', () => {
  it('reads "Tiến độ (%)": 100 done, 1–99 in progress with the figure, 0 not started', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tiến độ (%)', 'Kết quả thực hiện'],
        [1, 'Phát động phong trào thi đua về KH,CN, ĐMST và CĐS', 100, 'Đã phát động'],
        [2, 'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng', 70, 'Dự thảo'],
        [3, 'Tham mưu văn bản chỉ đạo phát huy tinh thần dám nghĩ, dám làm', 0, null],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.status, r.percent])).toEqual([
      ['I.13', 'done', 100],
      ['IV.6', 'in_progress', 70],
      ['I.10', 'not_started', 0],
    ]);
  });

  it('reads status, date and percentage from prose alone, and asks when the prose contradicts itself', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện'],
        [
          1,
          'Phát động phong trào thi đua về KH,CN, ĐMST và CĐS',
          'Đã hoàn thành ngày 15/8/2025, tổ chức lễ phát động tại hội trường tỉnh',
        ],
        [
          2,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Đang triển khai, đạt khoảng 70%',
        ],
        [
          3,
          'Tham mưu văn bản chỉ đạo phát huy tinh thần dám nghĩ, dám làm',
          'Chưa triển khai do chưa bố trí kinh phí',
        ],
        [
          4,
          'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN về KH,CN, ĐMST và CĐS',
          'Hoàn thành (chậm so với kế hoạch)',
        ],
        [5, 'Đề án đánh giá mức độ hoàn thành nhiệm vụ CĐS của CQNN', 'Thực hiện thường xuyên'],
        [
          6,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Hoàn thành khảo sát; đang xây dựng dự thảo kế hoạch',
        ],
      ]),
    );
    expect(
      e.rows.map((r) => [r.code, r.status, r.completedOn, r.percent, r.questions.length > 0]),
    ).toEqual([
      ['I.13', 'done', '2025-08-15', null, false],
      ['IV.6', 'in_progress', null, 70, false],
      ['I.10', 'not_started', null, null, false],
      ['I.6', 'done', null, null, false],
      ['I.7', 'in_progress', null, null, false],
      ['II.1', null, null, null, true],
    ]);
    expect(
      at(e.rows, 10)
        .issues.map((i) => i.message)
        .join(' '),
    ).toContain('thường xuyên');
  });
});

describe('5. month-only dates', () => {
  it('reads "tháng 8/2025", "T7/2025" and "8/2025" as the month\'s last day, flagged', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, 'Phát động phong trào thi đua về KH,CN, ĐMST và CĐS', 'Đã hoàn thành', 'tháng 8/2025'],
        [
          2,
          'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN về KH,CN, ĐMST và CĐS',
          'Đã hoàn thành',
          'T7/2025',
        ],
        [
          3,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Hoàn thành',
          '8/2025',
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.completedOn, r.completedApprox])).toEqual([
      ['2025-08-31', true],
      ['2025-07-31', true],
      ['2025-08-31', true],
    ]);
    for (const r of e.rows) expect(r.issues.map((i) => i.message).join(' ')).toContain('ước tính');
  });

  it('never drops a date it cannot read: it asks', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, 'Phát động phong trào thi đua về KH,CN, ĐMST và CĐS', 'Đã hoàn thành', 'cuối quý'],
      ]),
    );
    expect(e.rows[0]!.questions).toEqual([
      { field: 'completedOn', message: expect.stringContaining('cuối quý') },
    ]);
  });
});

describe('6. several tables on one sheet', () => {
  it('reads the indicator table under the task table with its own columns', () => {
    const e = read(
      sheet('Báo cáo', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
        [1, 'Phát động phong trào thi đua về KH,CN, ĐMST và CĐS', 'Đã hoàn thành', 'Đã phát động'],
        [
          2,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Đang thực hiện',
          null,
        ],
        [],
        [],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng', '%', '86,4'],
      ]),
    );
    expect(e.rows.map((r) => [r.row, r.kind, r.status, r.value])).toEqual([
      [6, 'task', 'done', null],
      [7, 'task', 'in_progress', null],
      [11, 'indicator', null, 86.4],
    ]);
    expect(at(e.rows, 11).targetId).not.toBeNull();
  });
});

describe('7. matching is not shy with abbreviated or extended wording', () => {
  it('matches abbreviations, extra words, bracketed remarks and plan text plus a tail confidently', () => {
    const full = catalogue.tasks.find((t) => t.code === 'V.15')!.text;
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
        [1, 'Kết nối DN địa phương với các sàn TMĐT lớn trong, ngoài nước', 'Đang thực hiện'],
        [
          2,
          'Xây dựng văn bản quy định trách nhiệm người đứng đầu CQNN (theo Kế hoạch số 45/KH-SNV)',
          'Đang thực hiện',
        ],
        [3, `${full} Năm 2025 tập trung kiểm tra 18 hệ thống thông tin.`, 'Đang thực hiện'],
        [
          4,
          'Triển khai hệ thống thuế điện tử, tự động hoá kê khai, thu, hoàn thuế',
          'Đang thực hiện',
        ],
      ]),
    );
    expect(e.rows.map((r) => [r.code, r.confidence >= CONFIDENT_MATCH])).toEqual([
      ['VI.8', true],
      ['I.6', true],
      ['V.15', true],
      ['V.10', true],
    ]);
  });
});
