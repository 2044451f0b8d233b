// What agencies' cells MEAN (issue 8, corpus files 55–69): status words besides the three plain
// ones, percentages inside status words, negations in prose, a status legend in the heading,
// dates and figures written in other shapes, plan codes in other shapes, periods split over two
// lines, a date only in the signature block. Each case asserts what a careful clerk reads — or
// that the importer asks.
import { beforeAll, describe, expect, it } from 'vitest';
import { SUGGESTION_FLOOR } from '../../shared/domain/import-types';
import { parsePeriodFromText } from '../../shared/domain/periods';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import type { GridSheet } from '../../electron/backend/importer/grid';
import { seededPlan } from './import-helpers';
import { book, sheet, type In } from '../fixtures/grid-builder';

let plan: PlanRows;

beforeAll(async () => {
  ({ plan } = await seededPlan());
});

const TITLE: In[][] = [
  ['UBND TỈNH LAI CHÂU'],
  ['SỞ CÔNG THƯƠNG'],
  ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
  ['(Kèm theo Báo cáo số 1203/BC-SCT ngày 22/9/2025)'],
];

const read = (...sheets: GridSheet[]) => readAgencyLayout(book(...sheets), plan);

/** Code (when confident), status, percentage, whether asked. */
const facts = (e: ReturnType<typeof read>) =>
  e.rows.map((r) => [r.uncertain ? '?' : r.code, r.status, r.percent, r.questions.length > 0]);

const TASKS = [
  'Tổ chức đào tạo, hội thảo về CĐS cho doanh nghiệp',
  'Đào tạo về TMĐT: gian hàng trực tuyến, quảng cáo, logistics',
  'Kết nối DN địa phương với các sàn TMĐT lớn trong và ngoài nước',
  'Tích hợp hệ thống số giám sát, điều chỉnh chuỗi sản xuất',
  'Hỗ trợ DN xuất nhập khẩu kết nối nền tảng thương mại số toàn cầu',
  'Hỗ trợ DN tiếp cận thị trường mới qua TMĐT, nền tảng số',
];

function statusSheet(statuses: In[], heading = 'Tình trạng'): GridSheet {
  return sheet('Nhiệm vụ', [
    ...TITLE,
    ['STT', 'Nhiệm vụ', heading, 'Ghi chú'],
    ...statuses.map((s, i): In[] => [i + 1, TASKS[i]!, s, null]),
  ]);
}

describe('status words besides the three plain ones', () => {
  it('reads schedule words as under way, "Cơ bản hoàn thành" as not done, "Đã ban hành …" as done', () => {
    const e = read(
      statusSheet([
        'Hoàn thành đúng tiến độ',
        'Cơ bản hoàn thành',
        'Đảm bảo tiến độ',
        'Chậm tiến độ',
        'Đã ban hành Quyết định số 1520/QĐ-UBND',
        'Đúng tiến độ',
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'done', null, false],
      ['VI.7', 'in_progress', null, false],
      ['VI.8', 'in_progress', null, false],
      ['VI.13', 'in_progress', null, false],
      ['V.9', 'done', null, false],
      ['VI.3', 'in_progress', null, false],
    ]);
  });

  it('reads a product submitted or awaiting approval, and a task done in part, as under way; asks about a pause', () => {
    const e = read(
      statusSheet([
        'Đã trình UBND tỉnh',
        'Chờ phê duyệt',
        'Hoàn thành một phần',
        'Tạm dừng',
        'Chờ Trung ương ban hành Đề án',
        'Chờ ký ban hành',
      ]),
    );
    expect(facts(e).map((f) => [f[1], f[3]])).toEqual([
      ['in_progress', false],
      ['in_progress', false],
      ['in_progress', false],
      // Paused: neither "under way" nor "not started" is the agency's word.
      [null, true],
      // Waiting for someone else's document is no approval of the agency's own work: still asked.
      [null, true],
      ['in_progress', false],
    ]);
  });

  it('reads a draft written or sent for appraisal as under way, a product approved or signed as done', () => {
    const e = read(
      statusSheet([
        'Đã xây dựng dự thảo',
        'Đã gửi Sở Tư pháp thẩm định',
        'Đã phê duyệt',
        'Đã ký ban hành',
        'Đã phê duyệt chủ trương xây dựng Đề án',
      ]),
    );
    expect(facts(e).map((f) => [f[1], f[3]])).toEqual([
      ['in_progress', false],
      ['in_progress', false],
      ['done', false],
      ['done', false],
      // Approval of a first step is not the task done: asked.
      [null, true],
    ]);
  });

  it('says a paused task is paused when it asks', () => {
    const q = read(statusSheet(['Tạm dừng'])).rows[0]?.questions[0]?.message ?? '';
    expect(q).toContain('tạm dừng');
  });

  it('asks about "Hoàn thành" that still awaits approval or signature', () => {
    const e = read(
      statusSheet(['Hoàn thành (chờ phê duyệt)', 'Hoàn thành, chờ ký ban hành', 'Hoàn thành']),
    );
    expect(facts(e).map((f) => [f[1], f[3]])).toEqual([
      [null, true],
      [null, true],
      ['done', false],
    ]);
  });

  it('reads "Chưa đến thời hạn thực hiện" (not yet due) as not started, in the status or the result', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [1, TASKS[0]!, 'Chưa đến thời hạn', null],
        [2, TASKS[1]!, null, 'Chưa đến thời hạn thực hiện (Quý IV/2025)'],
        [3, TASKS[2]!, null, 'Chưa đến kỳ triển khai'],
      ]),
    );
    expect(facts(e).map((f) => f[1])).toEqual(['not_started', 'not_started', 'not_started']);
  });

  it('reads a completion rate typed as fractions (1 / 0,6 / 0) as 100 % / 60 % / 0 %', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tỷ lệ hoàn thành'],
        [1, TASKS[0]!, 1],
        [2, TASKS[1]!, 0.6],
        [3, TASKS[2]!, 0],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'done', 100, false],
      ['VI.7', 'in_progress', 60, false],
      ['VI.8', 'not_started', 0, false],
    ]);
  });

  it('reads status words typed into a percent column, and asks about other words there', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tiến độ (%)'],
        [1, TASKS[0]!, 'Hoàn thành'],
        [2, TASKS[1]!, 60],
        [3, TASKS[2]!, 'Chờ kinh phí'],
        [4, TASKS[3]!, { error: '#DIV/0!' }],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'done', null, false],
      ['VI.7', 'in_progress', 60, false],
      ['VI.8', null, null, true],
      // A formula error says nothing: no status, no question.
      ['VI.13', null, null, false],
    ]);
  });

  it('asks what a bare 1 means in a percent column holding only 0 and 1', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tiến độ (%)'],
        [1, TASKS[0]!, 1],
        [2, TASKS[1]!, 0],
      ]),
    );
    expect(e.rows[0]?.status).not.toBe('in_progress');
    expect(e.rows[0]?.questions.length).toBeGreaterThan(0);
  });

  it('reads "Đã TH" as done; leaves "ĐTH" (đã or đang?) to the clerk when no legend explains it', () => {
    expect(facts(read(statusSheet(['Đã TH', 'ĐTH'])))).toEqual([
      ['VI.1', 'done', null, false],
      ['VI.7', null, null, true],
    ]);
  });

  it('reads an empty box "□" / "☐" in a mark column as no mark, a ticked one as a mark', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
        [1, TASKS[0]!, '☑', '☐', '☐'],
        [2, TASKS[1]!, '□', '☒', '□'],
        [3, TASKS[2]!, '☐', null, null],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'done', null, false],
      ['VI.7', 'in_progress', null, false],
      ['VI.8', null, null, false],
    ]);
  });

  it('reads a percentage inside the status words: only 100 % is done, 0 % not started', () => {
    const e = read(
      statusSheet(['Hoàn thành 80%', 'Đạt 50%', 'Hoàn thành 100%', 'Được 30% khối lượng', '0%']),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'in_progress', 80, false],
      ['VI.7', 'in_progress', 50, false],
      ['VI.8', 'done', 100, false],
      ['VI.13', 'in_progress', 30, false],
      ['V.9', 'not_started', 0, false],
    ]);
  });

  it('reads 1 / 2 / 3 by the legend in the heading, never as a percentage', () => {
    const e = read(
      statusSheet(
        [2, 1, 3, '1', 2],
        'Tình trạng (1: Đã hoàn thành; 2: Đang thực hiện; 3: Chưa thực hiện)',
      ),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'in_progress', null, false],
      ['VI.7', 'done', null, false],
      ['VI.8', 'not_started', null, false],
      ['VI.13', 'done', null, false],
      ['V.9', 'in_progress', null, false],
    ]);
  });
});

describe('status codes explained under the table', () => {
  it('reads "ĐHT" / "ĐTH" / "CTH" by a "Ghi chú" legend typed below the table', () => {
    const codes = ['ĐTH', 'ĐHT', 'CTH', 'ĐHT', 'TX'];
    const s = sheet('Nhiệm vụ', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'Tình trạng (*)', 'Ghi chú'],
      ...codes.map((c, i): In[] => [i + 1, TASKS[i]!, c, null]),
      [],
      ['(*) Ghi chú: ĐHT - Đã hoàn thành; ĐTH - Đang thực hiện; CTH - Chưa thực hiện'],
    ]);
    expect(facts(read(s))).toEqual([
      ['VI.1', 'in_progress', null, false],
      ['VI.7', 'done', null, false],
      ['VI.8', 'not_started', null, false],
      ['VI.13', 'done', null, false],
      ['V.9', 'in_progress', null, false],
    ]);
  });

  it('still asks for an unexplained code', () => {
    const e = read(statusSheet(['ĐHT', 'Hoàn thành']));
    expect(facts(e)[0]).toEqual(['VI.1', null, null, true]);
  });
});

describe('negations and progress inside prose', () => {
  it('"Chưa hoàn thành" opens a sentence that then tells whether work started, or it asks', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện'],
        [1, TASKS[0]!, 'Chưa hoàn thành, chưa triển khai do chưa được giao kinh phí'],
        [2, TASKS[1]!, 'Chưa hoàn thành; đang lắp đặt hệ thống tại 03 cơ sở'],
        [3, TASKS[2]!, 'Chưa hoàn thành'],
        [4, TASKS[3]!, 'Đã tổ chức 05 hội nghị; chưa hoàn thành việc ban hành quy định chi tiết'],
        [5, TASKS[4]!, 'Đã triển khai thực hiện, đạt khoảng 60% khối lượng'],
        [6, TASKS[5]!, 'Hoàn thành; không phát sinh kinh phí'],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'not_started', null, false],
      ['VI.7', 'in_progress', null, false],
      ['VI.8', null, null, true],
      ['VI.13', null, null, true],
      ['V.9', 'in_progress', 60, false],
      ['VI.3', 'done', null, false],
    ]);
  });
});

describe('several parts with their own statuses in one result cell', () => {
  it('is done only when every part is, under way when parts differ, never a part’s percent', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện'],
        [
          1,
          TASKS[0]!,
          '- Hội thảo tại Lai Châu: đã hoàn thành;\n- Hội thảo tại Tam Đường: đang thực hiện (đạt 60%).',
        ],
        [2, TASKS[1]!, '- Lớp 1: đã hoàn thành;\n- Lớp 2: đã hoàn thành.'],
        [3, TASKS[2]!, '- Nội dung 1: Đã hoàn thành;\n- Nội dung 2: Chưa thực hiện.'],
        [4, TASKS[3]!, '- Khảo sát: chưa thực hiện;\n- Lắp đặt: chưa thực hiện'],
        [5, TASKS[4]!, 'Nội dung 1: đã hoàn thành; Nội dung 2: đang thực hiện'],
        [6, TASKS[5]!, 'Tình trạng: Hoàn thành; Ghi chú: đúng tiến độ'],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'in_progress', null, false],
      ['VI.7', 'done', null, false],
      ['VI.8', 'in_progress', null, false],
      ['VI.13', 'not_started', null, false],
      ['V.9', 'in_progress', null, false],
      // The fields of one report ("Tình trạng: …; Ghi chú: …") are not parts of the work.
      ['VI.3', expect.not.stringMatching(/in_progress/), null, false],
    ]);
  });
});

describe('"hoàn thành" said of a step, a share or a phase is not done', () => {
  it('reads drafts, phases, shares and "gần hoàn thành" as under way', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [1, TASKS[0]!, null, 'Đã hoàn thành dự thảo, chờ Giám đốc Sở ký ban hành'],
        [2, TASKS[1]!, 'Hoàn thành trên 80%', null],
        [3, TASKS[2]!, 'Gần hoàn thành', null],
        [4, TASKS[3]!, null, 'Đã hoàn thành giai đoạn 1; giai đoạn 2 thực hiện năm 2026'],
        [5, TASKS[4]!, 'Không triển khai', null],
        [6, TASKS[5]!, null, 'Đã hoàn thành 90% khối lượng'],
      ]),
    );
    expect(facts(e)).toEqual([
      ['VI.1', 'in_progress', null, false],
      ['VI.7', 'in_progress', 80, false],
      ['VI.8', 'in_progress', null, false],
      ['VI.13', 'in_progress', null, false],
      ['V.9', 'not_started', null, false],
      ['VI.3', 'in_progress', 90, false],
    ]);
  });
});

describe('"hoàn thành" a number of parts out of all', () => {
  it('is under way for some of the parts ("01/03 nội dung"), done for all of them ("12/12")', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [1, TASKS[0]!, 'Đã hoàn thành 01/03 nội dung', null],
        [2, TASKS[1]!, null, 'Đã hoàn thành 2/3 nội dung'],
        [3, TASKS[2]!, null, 'Đã hoàn thành: 12/12 TTHC đủ điều kiện'],
      ]),
    );
    expect(facts(e).map((f) => f[1])).toEqual(['in_progress', 'in_progress', 'done']);
  });
});

describe('completion dates against the report’s own date', () => {
  it('reads "30/9" in a date column in the report’s year, and asks about a day after the report', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành', 'Kết quả thực hiện'],
        [1, TASKS[0]!, 'Hoàn thành', '15/8', null],
        [2, TASKS[1]!, 'Hoàn thành', null, null],
        [3, TASKS[2]!, 'Hoàn thành', '30/11', null],
      ]),
    );
    // The report is dated 22/9/2025.
    expect(e.rows[0]?.completedOn).toBe('2025-08-15');
    expect(e.rows[0]?.questions).toEqual([]);
    expect(e.rows[2]?.questions.map((q) => q.field)).toContain('completedOn');
    const later = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện'],
        [1, TASKS[0]!, 'Hoàn thành ngày 31/12/2025'],
      ]),
    ).rows[0]!;
    expect(later.questions.map((q) => q.field)).toContain('completedOn');
  });

  it('asks about a completion date long after the report’s period when the report is not dated', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ['SỞ CÔNG THƯƠNG'],
        ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        [],
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, TASKS[0]!, 'Hoàn thành', '20/12/2025'],
        [2, TASKS[1]!, 'Hoàn thành', '10/10/2025'],
        [3, TASKS[2]!, 'Hoàn thành', '20/12/2024'],
      ]),
    );
    expect(e.rows.map((r) => [r.completedOn, r.questions.length])).toEqual([
      ['2025-12-20', 1],
      // Days after the quarter's end: the report may well be written later.
      ['2025-10-10', 0],
      ['2024-12-20', 0],
    ]);
  });

  it('never offers the date of the plan the work followed ("theo Kế hoạch số … ngày …") as its end', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [
          1,
          TASKS[0]!,
          'Hoàn thành',
          'Tổ chức 02 hội thảo theo Kế hoạch số 98/KH-SCT ngày 10/6/2025',
        ],
        [2, TASKS[1]!, 'Hoàn thành', 'Kế hoạch số 145/KH-SCT ngày 12/8/2025'],
      ]),
    );
    expect(e.rows.map((r) => [r.status, r.completedOn, r.questions.length])).toEqual([
      ['done', null, 0],
      // The agency's own plan, dated: perhaps the day the task was done — asked.
      ['done', '2025-08-12', 1],
    ]);
  });
});

describe('dates and figures in other shapes', () => {
  it('reads a two-digit year "5/8/25" as 5 August 2025', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, TASKS[0]!, 'Hoàn thành', '5/8/25'],
      ]),
    );
    expect([e.rows[0]?.completedOn, e.rows[0]?.questions]).toEqual(['2025-08-05', []]);
  });

  it('reads an Excel serial kept as text ("45870") and a date typed with spaces ("15 / 8 / 2025")', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Ngày hoàn thành'],
        [1, TASKS[0]!, 'Hoàn thành', '45870'],
        [2, TASKS[1]!, 'Hoàn thành', '15 / 8 / 2025'],
        [3, TASKS[2]!, 'Hoàn thành', '12345'],
      ]),
    );
    expect(e.rows.map((r) => r.completedOn)).toEqual(['2025-08-01', '2025-08-15', null]);
    // A number that is no date of this century is asked, not read.
    expect(e.rows[2]?.questions.length).toBeGreaterThan(0);
  });

  it('takes the achieved figure, not the target in brackets: "Đạt 78,2% (KH: 80%)"', () => {
    const e = read(
      sheet('Chỉ tiêu', [
        ...TITLE,
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Phủ sóng 5G cho người dân', '% dân số', 'Đạt 78,2% (KH: 80%)'],
        [2, 'Tỷ lệ giao dịch không dùng tiền mặt', '%', 'Chưa có số liệu'],
        [3, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', 'Đạt 92,5%, vượt 2,5% so với KH'],
        [
          4,
          'Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC',
          '%',
          'Năm 2024: 80%; năm 2025: 85%',
        ],
        [5, 'Chỉ số đổi mới sáng tạo địa phương', 'Thứ bậc', 'Xếp hạng 35/63'],
      ]),
    );
    // The figure right after "Đạt" is the one achieved; two figures side by side are the
    // clerk's to choose (a question), never a guess.
    expect(e.rows.map((r) => [r.code, r.value, r.questions.map((q) => q.field)])).toEqual([
      ['13.2', 78.2, []],
      ['7', null, []],
      ['6.4', 92.5, []],
      ['6.6', null, ['value']],
      ['24', 35, []],
    ]);
  });
});

describe('completion said only in the result, the date without its year', () => {
  it('takes the year of the report, and an issued document as done only for a task to write one', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [1, TASKS[0]!, null, 'Hoàn thành ngày 30/8'],
        [
          2,
          'Xây dựng KH triển khai Kế hoạch của UBND tỉnh thực hiện NQ 03/NQ-CP',
          null,
          'Ngày 05/7 đã ban hành Kế hoạch số 88/KH-SCT',
        ],
        [3, TASKS[2]!, null, 'Ngày 05/7 đã ban hành Kế hoạch kết nối DN với các sàn TMĐT'],
        [4, TASKS[3]!, null, 'Hoàn thành ngày 30/11'],
      ]),
    );
    const got = e.rows.map((r) => [r.status, r.completedOn]);
    expect(got.slice(0, 2)).toEqual([
      ['done', '2025-08-30'],
      ['done', '2025-07-05'],
    ]);
    // A plan issued for a task that is not itself a document is a step of it.
    expect(got[2]?.[0]).not.toBe('done');
    // So is the plan of a task to write it and carry it out.
    const both = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện'],
        [
          1,
          'Xây dựng kế hoạch và triển khai hạ tầng 5G, IoT',
          'Đã ban hành Kế hoạch số 12/KH-UBND',
        ],
        [2, 'Xây dựng và triển khai Đề án đô thị thông minh', 'Đã ban hành Đề án số 03/ĐA-UBND'],
      ]),
    );
    expect(both.rows.map((r) => r.status)).not.toContain('done');
    // Done by its status, the day a plan for it was issued is not surely the day it was finished.
    const step = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng', 'Kết quả thực hiện'],
        [1, TASKS[2]!, 'Hoàn thành', 'Ngày 05/7/2025 đã ban hành Kế hoạch kết nối DN với sàn TMĐT'],
      ]),
    ).rows[0]!;
    expect(step.questions.map((q) => q.field)).toContain('completedOn');
    // 30/11 comes after the report's own date (22/9/2025): not taken as this year's day unasked.
    const late = e.rows[3]!;
    expect(late.completedOn === null || late.questions.length > 0).toBe(true);
  });
});

describe('plan codes in other shapes', () => {
  const SAME = 'Xây dựng kế hoạch triển khai thực hiện NQ 03/NQ-CP';
  it('reads "1.3", "Mục II, NV 3", "NV 1 mục VI" and "6.4" in a code column', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Mã NV (theo KH)', 'Nhiệm vụ', 'Tình trạng'],
        [1, '1.3', SAME, 'Hoàn thành'],
        [2, 'Mục II, NV 3', 'Rà soát các điểm nghẽn phục vụ KH,CN, ĐMST, CĐS', 'Hoàn thành'],
        [3, 'NV 1 mục VI', 'Tổ chức đào tạo, hội thảo về CĐS cho DN', 'Hoàn thành'],
        [4, '6.4', 'Nâng cao năng lực ứng dụng công nghệ số trong SXKD', 'Hoàn thành'],
        [5, '1.2', SAME, 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual([
      'I.3',
      'II.3',
      'VI.1',
      'VI.4',
      'I.2',
    ]);
  });

  it('asks when the written code names one plan task and the words plainly another', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Mã NV', 'Nhiệm vụ', 'Tình trạng'],
        [
          1,
          'II.4',
          'Tham mưu văn bản chỉ đạo thực hiện các Đề án cơ chế thử nghiệm (sandbox)',
          'Hoàn thành',
        ],
        [2, 'V.13', 'Ban hành bộ quy tắc ứng xử trên không gian mạng', 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['?', 'V.13']);
    expect(e.rows[0]?.candidates.map((c) => c.code).sort()).toEqual(
      expect.arrayContaining(['II.4', 'III.3']),
    );
  });

  it('takes codes that mostly disagree with the words for the agency’s own numbering, not questions', () => {
    // The agency numbers its own list "I.1", "I.2", … in the STT column: not the plan's codes.
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [
          'I.1',
          'Tổ chức các chương trình đào tạo, hội thảo về chuyển đổi số cho doanh nghiệp',
          'Hoàn thành',
        ],
        [
          'I.2',
          'Kết nối doanh nghiệp địa phương với các sàn thương mại điện tử lớn trong và ngoài nước',
          'Hoàn thành',
        ],
        [
          'I.3',
          'Tổ chức các chương trình đào tạo về thương mại điện tử, gian hàng trực tuyến, logistics',
          'Hoàn thành',
        ],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['VI.1', 'VI.8', 'VI.7']);
  });

  it('reads a code written before the task text: "[II.3] …", "NV I.3 - …", "Mục I.2: …"', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
        [1, '[II.3] Rà soát các điểm nghẽn về thể chế', 'Hoàn thành'],
        [2, `NV I.3 - ${SAME}`, 'Hoàn thành'],
        [3, `Mục I.2: ${SAME}`, 'Hoàn thành'],
        [4, '(V.3) Tăng cường cung cấp DVCTT toàn trình', 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['II.3', 'I.3', 'I.2', 'V.3']);
  });
});

describe('a named law is a proper name, not the task’s wording', () => {
  it.each([
    'Triển khai Luật Khám bệnh, chữa bệnh 2023 và các NĐ hướng dẫn',
    'Tổ chức triển khai Luật Tín ngưỡng, tôn giáo và các Nghị định hướng dẫn',
    'Triển khai Luật Nhà giáo 2025 và văn bản hướng dẫn',
  ])('matches "%s" to the task of carrying out laws', (task) => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [1, task, 'Hoàn thành'],
        [2, 'Rà soát các điểm nghẽn phục vụ KH,CN, ĐMST, CĐS', 'Hoàn thành'],
      ]),
    );
    // Suggested strongly enough for "Chấp nhận gợi ý" (the sender's own work confirms it).
    expect(e.rows.map((r) => r.code)).toEqual(['II.1', 'II.3']);
    expect(e.rows[0]?.confidence).toBeGreaterThanOrEqual(SUGGESTION_FLOOR);
  });
});

describe('the agency’s own scope is not the task’s wording', () => {
  it.each([
    'Cung cấp DVC trực tuyến toàn trình đối với TTHC lĩnh vực khiếu nại, tố cáo',
    'Tăng cường cung cấp DVC trực tuyến toàn trình trong ngành y tế',
    'Cung cấp DVC trực tuyến toàn trình thuộc thẩm quyền giải quyết của Sở',
    'Cung cấp DVC trực tuyến toàn trình lĩnh vực đất đai, môi trường, nông nghiệp',
    'Tăng cường cung cấp DVC trực tuyến toàn trình lĩnh vực tiếp công dân, khiếu nại, tố cáo',
  ])('matches "%s" to the plan task it narrows', (task) => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [1, task, 'Hoàn thành'],
        [2, 'Rà soát các điểm nghẽn phục vụ KH,CN, ĐMST, CĐS', 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['V.3', 'II.3']);
  });

  it('reads a partner’s "Phối hợp …" and a city named at the end as the plan task', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [
          1,
          'Phối hợp xây dựng, triển khai Đề án đô thị thông minh thành phố Lai Châu',
          'Hoàn thành',
        ],
        [2, 'Rà soát các điểm nghẽn phục vụ KH,CN, ĐMST, CĐS', 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['III.12', 'II.3']);
  });

  it('reads a task opened with "Tiếp tục nghiên cứu, tham mưu …" as the plan task it continues', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [
          1,
          'Tiếp tục nghiên cứu, tham mưu cơ chế thu hút, trọng dụng người có tài năng',
          'Đang thực hiện',
        ],
        [2, 'Rà soát các điểm nghẽn phục vụ KH,CN, ĐMST, CĐS', 'Hoàn thành'],
      ]),
    );
    expect(e.rows.map((r) => (r.uncertain ? '?' : r.code))).toEqual(['IV.6', 'II.3']);
  });
});

describe('periods and dates of the document', () => {
  it('reads "9 tháng năm 2025" as the third-quarter report', () => {
    expect(parsePeriodFromText('Kết quả thực hiện nhiệm vụ 9 tháng năm 2025')).toBe('2025-Q3');
    expect(parsePeriodFromText('BÁO CÁO 9 THÁNG ĐẦU NĂM 2025')).toBe('2025-Q3');
  });

  it('reads a period stated only as its data window, by the reporting rules or the calendar', () => {
    const window = (t: string) => parsePeriodFromText(`(Số liệu báo cáo tính ${t})`);
    // Nghị định 09/2019: a quarter's figures run from the 15th of the month before it to the 14th.
    expect(window('từ ngày 15/6/2025 đến ngày 14/9/2025')).toBe('2025-Q3');
    expect(window('từ ngày 15/12/2024 đến ngày 14/6/2025')).toBe('2025-H1');
    expect(window('từ ngày 15/12/2024 đến ngày 14/12/2025')).toBe('2025');
    expect(window('từ 01/7/2025 đến 30/9/2025')).toBe('2025-Q3');
    expect(window('từ ngày 01/10/2025 đến ngày 31/10/2025')).toBe('2025-10');
    // A window that is no reporting period is not guessed at.
    expect(window('từ ngày 03/7/2025 đến ngày 20/8/2025')).toBeNull();
    // The report's own date is still no period.
    expect(parsePeriodFromText('Lai Châu, ngày 16 tháng 9 năm 2025')).toBeNull();
  });

  it('reads the period reported, not the one planned for next, nor only the year of a plan', () => {
    expect(
      parsePeriodFromText('BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM VÀ PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2025'),
    ).toBe('2025-H1');
    expect(parsePeriodFromText('Kết quả quý III và nhiệm vụ trọng tâm quý IV năm 2025')).toBe(
      '2025-Q3',
    );
    expect(parsePeriodFromText('Báo cáo kết quả thực hiện KH 1205/KH-UBND năm 2025 (quý 3)')).toBe(
      '2025-Q3',
    );
    // A month without its year stays out: "(số liệu đến hết tháng 11)" is a cut-off, not the period.
    expect(parsePeriodFromText('Báo cáo năm 2025 (số liệu đến hết tháng 11)')).toBe('2025');
    expect(parsePeriodFromText('Báo cáo năm 2025 và kế hoạch năm 2026')).toBe('2025');
  });

  it('joins "Kỳ báo cáo: Quý III" with the year of the title', () => {
    const e = read(
      sheet('Chỉ tiêu', [
        ['UBND TỈNH LAI CHÂU'],
        ['VĂN PHÒNG'],
        ['SỐ LIỆU CÁC CHỈ TIÊU VỀ THỦ TỤC HÀNH CHÍNH NĂM 2025'],
        ['Kỳ báo cáo: Quý III'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
        [1, 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', 95],
      ]),
    );
    expect(e.period).toBe('2025-Q3');
  });

  it('takes the date of the signature block when the title gives none', () => {
    const e = read(
      sheet('Nhiệm vụ', [
        ['UBND TỈNH LAI CHÂU'],
        ['SỞ CÔNG THƯƠNG'],
        ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        ['STT', 'Nhiệm vụ', 'Tình trạng'],
        [1, TASKS[0]!, 'Hoàn thành'],
        [null, null, 'Lai Châu, ngày 12 tháng 9 năm 2025'],
        [null, null, 'GIÁM ĐỐC'],
      ]),
    );
    expect([e.header.docNumber, e.header.docDate]).toEqual([null, '2025-09-12']);
  });
});
