// Which column holds the report's figure or status when several columns name periods or kinds of
// figures (corpus files 87, 88 and 97): the period's actual rather than the year's estimate, the
// running total rather than the quarter's own figure, the second half-year of a year-end report.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLayout } from '../../electron/backend/importer/detect-layout';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import { seededPlan } from './import-helpers';
import { book, sheet } from '../fixtures/grid-builder';

let plan: PlanRows;

beforeAll(async () => {
  ({ plan } = await seededPlan());
});

describe('figure columns of an indicator table', () => {
  it('takes the nine months’ actual, not the estimate for the whole year, in a nine-month report', () => {
    const s = sheet('Chỉ tiêu', [
      ['VĂN PHÒNG UBND TỈNH'],
      ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 9 THÁNG NĂM 2025'],
      [],
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Kế hoạch năm 2025',
        'Thực hiện 9 tháng',
        'So với KH (%)',
        'Ước TH cả năm 2025',
      ],
      [1, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', 90, '71,8', '79,8', 88],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.value).toBe(5);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.value}`)).toEqual(['6.3 71.8']);
  });

  it('still takes the estimate for the year in a year report', () => {
    const s = sheet('Chỉ tiêu', [
      ['VĂN PHÒNG UBND TỈNH'],
      ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025'],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Thực hiện 11 tháng', 'Ước TH cả năm 2025'],
      [1, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', 90, '81,5', 88],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.value).toBe(6);
  });

  it('takes the running total ("Lũy kế từ đầu năm"), not the quarter’s own figure', () => {
    const s = sheet(
      'Chỉ tiêu',
      [
        ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
        ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUÝ III NĂM 2025'],
        [],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả thực hiện', null, 'Ghi chú'],
        [null, null, null, 'Trong kỳ (Quý III)', 'Lũy kế từ đầu năm', null],
        [1, 'Tỷ lệ dân số trưởng thành có chữ ký số', '%', '4,1', '18,6', null],
      ],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.value).toBe(5);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.value}`)).toEqual(['19 18.6']);
  });
});

describe('status columns of a year-end report', () => {
  it('reads the status of "6 tháng cuối năm", not of "6 tháng đầu năm"', () => {
    const s = sheet(
      'Năm 2025',
      [
        ['SỞ XÂY DỰNG'],
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 57 NĂM 2025'],
        [],
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện', null, 'Ngày hoàn thành'],
        [null, null, '6 tháng đầu năm', '6 tháng cuối năm', null],
        [
          1,
          'Quy hoạch lại các khu vực để tăng diện tích cây xanh, hồ nước, khu sinh thái',
          'Đang thực hiện',
          'Hoàn thành',
          new Date(Date.UTC(2025, 10, 20)),
        ],
        [
          2,
          'Rà soát điểm nghẽn phát triển KH,CN, ĐMST và CĐS lĩnh vực xây dựng',
          'Hoàn thành',
          'Chưa thực hiện',
          null,
        ],
      ],
      ['A4:A5', 'B4:B5', 'C4:D4', 'E4:E5'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.status).toBe(4);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status} ${r.completedOn}`)).toEqual([
      'VI.12b done 2025-11-20',
      'II.3 not_started null',
    ]);
  });
});

describe('tables that are not progress reports', () => {
  it('reads no task from a budget table whose "Tỷ lệ (%)" is a share of money, and says why', () => {
    const s = sheet('Giải ngân', [
      ['SỞ TÀI CHÍNH'],
      ['BÁO CÁO TÌNH HÌNH GIẢI NGÂN KINH PHÍ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2025'],
      ['(Đơn vị tính: triệu đồng)'],
      ['STT', 'Nội dung', 'Dự toán giao', 'Giải ngân 9 tháng', 'Tỷ lệ (%)', 'Ghi chú'],
      [1, 'Chi nâng cấp hệ thống giám sát an ninh mạng', 3200, 1100, '34,4', null],
      [2, 'Chi đào tạo, bồi dưỡng kỹ năng số cho CBCCVC', 1100, 720, '65,5', null],
    ]);
    const read = readAgencyLayout(book(s), plan);
    expect(read.rows).toEqual([]);
    expect(read.issues.map((i) => i.message).join(' ')).toContain('kinh phí');
  });

  it('reads no task from a list of people ("Họ và tên") whose course results say "Hoàn thành"', () => {
    const s = sheet('DS', [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
      ['DANH SÁCH CÁN BỘ THAM GIA BỒI DƯỠNG NĂM 2025'],
      [],
      ['STT', 'Họ và tên', 'Đơn vị công tác', 'Nội dung bồi dưỡng', 'Kết quả'],
      [1, 'Nguyễn Văn Hùng', 'Sở GD&ĐT', 'Kiến thức cơ bản về chuyển đổi số', 'Hoàn thành'],
      [2, 'Trần Minh Đức', 'Phòng KHTC', 'Kỹ năng sử dụng dịch vụ công trực tuyến', 'Đang học'],
    ]);
    const read = readAgencyLayout(book(s), plan);
    expect(read.rows).toEqual([]);
    expect(read.issues.map((i) => i.message).join(' ')).toContain('danh sách người');
  });

  it('still reads a progress report that has a cost column beside its status', () => {
    const s = sheet('Biểu 1', [
      ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
      [],
      ['STT', 'Nhiệm vụ', 'Kinh phí (triệu đồng)', 'Tình trạng'],
      [
        1,
        'Nâng cấp hệ thống giám sát an ninh mạng và điều hành thông minh tỉnh',
        3200,
        'Hoàn thành',
      ],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status}`)).toEqual(['V.2 done']);
  });
});

describe('periods written in other shapes', () => {
  it('reads only the latest of quarter sheets named "Q.III-2025", "Q.II-2025"', () => {
    const title = (q: string) => [
      ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
      [`BÁO CÁO QUÝ ${q} NĂM 2025`],
      [],
    ];
    const head = ['STT', 'Nhiệm vụ', 'Tình trạng'];
    const rows = readAgencyLayout(
      book(
        sheet('Q.III-2025', [
          ...title('III'),
          head,
          [1, 'Xây dựng đơn giá chuyển đổi số, CNTT', 'Hoàn thành'],
        ]),
        sheet('Q.II-2025', [
          ...title('II'),
          head,
          [1, 'Xây dựng đơn giá chuyển đổi số, CNTT', 'Đang thực hiện'],
        ]),
      ),
      plan,
    ).rows;
    expect(rows.map((r) => `${r.sheet} ${r.code} ${r.status}`)).toEqual(['Q.III-2025 II.5 done']);
  });

  it('reads "Kết quả cả năm" of a year report, not "Kết quả 6 tháng"', () => {
    const s = sheet('NV', [
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2025'],
      [],
      ['STT', 'Nhiệm vụ', 'Kết quả 6 tháng', 'Kết quả cả năm'],
      [
        1,
        'Cụ thể hóa nhiệm vụ CĐS, KH,CN, ĐMST trong kế hoạch công tác năm',
        'Chưa thực hiện',
        'Hoàn thành',
      ],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status} ${r.questions.length}`)).toEqual(['I.8 done 0']);
  });

  it('never reads the third quarter’s column as the year’s when "Cả năm" stands beside "Quý IV"', () => {
    const s = sheet(
      'NV',
      [
        ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
        ['BÁO CÁO KẾT QUẢ NĂM 2025'],
        [],
        ['STT', 'Nhiệm vụ', 'Tình trạng', null, null],
        [null, null, 'Quý III', 'Quý IV', 'Cả năm'],
        [1, 'Xây dựng đơn giá chuyển đổi số, CNTT', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành'],
      ],
      ['A4:A5', 'B4:B5', 'C4:E4'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerBottom).toBe(5);
    const row = readAgencyLayout(book(s), plan).rows[0]!;
    // Quý IV and Cả năm both end the year: "done", or a question — never Quý III's "under way".
    expect(row.status === 'done' || row.questions.length > 0).toBe(true);
  });
});

describe('lettered sub-activities', () => {
  it('reads "a)", "b." lines under a task that reports its own status as its parts, not as tasks', () => {
    const s = sheet('NV', [
      ['SỞ Y TẾ'],
      ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH 57 QUÝ III NĂM 2025'],
      [],
      ['TT', 'Nội dung', 'Tình trạng', 'Kết quả'],
      [
        1,
        'Phát triển nền tảng y tế từ xa và các dịch vụ số phục vụ người dân',
        'Đang thực hiện',
        null,
      ],
      ['a)', 'Hội chẩn từ xa giữa BVĐK tỉnh và 07 TTYT', 'Hoàn thành', null],
      [
        'b.',
        'Thanh toán viện phí không dùng tiền mặt tại các bệnh viện',
        'Đang thực hiện',
        '05/10',
      ],
      [2, 'Tăng cường cung cấp DVC trực tuyến toàn trình lĩnh vực y tế', 'Hoàn thành', null],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.row} ${r.code} ${r.status}`)).toEqual([
      '5 V.12 in_progress',
      '8 V.3 done',
    ]);
    // The parts are kept with the task's result, as written.
    expect(rows[0]?.progress).toContain('Hội chẩn từ xa');
  });
});

describe('status columns "Trong kỳ | Lũy kế" of a task table', () => {
  it('reads the status that stands at the period’s end, the running one, without asking', () => {
    const s = sheet(
      'NV',
      [
        ['SỞ CÔNG THƯƠNG'],
        ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        [],
        ['STT', 'Nhiệm vụ', 'Kết quả thực hiện', null],
        [null, null, 'Trong kỳ', 'Lũy kế đến nay'],
        [
          1,
          'Kết nối DN địa phương với các sàn TMĐT lớn trong và ngoài nước',
          'Chưa thực hiện',
          'Đang thực hiện',
        ],
      ],
      ['A4:A5', 'B4:B5', 'C4:D4'],
    );
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status} ${r.questions.length}`)).toEqual([
      'VI.8 in_progress 0',
    ]);
  });
});
