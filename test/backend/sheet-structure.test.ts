// The structure of agencies' own sheets (corpus files 39–54): columns named by a period, one
// sheet per plan group, sub-task headings, note rows. Built as GridWorkbook data and read against
// the real seeded plan.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectLayout } from '../../electron/backend/importer/detect-layout';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import { seededPlan } from './import-helpers';
import { book, sheet, utc } from '../fixtures/grid-builder';

let plan: PlanRows;

beforeAll(async () => {
  ({ plan } = await seededPlan());
});

const TITLE = [['SỞ CÔNG THƯƠNG'], ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'], []];

describe('columns named by a period', () => {
  it('reads the latest filled quarter of a cumulative table as the status', () => {
    const s = sheet(
      'Lũy kế',
      [
        ...TITLE,
        ['STT', 'Nhiệm vụ', 'Tình trạng thực hiện', null, null, null, 'Kết quả'],
        [null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', null],
        [1, 'Tổ chức hội thảo về CĐS cho DN', 'Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành'],
        [2, 'Hỗ trợ DN tiếp cận thị trường mới qua TMĐT', 'Chưa thực hiện', 'Chưa thực hiện'],
      ],
      ['A4:A5', 'B4:B5', 'C4:F4', 'G4:G5'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerBottom).toBe(5);
    expect(d.layout.firstDataRow).toBe(6);
    // Quý IV is still empty: Quý III (column E) is the report's status.
    expect(d.layout.columns.status).toBe(5);
    expect(d.layout.roleNotes.join(' ')).toContain('Quý III');
  });

  it('reads month columns headed "T7", "T8", "T9" as periods, the latest filled one the status', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'T7', 'T8', 'T9'],
      [1, 'Tổ chức hội thảo về CĐS cho DN', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành'],
      [
        2,
        'Hỗ trợ DN tiếp cận thị trường mới qua TMĐT',
        'Chưa thực hiện',
        'Đang thực hiện',
        'Đang thực hiện',
      ],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status}`)).toEqual(['VI.1 done', 'VI.3 in_progress']);
  });

  it('asks about a row left empty in the latest month that an earlier month gave a status', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'Tháng 7', 'Tháng 8', 'Tháng 9'],
      [1, 'Tổ chức hội thảo về CĐS cho DN', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành'],
      [2, 'Hỗ trợ DN tiếp cận thị trường mới qua TMĐT', 'Chưa thực hiện', 'Đang thực hiện', null],
      [3, 'Kết nối DN địa phương với các sàn TMĐT lớn', null, null, null],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => [r.status, r.questions.length > 0])).toEqual([
      ['done', false],
      [null, true],
      [null, false],
    ]);
    expect(rows[1]?.questions[0]?.message).toContain('Tháng 8');
  });

  it('reads the marks under the latest quarter, even where its own column is empty', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Quý II/2025', null, null, 'Quý III/2025', null, null],
        [null, null, 'Hoàn thành', 'Đang TH', 'Chưa TH', 'Hoàn thành', 'Đang TH', 'Chưa TH'],
        [1, 'Quy hoạch hạ tầng viễn thông thụ động', null, 'x', null, 'x', null, null],
        [2, 'Triển khai Chương trình Viễn thông công ích', null, null, 'x', null, 'x', null],
      ],
      ['A4:A5', 'B4:B5', 'C4:E4', 'F4:H4'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns).toMatchObject({ markDone: 6, markInProgress: 7, markNotStarted: 8 });
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => r.status)).toEqual(['done', 'in_progress']);
  });

  it('reads a column headed only by the period as the status', () => {
    const s = sheet('Q3', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'Quý III/2025', 'Kết quả thực hiện'],
      [1, 'Cụ thể hóa nhiệm vụ CĐS trong kế hoạch công tác', 'Hoàn thành', 'Kế hoạch số 2'],
      [2, 'Rà soát các điểm nghẽn', 'Đang thực hiện', 'Rà soát quy trình'],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.status).toBe(3);
    expect(d.layout.columns.progress).toBe(4);
  });

  it('takes the figure of the latest year when two years stand side by side', () => {
    const s = sheet(
      'Chỉ tiêu',
      [
        ...TITLE,
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, 'Năm 2025', null, 'Ghi chú'],
        [null, null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Ước thực hiện', null],
        [1, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', 80, '71,2', 90, '88,6'],
      ],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4', 'H4:H5'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.kind).toBe('indicator');
    expect(d.layout.columns.value).toBe(7);
    expect(d.layout.columns.target).toBe(6);
  });

  it('reads this quarter’s result prose, not last quarter’s beside it', () => {
    const s = sheet('Chi tiết', [
      ...TITLE,
      ['STT', 'Nội dung nhiệm vụ', 'Kết quả Quý II/2025', 'Kết quả Quý III/2025'],
      [1, 'Rà soát các điểm nghẽn (VBQPPL)', 'Chưa triển khai', 'Đang rà soát 46 VBQPPL'],
      [2, 'Xây dựng kế hoạch triển khai NQ 03', 'Đang xây dựng dự thảo', 'Hoàn thành, KH số 31'],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.columns.progress).toBe(4);
    expect(d.layout.extraProgress).toEqual([]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => r.status)).toEqual(['in_progress', 'done']);
  });

  it('reads years written alone under a merged figure heading', () => {
    const s = sheet(
      'Chỉ tiêu',
      [
        ...TITLE,
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', null, 'Thực hiện', null],
        [null, null, null, '2024', '2025', '2024', '2025'],
        [1, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', 80, 90, '71,2', '88,6'],
      ],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:G4'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerBottom).toBe(5);
    expect(d.layout.columns.value).toBe(7);
  });

  it('does not take a data row holding deadlines for a heading', () => {
    const s = sheet('Q3', [
      ...TITLE,
      ['Nhiệm vụ', 'Thời hạn', 'Tình trạng', 'Kết quả'],
      ['Quy hoạch hạ tầng viễn thông thụ động', 'Quý III/2025', 'Hoàn thành', '2025'],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerBottom).toBe(4);
    expect(d.layout.columns.status).toBe(3);
  });
});

describe('rows that are not reports', () => {
  it('gives the rows of a sheet named after a plan group that group', () => {
    // The wording fits I.11 (open online training platform) and IV.2 (free online courses)
    // alike; the group the sheet or its caption names decides, as it does for a clerk.
    const near = [1, 'Nền tảng học trực tuyến miễn phí về kỹ năng số cho người dân', 'Đang TH'];
    const groupI = [
      [2, 'Chuyên trang, chuyên mục về KH,CN, ĐMST và CĐS trên báo, đài', 'Hoàn thành'],
      [3, 'Văn bản chỉ đạo đào tạo, bồi dưỡng CBCCVC về kỹ năng số', 'Hoàn thành'],
    ];
    const groupIV = [
      [2, 'Phát triển trung tâm CNTT&TT thành đơn vị chủ lực về CNTT-TT', 'Hoàn thành'],
      [3, 'Chương trình đào tạo miễn phí tại địa phương qua Tổ công nghệ số cộng đồng', 'Xong'],
    ];
    const read = (name: string, caption: string, rows: (string | number)[][]) =>
      readAgencyLayout(
        book(
          sheet(name, [[caption], [], ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'], near, ...rows]),
        ),
        plan,
      ).rows[0]!;
    const plainI = read('Sheet1', 'KẾT QUẢ', groupI);
    const plainIV = read('Sheet1', 'KẾT QUẢ', groupIV);
    expect(plainI.code).toBe('IV.2');
    for (const row of [
      read('Nhóm I', 'KẾT QUẢ', groupI),
      read('NV', 'NHÓM I: NHẬN THỨC', groupI),
    ]) {
      expect(row.code).toBe('I.11');
      expect(row.confidence).toBeGreaterThan(plainI.confidence);
    }
    const inIV = read('Nhom IV', 'KẾT QUẢ', groupIV);
    expect(inIV.code).toBe('IV.2');
    expect(inIV.confidence).toBeGreaterThan(plainIV.confidence);
  });

  it('reads a numbered heading over "1.1", "1.2" rows as a heading, not a task', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung', 'Tình trạng', 'Kết quả thực hiện'],
      ['1', 'Phát triển nền tảng chính quyền số', null, null],
      ['1.1', 'Nâng cấp hệ thống giám sát an ninh mạng và điều hành thông minh', 'Đang thực hiện'],
      ['1.2', 'Xây dựng kế hoạch hỗ trợ DN phát triển ứng dụng, dịch vụ số (PPP)', 'Hoàn thành'],
    ]);
    const ex = readAgencyLayout(book(s), plan);
    // Row 5 reads like V.1 but heads V.2 and V.5: shown, never matched by itself.
    expect(ex.rows.map((r) => `${r.row} ${r.code}`)).toEqual(['5 null', '6 V.2', '7 V.5']);
    expect(ex.rows[0]!.uncertain).toBe(true);
    expect(ex.rows[0]!.issues.map((i) => i.message).join(' ')).toContain('1.1, 1.2');
  });

  it('never matches a note row under the table to the task it quotes', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
      [1, 'Cụ thể hóa nhiệm vụ CĐS trong kế hoạch công tác năm 2025', 'Hoàn thành', 'KH số 9'],
      [null, '(*) Nhiệm vụ "Xây dựng Quy hoạch hạ tầng Viễn thông thụ động": Sở chỉ phối hợp.'],
      [null, 'Ghi chú: Xây dựng Quy hoạch hạ tầng Viễn thông thụ động được lùi sang năm 2026.'],
    ]);
    const ex = readAgencyLayout(book(s), plan);
    expect(ex.rows.filter((r) => r.targetId !== null).map((r) => r.row)).toEqual([5]);
  });

  it('reads a sheet named by the bare group numeral as that group', () => {
    const near = [1, 'Nền tảng học trực tuyến miễn phí về kỹ năng số cho người dân', 'Đang TH'];
    const rows = [
      [2, 'Phát triển trung tâm CNTT&TT thành đơn vị chủ lực về CNTT-TT', 'Hoàn thành'],
      [3, 'Chương trình đào tạo miễn phí tại địa phương qua Tổ công nghệ số cộng đồng', 'Xong'],
    ];
    const read = (name: string) =>
      readAgencyLayout(
        book(sheet(name, [[], [], ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'], near, ...rows])),
        plan,
      ).rows[0]!;
    expect(read('IV').confidence).toBeGreaterThan(read('Sheet1').confidence);
    // "Phụ lục I" numbers an appendix, not a plan group.
    expect(read('Phụ lục I').confidence).toBe(read('Sheet1').confidence);
  });

  it('skips "Tổng số" and "Tổng" rows of counts', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung nhiệm vụ', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      [1, 'Cụ thể hóa nhiệm vụ CĐS trong kế hoạch công tác năm 2025', 'x', null, null],
      [null, 'Tổng số', 1, 0, 0],
      [null, 'Tổng:', 1, 0, 0],
    ]);
    expect(readAgencyLayout(book(s), plan).rows.map((r) => r.row)).toEqual([5]);
  });

  it('keeps the group across a note typed in the STT cell and merged across', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
        ['IV', 'PHÁT TRIỂN NHÂN LỰC'],
        [1, 'Phát triển trung tâm CNTT&TT thành đơn vị chủ lực về CNTT-TT', 'Hoàn thành'],
        ['Ghi chú: nhiệm vụ tại mục 1 được lùi thời hạn sang Quý IV/2025.'],
        [2, 'Nền tảng học trực tuyến miễn phí về kỹ năng số cho người dân', 'Đang TH'],
        [3, 'Chương trình đào tạo miễn phí tại địa phương qua Tổ công nghệ số cộng đồng', 'Xong'],
      ],
      ['B5:D5', 'A7:D7'],
    );
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => r.row)).toEqual([6, 8, 9]);
    // Row 8 is read within group IV, as sure as without the note between.
    const withoutNote = sheet(
      'NV',
      s.rows.filter((_, i) => i !== 6).map((r) => r.map((c) => c?.text ?? null)),
      ['B5:D5'],
    );
    const plain = readAgencyLayout(book(withoutNote), plan).rows[1]!;
    expect(rows[1]!.code).toBe('IV.2');
    expect(rows[1]!.confidence).toBe(plain.confidence);
  });

  it('reads a heading row that names only the unit in charge as a heading', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Tình trạng'],
      ['1', 'Phát triển nền tảng chính quyền số', 'Phòng CĐS'],
      [
        '1.1',
        'Nâng cấp hệ thống giám sát an ninh mạng và điều hành thông minh',
        'Phòng CĐS',
        'Xong',
      ],
      ['1.2', 'Kế hoạch hỗ trợ DN phát triển ứng dụng, dịch vụ số (PPP)', 'Phòng CĐS', 'Xong'],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.filter((r) => r.targetId !== null).map((r) => r.row)).toEqual([6, 7]);
  });

  it('reads a numbered row whose task text is merged across most of the table', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', null, null, 'Tình trạng'],
        [1, 'Quy hoạch hạ tầng viễn thông thụ động', null, null, 'Hoàn thành'],
        [2, 'Triển khai Chương trình Viễn thông công ích', null, null, 'Đang thực hiện'],
      ],
      ['B4:D4', 'B5:D5', 'B6:D6'],
    );
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status}`)).toEqual(['III.4 done', 'III.5 in_progress']);
  });

  it('keeps the group when the heading is typed again after a page break', () => {
    const head = ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'];
    const s = sheet(
      'NV',
      [
        ...TITLE,
        head,
        ['IV', 'PHÁT TRIỂN NHÂN LỰC'],
        [1, 'Phát triển trung tâm CNTT&TT thành đơn vị chủ lực về CNTT-TT', 'Hoàn thành'],
        [2, 'Chương trình đào tạo miễn phí tại địa phương qua Tổ công nghệ số cộng đồng', 'Xong'],
        head,
        [3, 'Nền tảng học trực tuyến miễn phí về kỹ năng số cho người dân', 'Đang TH'],
      ],
      ['B5:D5'],
    );
    const ex = readAgencyLayout(book(s), plan);
    const row = ex.rows.find((r) => r.row === 9)!;
    const once = sheet(
      'NV',
      s.rows.filter((_, i) => i !== 7).map((r) => r.map((c) => c?.text ?? null)),
      ['B5:D5'],
    );
    const plain = readAgencyLayout(book(once), plan).rows.find((r) => r.row === 8)!;
    expect(row.code).toBe('IV.2');
    expect(row.confidence).toBe(plain.confidence);
    // The repeated heading continues the table: no note about a second table.
    expect(ex.notes.join(' ')).not.toContain('2 bảng');
  });

  it('reads a status cell merged down over two task rows for both', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
        [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành', 'QĐ số 1802/QĐ-UBND'],
        [2, 'Triển khai Chương trình Viễn thông công ích', null, 'Hợp đồng với DN viễn thông'],
        [3, 'Kế hoạch và triển khai hạ tầng 5G, IoT', 'Đang thực hiện', '5G tại 8 xã'],
      ],
      ['C5:C6'],
    );
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status}`)).toEqual([
      'III.4 done',
      'III.5 done',
      'III.14 in_progress',
    ]);
  });

  it('reads "- …" lines under a numbered task as its sub-activities, not as tasks', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
      [1, 'Tổ chức triển khai thực hiện Luật, Nghị định của Chính phủ', 'Đang thực hiện', null],
      [null, '- Xây dựng kế hoạch triển khai Kế hoạch của UBND tỉnh thực hiện NQ 03/NQ-CP'],
      [null, '- Quy hoạch hạ tầng viễn thông thụ động'],
      [2, 'Triển khai Chương trình Viễn thông công ích', 'Hoàn thành', 'Hợp đồng'],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.row} ${r.code}`)).toEqual(['5 II.1', '8 III.5']);
  });

  it('reads a "Kết quả: …" row with a blank STT as the result and status of the task above', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nhiệm vụ / Kết quả', 'Đơn vị chủ trì', 'Tình trạng'],
      [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Sở KH&CN', null],
      [null, 'Kết quả: QĐ số 1802/QĐ-UBND', null, 'Hoàn thành'],
      [2, 'Triển khai Chương trình Viễn thông công ích', 'Sở KH&CN', null],
      [null, 'Kết quả: đang ký hợp đồng với DN viễn thông', null, 'Đang thực hiện'],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.row} ${r.code} ${r.status}`)).toEqual([
      '5 III.4 done',
      '7 III.5 in_progress',
    ]);
    expect(rows[0]?.progress).toContain('QĐ số 1802');
  });

  it('keeps a "Kết quả: …" line under a task that has its own status as that task’s result', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['STT', 'Nhiệm vụ', 'Tình trạng'],
      [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành'],
      [null, 'Kết quả: Quyết định phê duyệt Quy hoạch hạ tầng viễn thông thụ động số 1802'],
      [2, 'Triển khai Chương trình Viễn thông công ích', 'Đang thực hiện'],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.row} ${r.code} ${r.status}`)).toEqual([
      '5 III.4 done',
      '7 III.5 in_progress',
    ]);
  });

  it('reads "- …" rows as tasks when the table numbers none of its rows', () => {
    const s = sheet('NV', [
      ...TITLE,
      ['Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
      ['- Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành', 'QĐ số 1802'],
      ['- Triển khai Chương trình Viễn thông công ích', 'Đang thực hiện', 'Hợp đồng'],
    ]);
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => r.code)).toEqual(['III.4', 'III.5']);
  });
});

describe('headings', () => {
  it('reads a column without a heading by what it holds', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình hình thực hiện', null, 'Kết quả', null],
        [
          1,
          'Quy hoạch hạ tầng viễn thông thụ động',
          'Hoàn thành',
          new Date(Date.UTC(2025, 7, 15)),
          'QĐ 1',
        ],
        [2, 'Triển khai Chương trình Viễn thông công ích', 'Đang thực hiện', null, 'Hợp đồng'],
      ],
      ['C4:D4'],
    );
    // "Tình hình thực hiện" spans the status and, unnamed, the completion date.
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => `${r.code} ${r.status} ${r.completedOn}`)).toEqual([
      'III.4 done 2025-08-15',
      'III.5 in_progress null',
    ]);
    const bare = sheet('NV', [
      ...TITLE,
      ['STT', 'Nội dung nhiệm vụ', null, 'Kết quả'],
      [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành', 'QĐ 1'],
      [2, 'Triển khai Chương trình Viễn thông công ích', 'Đang thực hiện', 'Hợp đồng'],
    ]);
    expect(readAgencyLayout(book(bare), plan).rows.map((r) => r.status)).toEqual([
      'done',
      'in_progress',
    ]);
    // "Thời gian" over two unnamed date columns (start, end): neither is the completion date.
    const span = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Thời gian', null],
        [null, null, null, 'Bắt đầu', 'Kết thúc'],
        [
          1,
          'Quy hoạch hạ tầng viễn thông thụ động',
          'Hoàn thành',
          utc(2025, 3, 1),
          utc(2025, 9, 30),
        ],
      ],
      ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4'],
    );
    expect(readAgencyLayout(book(span), plan).rows.map((r) => r.completedOn)).toEqual([null]);
  });

  it('takes each row’s plan group from a "Nhóm" column', () => {
    const rows = (group: string) =>
      readAgencyLayout(
        book(
          sheet('NV', [
            ...TITLE,
            ['Nhóm', 'STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
            [group, 1, 'Nền tảng học trực tuyến miễn phí về kỹ năng số cho người dân', 'Đang TH'],
            ['I', 2, 'Chuyên trang, chuyên mục về KH,CN, ĐMST và CĐS trên báo, đài', 'Xong'],
            ['I', 3, 'Văn bản chỉ đạo đào tạo, bồi dưỡng CBCCVC về kỹ năng số', 'Xong'],
            ['IV', 1, 'Phát triển trung tâm CNTT&TT thành đơn vị chủ lực về CNTT-TT', 'Xong'],
          ]),
        ),
        plan,
      ).rows;
    expect(rows('I')[0]!.code).toBe('I.11');
    expect(rows('IV')[0]!.code).toBe('IV.2');
  });

  it('reads a heading of three rows (result, progress, the three marks)', () => {
    const s = sheet(
      'NV',
      [
        ...TITLE,
        ['STT', 'Nội dung nhiệm vụ', 'Kết quả thực hiện', null, null, 'Ghi chú'],
        [null, null, 'Tiến độ', null, null, null],
        [null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', null],
        [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'x', null, null],
        [2, 'Triển khai Chương trình Viễn thông công ích', null, 'x', null],
      ],
      ['A4:A6', 'B4:B6', 'C4:E4', 'C5:E5', 'F4:F6'],
    );
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerBottom).toBe(6);
    expect(d.layout.columns).toMatchObject({ markDone: 3, markInProgress: 4, markNotStarted: 5 });
    const rows = readAgencyLayout(book(s), plan).rows;
    expect(rows.map((r) => r.status)).toEqual(['done', 'in_progress']);
  });

  it('finds a table below a long block of text', () => {
    const text = Array.from({ length: 35 }, (_, i) => [
      `${i + 1}. Đánh giá chung về tình hình thực hiện nhiệm vụ trong kỳ báo cáo.`,
    ]);
    const s = sheet('BC', [
      ...TITLE,
      ...text,
      ['STT', 'Nội dung nhiệm vụ', 'Tình trạng', 'Kết quả'],
      [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành', 'QĐ số 1802'],
    ]);
    const d = detectLayout(s);
    if (!d.ok) throw new Error(d.reason);
    expect(d.layout.headerTop).toBe(39);
  });

  it('reads only the latest quarter of a workbook with one sheet per quarter', () => {
    const quarter = (name: string, first: string, second: string | null) =>
      sheet(name, [
        ['SỞ NỘI VỤ'],
        [`KẾT QUẢ THỰC HIỆN NHIỆM VỤ ${name.toUpperCase()} NĂM 2025`],
        [],
        ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
        [1, 'Phát động phong trào thi đua thực hiện cách mạng chuyển đổi số', first],
        [2, 'Cơ chế, chính sách thu hút, trọng dụng người có tài năng', second],
      ]);
    const wb = book(
      quarter('Quý I', 'Chưa thực hiện', 'Chưa thực hiện'),
      quarter('Quý II', 'Đang thực hiện', 'Chưa thực hiện'),
      quarter('Quý III', 'Hoàn thành', 'Đang thực hiện'),
      // Next quarter's sheet, copied ahead and not filled in yet.
      quarter('Quý IV', '', null),
    );
    const ex = readAgencyLayout(wb, plan);
    expect(ex.rows.map((r) => `${r.sheet} ${r.code} ${r.status}`)).toEqual([
      'Quý III I.13 done',
      'Quý III IV.6 in_progress',
    ]);
    expect(ex.period).toBe('2025-Q3');
    expect(ex.notes.join(' ')).toContain('Quý III');
    // Sheets named "Báo cáo Quý II", "BC Q3": the period at the end of the name.
    const named = readAgencyLayout(
      book(
        quarter('Báo cáo Quý II', 'Đang thực hiện', 'Chưa thực hiện'),
        quarter('BC Q3', 'Hoàn thành', 'Đang thực hiện'),
      ),
      plan,
    );
    expect(named.rows.map((r) => `${r.sheet} ${r.status}`)).toEqual([
      'BC Q3 done',
      'BC Q3 in_progress',
    ]);
  });

  it('leaves out a sheet that only lists the plan’s tasks (a drop-down list) beside the report', () => {
    const ex = readAgencyLayout(
      book(
        sheet('Báo cáo', [
          ...TITLE,
          ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
          [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành'],
        ]),
        sheet('DM', [
          ['Mã', 'Nhiệm vụ', 'Cơ quan chủ trì'],
          ['III.4', 'Xây dựng Quy hoạch hạ tầng Viễn thông thụ động', 'Sở TT&TT'],
          ['III.5', 'Triển khai Chương trình Viễn thông công ích', 'Sở TT&TT'],
        ]),
      ),
      plan,
    );
    expect(ex.rows.map((r) => `${r.sheet}!${r.row} ${r.code} ${r.status}`)).toEqual([
      'Báo cáo!5 III.4 done',
    ]);
    expect(ex.notes.join(' ')).toContain('"DM"');
  });

  it('still reads a sheet of difficulties per task beside the status sheet', () => {
    const ex = readAgencyLayout(
      book(
        sheet('Biểu 1', [
          ...TITLE,
          ['STT', 'Nội dung nhiệm vụ', 'Tình trạng'],
          [1, 'Quy hoạch hạ tầng viễn thông thụ động', 'Hoàn thành'],
        ]),
        sheet('Biểu 2', [
          ['STT', 'Nội dung nhiệm vụ', 'Khó khăn, vướng mắc'],
          [1, 'Triển khai Chương trình Viễn thông công ích', 'Thiếu kinh phí đối ứng'],
        ]),
      ),
      plan,
    );
    expect(ex.rows.map((r) => `${r.sheet} ${r.code}`)).toEqual(['Biểu 1 III.4', 'Biểu 2 III.5']);
  });
});
