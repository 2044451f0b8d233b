// Agencies' own spreadsheets, built as plain GridWorkbook data in the styles PRODUCT.md lists, read
// against the real seeded plan.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../shared/api';
import { CONFIDENT_MATCH, type ImportRow } from '../../shared/domain/import-types';
import { detectLayout } from '../../electron/backend/importer/detect-layout';
import {
  readAgencyLayout,
  type PlanRows,
} from '../../electron/backend/importer/read-agency-layout';
import { findAgencyInText } from '../../electron/backend/importer/match-agency';
import type { GridWorkbook } from '../../electron/backend/importer/grid';
import { seededPlan } from './import-helpers';
import { book, nfd, sheet, utc } from '../fixtures/grid-builder';
import { headerKind } from '../../electron/backend/importer/header-names';
import { expandedWords } from '../../electron/backend/importer/match-rows';

// ---- the real plan -----------------------------------------------------------------------------

let catalogue: Catalogue;
let plan: PlanRows;

beforeAll(async () => {
  ({ catalogue, plan } = await seededPlan());
});

function byRow(rows: ImportRow[], sheetName: string, row: number): ImportRow {
  const found = rows.find((r) => r.sheet === sheetName && r.row === row);
  if (!found) throw new Error(`no row ${sheetName}!${row}`);
  return found;
}

function uncertainKeys(rows: ImportRow[]): string[] {
  return rows.filter((r) => r.uncertain).map((r) => r.key);
}

// ---- Sở Nội vụ: title block, two-row merged heading, x-marks, group rows --------------------------

function soNoiVu(): GridWorkbook {
  const NV = 'Nhiệm vụ Q3';
  return book(
    sheet(
      NV,
      [
        ['UBND TỈNH LAI CHÂU', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['SỞ NỘI VỤ', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [],
        ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        ['(Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025 của Sở Nội vụ)'],
        [],
        [
          'STT',
          'Nội dung nhiệm vụ',
          'Cơ quan chủ trì',
          'Tiến độ thực hiện',
          null,
          null,
          'Thời gian hoàn thành',
          'Kết quả thực hiện',
          'Ghi chú',
        ],
        [null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
        ['I', 'NÂNG CAO NHẬN THỨC, ĐỘT PHÁ ĐỔI MỚI TƯ DUY'],
        [
          1,
          'XD văn bản quy định trách nhiệm người đứng đầu CQNN trong phát triển KH,CN, ĐMST và CĐS',
          'Sở Nội vụ',
          'x',
          null,
          null,
          utc(2025, 8, 15),
          'Tham mưu UBND tỉnh ban hành QĐ số 1520/QĐ-UBND',
        ],
        [
          2,
          'Đề án đánh giá mức độ hoàn thành nhiệm vụ CĐS của CQNN, người đứng đầu và CBCCVC',
          'Sở Nội vụ',
          null,
          'X',
          null,
          null,
          'Đang lấy ý kiến các sở, ngành',
        ],
        [
          3,
          'Tham mưu văn bản chỉ đạo phát huy tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm của đội ngũ CBCCVC…',
          'Sở Nội vụ',
          null,
          null,
          '✓',
        ],
        [
          4,
          'Phát động phong trào thi đua thực hiện thành công cuộc cách mạng CĐS',
          'Sở Nội vụ',
          'x',
          'x',
          null,
        ],
        ['IV', 'PHÁT TRIỂN NGUỒN NHÂN LỰC'],
        [
          1,
          'Xây dựng chương trình học bổng, ưu đãi học phí cho tài năng trẻ',
          'Sở GD&ĐT; Sở Nội vụ',
          'x',
          null,
          null,
          45_900, // an Excel serial: 2025-08-31
        ],
        [
          2,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Sở Nội vụ',
          null,
          'x',
          null,
          null,
          'Đang xây dựng dự thảo Nghị quyết HĐND tỉnh',
          { error: '#REF!' },
        ],
        [],
        [
          'Người lập biểu: Nguyễn Thị Hoa, ĐT: 0213 3876 123',
          null,
          null,
          null,
          null,
          null,
          'GIÁM ĐỐC',
        ],
        [null, null, null, null, null, null, 'Lò Văn Minh'],
      ],
      [
        'A1:C1',
        'E1:I1',
        'A2:C2',
        'E2:I2',
        'A4:I4',
        'A5:I5',
        'A7:A8',
        'B7:B8',
        'C7:C8',
        'D7:F7',
        'G7:G8',
        'H7:H8',
        'I7:I8',
        'B10:I10',
        'B15:I15',
      ],
    ),
  );
}

describe('readAgencyLayout: Sở Nội vụ, x-marks under a merged heading, group rows', () => {
  it('finds the two-row heading under the title block', () => {
    const d = detectLayout(soNoiVu().sheets[0]!);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.layout).toMatchObject({
      kind: 'task',
      headerTop: 7,
      headerBottom: 8,
      subjectColumn: 2,
      columns: {
        stt: 1,
        task: 2,
        lead: 3,
        markDone: 4,
        markInProgress: 5,
        markNotStarted: 6,
        completedOn: 7,
        progress: 8,
        note: 9,
      },
    });
    expect(d.layout.titleLines).toContain('SỞ NỘI VỤ');
  });

  it('matches shortened, abbreviated texts within their groups, reads marks and dates', () => {
    const x = readAgencyLayout(soNoiVu(), plan);
    expect(x).toMatchObject({ source: 'foreign', agencyId: null, period: '2025-Q3' });
    expect(x.header).toMatchObject({
      agencyText: 'SỞ NỘI VỤ',
      periodText: 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025',
      docNumber: '215/BC-SNV',
      docDate: '2025-09-05',
      person: 'Nguyễn Thị Hoa',
      phone: '02133876123',
    });
    const rows = x.rows;
    // Column numbers, group rows, the blank row and the signature block are not data.
    expect(rows.map((r) => [r.row, r.code, r.status])).toEqual([
      [11, 'I.6', 'done'],
      [12, 'I.7', 'in_progress'],
      [13, 'I.10', 'not_started'],
      [14, 'I.13', null],
      [16, 'IV.4', 'done'],
      [17, 'IV.6', 'in_progress'],
    ]);
    for (const r of rows) {
      expect(r.confidence, r.text).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
      expect(r.uncertain).toBe(false);
      expect(r.kind).toBe('task');
    }
    const sheetName = 'Nhiệm vụ Q3';
    expect(byRow(rows, sheetName, 11)).toMatchObject({
      completedOn: '2025-08-15',
      progress: 'Tham mưu UBND tỉnh ban hành QĐ số 1520/QĐ-UBND',
      key: `${sheetName}!11`,
    });
    expect(byRow(rows, sheetName, 16).completedOn).toBe('2025-08-31');
    expect(byRow(rows, sheetName, 12).completedOn).toBeNull();

    // Two marks on one row: no status, and the clerk is asked to choose it.
    expect(byRow(rows, sheetName, 14).status).toBeNull();
    expect(byRow(rows, sheetName, 14).questions).toEqual([
      { field: 'status', message: expect.stringContaining('đánh dấu nhiều tiến độ') },
    ]);
    // A formula error is never taken as data.
    const r17 = byRow(rows, sheetName, 17);
    expect(r17.note).toBeNull();
    expect(r17.issues).toEqual([
      {
        sheet: sheetName,
        row: 17,
        column: 'I',
        severity: 'error',
        message:
          'Ô I17 có lỗi công thức #REF!; giá trị không được nhập. Hãy sửa trong tệp gốc hoặc nhập tay.',
      },
    ]);
    expect(x.issues).toEqual([]);
  });

  it('finds the agency in the title block and the file name', () => {
    const agencies = catalogue.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      aliases: a.aliases,
    }));
    const id = (name: string): number => catalogue.agencies.find((a) => a.name === name)!.id;
    expect(findAgencyInText(['SỞ NỘI VỤ', 'SoNoiVu_BC_Q3_2025.xlsx'], agencies)).toEqual({
      id: id('Sở Nội vụ'),
      confidence: 1,
    });
    expect(findAgencyInText(['SoTaiChinh_quy3-2025.xlsx'], agencies)).toEqual({
      id: id('Sở Tài chính'),
      confidence: 0.9,
    });
    expect(findAgencyInText(['CongAnTinh_BaoCao_QuyIII'], agencies)?.id).toBe(id('Công an tỉnh'));
    expect(findAgencyInText(['SoGDDT_BaoCao_Q3_2025.xlsx'], agencies)?.id).toBe(
      id('Sở Giáo dục và Đào tạo'),
    );
    expect(findAgencyInText([nfd('Sở TT&TT tỉnh Lai Châu')], agencies)?.id).toBe(
      id('Sở Thông tin và Truyền thông'),
    );
    expect(findAgencyInText(['VĂN PHÒNG UBND TỈNH'], agencies)?.id).toBe(
      id('Văn phòng Ủy ban nhân dân tỉnh'),
    );
    // Only the abbreviation in a document number: a guess to confirm.
    expect(findAgencyInText(['Báo cáo số 215/BC-SNV'], agencies)).toEqual({
      id: id('Sở Nội vụ'),
      confidence: 0.7,
    });
    // The addressee is not the sender; the longest name wins over a shorter alias inside it.
    expect(
      findAgencyInText(['Kính gửi: Sở Khoa học và Công nghệ', 'CỤC THUẾ TỈNH LAI CHÂU'], agencies),
    ).toEqual({ id: id('Cục Thuế tỉnh Lai Châu'), confidence: 1 });
    expect(findAgencyInText(['BIỂU TỔNG HỢP QUÝ III NĂM 2025'], agencies)).toBeNull();
  });
});

// ---- Sở Y tế: an indicator sheet and a task sheet, numbers as text -------------------------------

function soYTe(): GridWorkbook {
  return book(
    sheet('Hướng dẫn', [['Biểu này gửi Sở KH&CN trước ngày 10/9/2025.'], ['Đơn vị điền số liệu.']]),
    sheet(
      'Chỉ tiêu',
      [
        ['SỞ Y TẾ TỈNH LAI CHÂU'],
        ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU QUÝ 3/2025'],
        ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Mục tiêu đến năm 2030', 'Kết quả thực hiện', 'Ghi chú'],
        [1, 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '%', '≥ 95', '92,5%', 'Ước đến 30/9'],
        [
          2,
          'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC',
          '%',
          '100',
          { value: 56.7, text: '56,7' },
        ],
        [3, 'Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC', '%', '80', { error: '#DIV/0!' }],
        [4, 'Chỉ số đổi mới sáng tạo địa phương', 'Thứ bậc', '≤ 55', 'Chưa có số liệu'],
        [5, 'Số người sử dụng dịch vụ công trực tuyến', 'Người', null, '1.234,5'],
      ],
      ['A1:F1', 'A2:F2'],
    ),
    sheet('Nhiệm vụ', [
      [
        'TT',
        'Tên nhiệm vụ',
        'Tình trạng',
        'Ngày hoàn thành',
        'Kết quả cụ thể',
        'Khó khăn, vướng mắc',
        'Đề xuất, kiến nghị',
      ],
      [
        1,
        'Phát triển các nền tảng giáo dục trực tuyến, y tế từ xa, dịch vụ số phục vụ đời sống người dân',
        'Đang triển khai',
        null,
        'Đã kết nối 12 trạm y tế xã với bệnh viện tỉnh',
        'Đường truyền tại các xã vùng cao chưa ổn định',
        'Đề nghị bố trí kinh phí nâng cấp đường truyền',
      ],
      [
        2,
        'Tăng cường cung cấp DVC trực tuyến toàn trình cho người dân và DN',
        'Hoàn thành',
        '15/04/2025',
        '100% TTHC đủ điều kiện đã cung cấp toàn trình',
      ],
    ]),
    sheet('Sheet3', []),
  );
}

describe('readAgencyLayout: Sở Y tế, indicators and tasks on separate sheets', () => {
  it('tells the sheets apart and reads figures written the Vietnamese way', () => {
    const x = readAgencyLayout(soYTe(), plan);
    expect(x.period).toBe('2025-Q3');
    expect(x.header.agencyText).toBe('SỞ Y TẾ TỈNH LAI CHÂU');
    // The instructions sheet has no table: noted, not an error. The empty sheet is ignored.
    expect(x.issues).toEqual([
      expect.objectContaining({ sheet: 'Hướng dẫn', severity: 'warning', row: null }),
    ]);
    const ind = x.rows.filter((r) => r.kind === 'indicator');
    expect(ind.map((r) => [r.row, r.code, r.value, r.valueText])).toEqual([
      [4, '20', 92.5, '92,5%'],
      [5, '6.3', 56.7, '56,7'],
      [6, '6.6', null, null],
      [7, '24', null, 'Chưa có số liệu'],
      [8, '6.1', 1234.5, '1.234,5'],
    ]);
    expect(byRow(x.rows, 'Chỉ tiêu', 4).note).toBe('Ước đến 30/9');
    expect(byRow(x.rows, 'Chỉ tiêu', 6).issues).toEqual([
      expect.objectContaining({
        column: 'E',
        severity: 'error',
        message: expect.stringMatching(/^Ô E6 có lỗi công thức #DIV\/0!; giá trị không được nhập/),
      }),
    ]);
    // "Chỉ số đổi mới sáng tạo địa phương" is indicator 24 word for word, and 21 but for "(PII)";
    // "Số người sử dụng dịch vụ công trực tuyến" only resembles 6.1. Both are asked about.
    expect(uncertainKeys(x.rows).sort()).toEqual(['Chỉ tiêu!7', 'Chỉ tiêu!8']);
    expect(
      byRow(x.rows, 'Chỉ tiêu', 7)
        .candidates.map((c) => c.code)
        .slice(0, 2),
    ).toEqual(['24', '21']);

    const tasks = x.rows.filter((r) => r.kind === 'task');
    expect(tasks.map((r) => [r.code, r.status, r.completedOn])).toEqual([
      ['V.12', 'in_progress', null],
      ['V.3', 'done', '2025-04-15'],
    ]);
    expect(tasks[0]).toMatchObject({
      progress: 'Đã kết nối 12 trạm y tế xã với bệnh viện tỉnh',
      difficulties: 'Đường truyền tại các xã vùng cao chưa ổn định',
      proposals: 'Đề nghị bố trí kinh phí nâng cấp đường truyền',
    });
    for (const r of tasks) expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
  });
});

// ---- Sở Tài chính: one-row heading, status words, dates in text, NFD, ambiguity -------------------

function soTaiChinh(): GridWorkbook {
  return book(
    sheet('BC quý III', [
      ['SỞ TÀI CHÍNH'],
      ['Số: 412/BC-STC', null, null, 'Lai Châu, ngày 08 tháng 9 năm 2025'],
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 6 THÁNG ĐẦU NĂM VÀ QUÝ III/2025'],
      ['STT', 'Nội dung', 'Kết quả', 'Khó khăn'],
      [
        1,
        nfd('Phân bổ ít nhất 3% tổng chi NS hằng năm cho KH,CN, ĐMST, CĐS'),
        nfd(
          'Đã hoàn thành. Tham mưu HĐND tỉnh ban hành Nghị quyết phân bổ, hoàn thành ngày 20/8/2025',
        ),
        nfd('Nguồn thu ngân sách còn hạn chế'),
      ],
      [2, 'Tổ chức chương trình đào tạo, hội thảo về CĐS cho DN', 'Đang thực hiện'],
      [3, 'Tổ chức đào tạo, hội thảo chuyển đổi số cho doanh nghiệp nhỏ', 'Đang thực hiện'],
      [4, 'Kết nối CSDL của tỉnh với các CSDL ngành, địa phương', 'Chưa triển khai'],
      [5, 'Sửa chữa, cải tạo trụ sở làm việc của Sở', 'Hoàn thành'],
    ]),
  );
}

describe('readAgencyLayout: Sở Tài chính, status words and text in decomposed Unicode', () => {
  it('reads statuses from a "Kết quả" text column and a date written inside it', () => {
    const x = readAgencyLayout(soTaiChinh(), plan);
    expect(x.header).toMatchObject({
      agencyText: 'SỞ TÀI CHÍNH',
      docNumber: '412/BC-STC',
      docDate: '2025-09-08',
    });
    // "6 tháng đầu năm và quý III/2025": the shortest period wins.
    expect(x.period).toBe('2025-Q3');
    const S = 'BC quý III';
    const r5 = byRow(x.rows, S, 5);
    expect(r5).toMatchObject({ code: 'III.1', status: 'done', completedOn: '2025-08-20' });
    expect(r5.confidence).toBeGreaterThanOrEqual(CONFIDENT_MATCH);
    // Decomposed text comes out composed (NFC).
    expect(r5.text).toBe('Phân bổ ít nhất 3% tổng chi NS hằng năm cho KH,CN, ĐMST, CĐS');
    expect(r5.difficulties).toBe('Nguồn thu ngân sách còn hạn chế');
    // No completion-date column: the date found in the text is flagged for checking.
    expect(r5.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        column: 'C',
        message: expect.stringContaining('20/08/2025'),
      }),
    ]);
    expect(byRow(x.rows, S, 6)).toMatchObject({ code: 'VI.1', status: 'in_progress' });
  });

  it('never matches a plan row twice, and asks only about the doubtful rows', () => {
    const x = readAgencyLayout(soTaiChinh(), plan);
    const S = 'BC quý III';
    const codes = x.rows.map((r) => r.code).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    // Row 7 says the same as row 6 (VI.1) less exactly: it loses VI.1 and is asked about.
    const r7 = byRow(x.rows, S, 7);
    expect(r7.code).not.toBe('VI.1');
    expect(r7.candidates[0]?.code).toBe('VI.1');
    expect(r7.issues).toEqual([
      expect.objectContaining({ message: expect.stringContaining('đã khớp với dòng 6') }),
    ]);
    // Row 8 fits III.15 and III.9 equally well (both start with these words).
    const r8 = byRow(x.rows, S, 8);
    expect(r8.status).toBe('not_started');
    expect(r8.candidates.map((c) => c.code).sort()).toEqual(
      expect.arrayContaining(['III.15', 'III.9']),
    );
    expect(r8.confidence).toBeLessThan(CONFIDENT_MATCH);
    // Row 9 is no plan task at all.
    const r9 = byRow(x.rows, S, 9);
    expect(r9).toMatchObject({ targetId: null, code: null, uncertain: true, status: 'done' });
    expect(r9.issues).toEqual([
      expect.objectContaining({
        column: 'B',
        message:
          'Không khớp được dòng này với nhiệm vụ nào của kế hoạch; hãy chọn nhiệm vụ hoặc bỏ dòng.',
      }),
    ]);
    expect(uncertainKeys(x.rows)).toEqual([`${S}!7`, `${S}!8`, `${S}!9`]);
  });
});

// ---- Sở GD&ĐT: group rows with numbering that follows the plan, codes in STT ----------------------

describe('readAgencyLayout: numbering and codes', () => {
  it('uses the plan number inside a group when the file follows the plan numbering', () => {
    const wb = book(
      sheet(
        'Sheet1',
        [
          ['SỞ GIÁO DỤC VÀ ĐÀO TẠO'],
          ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
          ['STT', 'Nhiệm vụ', 'Tiến độ', 'Ghi chú'],
          ['I', 'Nâng cao nhận thức'],
          ['5', 'Đào tạo, bồi dưỡng CBCCVC kiến thức về KH,CN, ĐMST và CĐS', 'Đang thực hiện'],
          ['IV', 'Phát triển nguồn nhân lực'],
          [
            '1',
            'Tăng cường đầu tư, nâng cao chất lượng GD&ĐT; đẩy mạnh giáo dục STEM',
            'Đang thực hiện',
          ],
          ['4', 'Xây dựng chương trình học bổng, ưu đãi học phí', 'Chưa thực hiện'],
          ['5', 'Tổ chức các cuộc thi sáng tạo cho tài năng trẻ', 'Đã hoàn thành'],
          ['V.12', 'Phát triển nền tảng giáo dục trực tuyến', 'Đang thực hiện'],
        ],
        ['B4:D4', 'B6:D6'],
      ),
    );
    const x = readAgencyLayout(wb, plan);
    expect(x.rows.map((r) => r.code)).toEqual(['I.5', 'IV.1', 'IV.4', 'IV.5', 'V.12']);
    // I.5 and I.12 read almost the same; the plan number 5 in group I settles it.
    expect(x.rows.every((r) => !r.uncertain)).toBe(true);
  });

  it('without the number the same I.5 / I.12 wording is asked about', () => {
    const wb = book(
      sheet('Sheet1', [
        ['STT', 'Nhiệm vụ', 'Tiến độ'],
        [1, 'Đào tạo, bồi dưỡng CBCCVC kiến thức về KH,CN, ĐMST và CĐS', 'Đang thực hiện'],
      ]),
    );
    const [row] = readAgencyLayout(wb, plan).rows;
    expect(row?.uncertain).toBe(true);
    expect(
      row?.candidates
        .map((c) => c.code)
        .slice(0, 2)
        .sort(),
    ).toEqual(['I.12', 'I.5']);
  });
});

describe('readAgencyLayout: codes, own groups and odd rows', () => {
  it('tells apart indicators with the same wording by the plan code in STT', () => {
    const heading = ['STT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu', 'Kết quả'];
    const coded = readAgencyLayout(
      book(
        sheet('Chỉ tiêu', [
          heading,
          ['4', 'Tỷ trọng kinh tế số', '% GRDP', '9-10', '7,2'],
          ['23', 'Tỷ trọng kinh tế số', '% GRDP', '≥ 20', '7,2'],
        ]),
      ),
      plan,
    );
    expect(coded.rows.map((r) => [r.code, r.uncertain])).toEqual([
      ['4', false],
      ['23', false],
    ]);
    // With the file's own numbering the two rows are a coin toss: both asked about.
    const own = readAgencyLayout(
      book(
        sheet('Chỉ tiêu', [
          heading,
          [1, 'Tỷ trọng kinh tế số', '% GRDP', '9-10', '7,2'],
          [2, 'Tỷ trọng kinh tế số', '% GRDP', '≥ 20', '7,2'],
        ]),
      ),
      plan,
    );
    expect(own.rows.every((r) => r.uncertain)).toBe(true);
    expect(new Set(own.rows.map((r) => r.code))).toEqual(new Set(['4', '23']));
  });

  it("does not narrow by the agency's own groups, and skips totals and hidden rows", () => {
    const wb = book(
      sheet(
        'Báo cáo',
        [
          ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng'],
          ['A', 'NHIỆM VỤ CHỦ TRÌ'],
          ['I', 'Nhiệm vụ do Sở chủ trì'],
          [
            1,
            'Quy hoạch hạ tầng viễn thông thụ động',
            'Giám đốc Sở giao Phòng BCVT',
            'Đang thực hiện',
          ],
          [2, 'Triển khai Chương trình Viễn thông công ích', 'Sở KH&CN', 'Đã hoàn thành'],
          ['II', 'Nhiệm vụ phối hợp'],
          [1, 'Xây dựng Đề án đô thị thông minh', 'UBND các xã', 'Đang thực hiện'],
          [2, 'Nội dung đã bỏ, ẩn đi', null, 'Đang thực hiện'],
          [null, 'Tổng cộng', null, '3 nhiệm vụ'],
        ],
        [],
        { hiddenRows: [8] },
      ),
    );
    const x = readAgencyLayout(wb, plan);
    // "I. do Sở chủ trì / II. phối hợp" are not the plan's groups I and II: no penalty applied.
    expect(x.rows.map((r) => [r.code, r.status, r.uncertain])).toEqual([
      ['III.4', 'in_progress', false],
      ['III.5', 'done', false],
      ['III.12', 'in_progress', false],
    ]);
    expect(x.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('1 dòng bị ẩn'),
      }),
    ]);
  });
});

// ---- vocabulary -------------------------------------------------------------------------------

describe('header names and abbreviations', () => {
  it('recognises heading variants, folded and decomposed', () => {
    expect(headerKind('Khó khăn,\nvướng mắc')).toBe('difficulties');
    expect(headerKind(nfd('Đơn vị tính'))).toBe('unit');
    expect(headerKind('ĐVT')).toBe('unit');
    expect(headerKind('Chỉ tiêu giao năm 2025')).toBe('target');
    expect(headerKind('Tên chỉ tiêu')).toBe('indicator');
    expect(headerKind('Kết quả thực hiện đến 30/9/2025')).toBe('result');
    expect(headerKind('Thời gian hoàn thành (dd/mm/yyyy)')).toBe('completedOn');
    expect(headerKind('Số TT')).toBe('stt');
    expect(headerKind('Đang triển khai')).toBe('markInProgress');
    expect(headerKind('Tồn tại, hạn chế')).toBe('difficulties');
    expect(headerKind('Xây dựng kế hoạch triển khai')).toBeNull();
  });

  it('expands abbreviations before comparing', () => {
    const same = (a: string, b: string): void => expect(expandedWords(a)).toEqual(expandedWords(b));
    same('KH,CN, ĐMST và CĐS', 'khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số');
    same('KHCN', 'khoa học công nghệ');
    same('QĐ của TTg', 'quyết định của thủ tướng');
    same('Sở GD&ĐT', 'Sở Giáo dục và Đào tạo');
    same('CBCCVC', 'cán bộ, công chức, viên chức');
    same('KH triển khai', 'kế hoạch triển khai');
    same('CSDL, TTHC, DVC', 'cơ sở dữ liệu, thủ tục hành chính, dịch vụ công');
    same('Chi NSNN', 'chi ngân sách nhà nước');
  });
});
