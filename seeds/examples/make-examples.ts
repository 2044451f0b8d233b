// Writes the example submissions in seeds/examples/: quarter III 2025 reports from real agencies of
// the plan, each in the agency's own layout (see README.md there). Deterministic: the same bytes on
// every run, so that the files can be committed and their hashes stay stable.
//   npx tsx seeds/examples/make-examples.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';

type Value = ExcelJS.CellValue;
type Style = 'title' | 'bold' | 'italic' | 'heading' | 'group' | 'plain';

interface SheetSpec {
  name: string;
  widths: number[];
  /** Rows from row 1; `undefined` leaves a blank row. */
  rows: (Value[] | undefined)[];
  merges?: string[];
  /** 1-based rows that are headings / group rows / title lines. */
  styles?: Record<number, Style>;
  /** First and last row of the table (borders). */
  table?: [number, number];
}

interface FileSpec {
  name: string;
  sheets: SheetSpec[];
}

const FIXED_DATE = new Date(Date.UTC(2025, 8, 8, 8, 0, 0));
const FONT = 'Times New Roman';
const nfd = (s: string): string => s.normalize('NFD');
const date = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** The usual two-column title block: issuing body on the left, national motto on the right. */
function titleBlock(parent: string | null, agency: string, right: number): Value[][] {
  const pad = (n: number): null[] => Array.from({ length: n }, () => null);
  return [
    [parent ?? agency, ...pad(right - 2), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [parent ? agency : null, ...pad(right - 2), 'Độc lập - Tự do - Hạnh phúc'],
  ];
}

// ---------------------------------------------------------------------------------------------
// The files

const congAn: FileSpec = {
  name: 'CongAnTinh_BaoCao_QuyIII.xlsx',
  sheets: [
    {
      name: 'Nhiệm vụ',
      widths: [5, 48, 16, 14, 40, 28, 24],
      rows: [
        ...titleBlock(null, 'CÔNG AN TỈNH LAI CHÂU', 5),
        undefined,
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ QUÝ III NĂM 2025'],
        ['(Kèm theo Báo cáo số 1187/BC-CAT-PV01 ngày 08/9/2025 của Công an tỉnh)'],
        undefined,
        [
          'TT',
          'Nhiệm vụ',
          'Tình trạng',
          'Thời gian hoàn thành',
          'Kết quả thực hiện',
          'Khó khăn, vướng mắc',
          'Đề xuất',
        ],
        [
          1,
          // Typed on a Mac: decomposed Unicode, and the officer's own abbreviations.
          nfd('Bảo đảm ATTT, an toàn mạng và chủ quyền QG trên nền tảng số và không gian mạng'),
          'Đang thực hiện',
          null,
          nfd('Kiểm tra ATTT 18 hệ thống thông tin của các sở, ngành; hướng dẫn khắc phục 27 lỗ hổng'),
          nfd('Nhiều cơ quan chưa bố trí cán bộ chuyên trách ATTT'),
        ],
        [
          2,
          nfd('Từng bước ứng dụng công nghệ số trong chỉ huy, điều hành tác chiến của LLVT'),
          'Đang thực hiện',
          null,
          nfd('Đưa vào sử dụng phần mềm quản lý điều hành tác chiến tại Trung tâm chỉ huy'),
        ],
        [
          3,
          nfd(
            'Tăng cường năng lực giám sát, phản ứng nhanh trước các cuộc tấn công mạng; chống lừa đảo trực tuyến',
          ),
          'Hoàn thành',
          '30/08/2025',
          nfd('Hoàn thành đợt cao điểm phòng, chống lừa đảo trực tuyến; gỡ bỏ 126 trang mạng giả mạo'),
        ],
        [
          4,
          nfd('Kết nối CSDL của tỉnh với các CSDL ngành, địa phương'),
          'Đang thực hiện',
          null,
          nfd('Đã số hóa dữ liệu hộ tịch, đang đối chiếu với CSDL quốc gia về dân cư'),
          null,
          nfd('Đề nghị Sở KH&CN hướng dẫn chuẩn kết nối kho dữ liệu dùng chung'),
        ],
        undefined,
        [null, null, null, null, 'KT. GIÁM ĐỐC'],
        [null, null, null, null, 'PHÓ GIÁM ĐỐC'],
      ],
      merges: ['A1:C1', 'E1:G1', 'E2:G2', 'A4:G4', 'A5:G5', 'E13:G13', 'E14:G14'],
      styles: { 1: 'bold', 2: 'bold', 4: 'title', 5: 'italic', 7: 'heading', 13: 'bold', 14: 'bold' },
      table: [7, 11],
    },
    {
      name: 'Chỉ tiêu',
      widths: [5, 52, 8, 12, 14],
      rows: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu', 'Thực hiện'],
        [
          1,
          nfd('Hoàn thành XD, kết nối, chia sẻ đồng bộ CSDL quốc gia, CSDL các ngành'),
          '%',
          100,
          '85',
        ],
      ],
      styles: { 1: 'heading' },
      table: [1, 2],
    },
  ],
};

const soGdDt: FileSpec = {
  name: 'SoGDDT_BaoCao_Q3_2025.xlsx',
  sheets: [
    {
      name: 'Biểu 01',
      widths: [6, 50, 16, 14, 42, 20],
      rows: [
        ...titleBlock('UBND TỈNH LAI CHÂU', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 5),
        undefined,
        ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW QUÝ III NĂM 2025'],
        ['(Kèm theo Công văn số 1450/SGDĐT-VP ngày 09/9/2025 của Sở GD&ĐT)'],
        undefined,
        [
          'STT',
          'Nội dung nhiệm vụ',
          'Tiến độ thực hiện',
          'Thời gian hoàn thành',
          'Kết quả cụ thể',
          'Ghi chú',
        ],
        ['I', 'NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY'],
        // The agency kept the plan's own numbers inside each group.
        [
          5,
          'Tổ chức đào tạo, bồi dưỡng cho CBCCVC kiến thức về KH,CN, ĐMST, CĐS',
          'Đang thực hiện',
          null,
          'Mở 03 lớp bồi dưỡng kỹ năng số cho 420 cán bộ quản lý, giáo viên',
        ],
        ['II', 'HOÀN THIỆN THỂ CHẾ'],
        [
          1,
          'Tổ chức triển khai thực hiện Luật của Quốc hội, Nghị định của Chính phủ',
          'Đang thực hiện',
          null,
          'Phổ biến Luật Khoa học, công nghệ và đổi mới sáng tạo đến các trường',
        ],
        ['IV', 'PHÁT TRIỂN NHÂN LỰC CHẤT LƯỢNG CAO'],
        [
          1,
          'Nâng cao chất lượng GD&ĐT, đẩy mạnh giáo dục STEM; liên kết đào tạo CNTT tại Trường CĐ Lai Châu',
          'Đang triển khai',
          null,
          '46 trường phổ thông triển khai giáo dục STEM',
        ],
        [
          4,
          'XD chương trình học bổng, ưu đãi học phí cho học sinh, sinh viên có thành tích xuất sắc về KH&CN',
          'Chưa triển khai',
          null,
          null,
          'Chờ hướng dẫn của Bộ GD&ĐT',
        ],
        [
          5,
          'Tổ chức các cuộc thi sáng tạo khuyến khích tài năng trẻ',
          'Đã hoàn thành',
          date(2025, 8, 22),
          'Tổ chức Cuộc thi sáng tạo thanh thiếu niên, nhi đồng tỉnh lần thứ VIII',
        ],
        ['V', 'CHUYỂN ĐỔI SỐ TRONG HỆ THỐNG CHÍNH TRỊ'],
        [
          12,
          'Phát triển nền tảng giáo dục trực tuyến, dịch vụ số phục vụ đời sống người dân',
          'Đang thực hiện',
          null,
          '100% trường sử dụng sổ điểm, học bạ số',
        ],
      ],
      merges: [
        'A1:C1',
        'E1:F1',
        'A2:C2',
        'E2:F2',
        'A4:F4',
        'A5:F5',
        'B8:F8',
        'B10:F10',
        'B12:F12',
        'B16:F16',
      ],
      styles: {
        1: 'bold',
        2: 'bold',
        4: 'title',
        5: 'italic',
        7: 'heading',
        8: 'group',
        10: 'group',
        12: 'group',
        16: 'group',
      },
      table: [7, 17],
    },
  ],
};

const soKhcn: FileSpec = {
  name: 'SoKHCN_BaoCao_QuyIII_2025.xlsx',
  sheets: [
    {
      name: 'Tiến độ',
      widths: [5, 52, 18, 16, 48, 14],
      rows: [
        ...titleBlock('UBND TỈNH LAI CHÂU', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 5),
        ['Số: 356/BC-SKHCN', null, null, null, 'Lai Châu, ngày 10 tháng 9 năm 2025'],
        ['BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ QUÝ III/2025'],
        undefined,
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng', 'Kết quả, sản phẩm', 'Ghi chú'],
        [
          1,
          'Tổ chức các khóa học trực tuyến miễn phí trên nền tảng MOOCs về kỹ năng số, AI, CĐS',
          'Sở KH&CN (Sở TT&TT cũ)',
          'Đã hoàn thành',
          'Hoàn thành khóa tập huấn CĐS trên nền tảng MOOCs với 2.191 học viên; kết thúc ngày 30/7/2025',
        ],
        [
          2,
          'Nâng cấp hệ thống giám sát an ninh mạng và điều hành thông minh tỉnh',
          'Sở KH&CN',
          'Đã hoàn thành',
          'Hoàn thành xây dựng Trung tâm Giám sát an ninh mạng và Điều hành thông minh ngày 15/8/2025',
        ],
        [
          3,
          'Ứng dụng AI dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng',
          'Sở KH&CN',
          'Đang triển khai',
          'Phần mềm phát hiện sớm, cảnh báo cháy rừng ứng dụng AI',
        ],
        [
          4,
          'Xây dựng chuyên trang, chuyên mục về KH,CN, ĐMST và CĐS trên truyền hình, báo, cổng TTĐT tỉnh',
          'Sở KH&CN',
          'Đang thực hiện',
          'Duy trì chuyên mục "Chuyển đổi số" trên Cổng TTĐT tỉnh',
        ],
        // The same task again, reported for the newspaper and the radio: only one row can keep it.
        [
          5,
          'Chuyên mục KH,CN, ĐMST và CĐS trên Báo Lai Châu, Đài PT-TH tỉnh',
          'Sở KH&CN',
          'Đang thực hiện',
          '12 chuyên mục phát thanh, truyền hình trong quý',
        ],
        [
          6,
          'Đổi mới quy định quản lý nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở sử dụng NSNN',
          'Sở KH&CN',
          'Đang thực hiện',
          'Dự thảo Quyết định sửa đổi quy định quản lý nhiệm vụ KH&CN đang lấy ý kiến',
        ],
        undefined,
        ['Người lập biểu: Hoàng Thị Lan, ĐT: 0213 3791 246', null, null, null, 'GIÁM ĐỐC'],
      ],
      merges: ['A1:C1', 'E1:F1', 'A2:C2', 'E2:F2', 'A3:C3', 'E3:F3', 'A4:F4', 'E14:F14'],
      styles: { 1: 'bold', 2: 'bold', 4: 'title', 6: 'heading', 14: 'bold' },
      table: [6, 12],
    },
  ],
};

const soNoiVu: FileSpec = {
  name: 'SoNoiVu_BC_Q3_2025.xlsx',
  sheets: [
    {
      name: 'Nhiệm vụ',
      widths: [5, 50, 14, 10, 10, 10, 13, 40, 18],
      rows: [
        ...titleBlock('UBND TỈNH LAI CHÂU', 'SỞ NỘI VỤ', 5),
        undefined,
        ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        ['(Kèm theo Báo cáo số 215/BC-SNV ngày 05/9/2025 của Sở Nội vụ)'],
        undefined,
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
        ['I', 'NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY'],
        [
          1,
          'XD văn bản quy định trách nhiệm người đứng đầu CQNN trong phát triển KH,CN, ĐMST và CĐS',
          'Sở Nội vụ',
          'x',
          null,
          null,
          date(2025, 8, 15),
          'Tham mưu UBND tỉnh ban hành QĐ số 1520/QĐ-UBND',
        ],
        [
          2,
          'Đề án đánh giá mức độ hoàn thành nhiệm vụ CĐS của CQNN, người đứng đầu và CBCCVC',
          'Sở Nội vụ',
          null,
          'x',
          null,
          null,
          'Đang lấy ý kiến các sở, ngành',
        ],
        [
          3,
          'Bố trí tỷ lệ phù hợp cán bộ có chuyên môn KHKT trong đội ngũ lãnh đạo cơ quan, đơn vị',
          'Các sở, ngành',
          null,
          'x',
          null,
          null,
          'Rà soát, tổng hợp đội ngũ lãnh đạo có chuyên môn khoa học kỹ thuật',
          'Phối hợp',
        ],
        [
          4,
          'Tham mưu văn bản chỉ đạo phát huy tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm của đội ngũ CBCCVC…',
          'Sở Nội vụ',
          null,
          null,
          'x',
        ],
        [
          5,
          'Phát động phong trào thi đua thực hiện thành công cuộc cách mạng CĐS',
          'Sở Nội vụ',
          'x',
          null,
          null,
          date(2025, 7, 25),
          'Ban hành Kế hoạch phát động phong trào thi đua',
        ],
        ['IV', 'PHÁT TRIỂN, TRỌNG DỤNG NHÂN LỰC CHẤT LƯỢNG CAO, NHÂN TÀI'],
        [
          1,
          'Xây dựng chương trình học bổng, ưu đãi học phí cho tài năng trẻ',
          'Sở GD&ĐT; Sở Nội vụ',
          null,
          'x',
          null,
        ],
        [
          2,
          'Ban hành cơ chế, chính sách thu hút, trọng dụng người có tài năng',
          'Sở Nội vụ',
          null,
          'x',
          null,
          null,
          'Đang xây dựng dự thảo Nghị quyết của HĐND tỉnh',
        ],
        undefined,
        ['Người lập biểu: Nguyễn Thị Hoa, ĐT: 0213 3876 123', null, null, null, null, null, 'GIÁM ĐỐC'],
      ],
      merges: [
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
        'B16:I16',
        'G20:I20',
      ],
      styles: {
        1: 'bold',
        2: 'bold',
        4: 'title',
        5: 'italic',
        7: 'heading',
        8: 'heading',
        9: 'italic',
        10: 'group',
        16: 'group',
        20: 'bold',
      },
      table: [7, 18],
    },
    {
      name: 'Chỉ tiêu',
      widths: [5, 56, 8, 10, 12, 20],
      rows: [
        ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Ghi chú'],
        [
          1,
          'Tỷ lệ cán bộ có chuyên môn, kinh nghiệm về KHKT trong đội ngũ lãnh đạo cơ quan, đơn vị nhà nước',
          '%',
          '≥ 25',
          '18,6',
          'Số liệu đến 30/9/2025',
        ],
      ],
      styles: { 1: 'heading' },
      table: [1, 2],
    },
  ],
};

const soTaiChinh: FileSpec = {
  name: 'SoTaiChinh_quy3-2025.xlsx',
  sheets: [
    {
      name: 'Nhiệm vụ',
      widths: [5, 50, 16, 14, 42, 28, 28],
      rows: [
        ['SỞ TÀI CHÍNH'],
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ III NĂM 2025'],
        ['(Kèm theo Báo cáo số 412/BC-STC ngày 08/9/2025)'],
        [
          'STT',
          'Nhiệm vụ',
          'Tình trạng',
          'Ngày hoàn thành',
          'Kết quả thực hiện',
          'Khó khăn, vướng mắc',
          'Kiến nghị, đề xuất',
        ],
        [
          1,
          'Phân bổ ít nhất 3% tổng chi NS hằng năm cho KH,CN, ĐMST, CĐS',
          'Đang thực hiện',
          null,
          'Năm 2025 bố trí 2,1% tổng chi ngân sách địa phương',
          'Nguồn thu ngân sách còn hạn chế',
          'Đề nghị Trung ương bổ sung có mục tiêu',
        ],
        [
          2,
          'Tổ chức chương trình đào tạo, hội thảo về CĐS cho DN',
          'Hoàn thành',
          '15/04/2025',
          'Tổ chức 02 hội nghị, 180 lượt doanh nghiệp tham dự',
        ],
        [
          3,
          'Nâng cao năng lực ứng dụng công nghệ số trong SX, KD và quản trị',
          'Đang triển khai',
          null,
          'Khảo sát mức độ chuyển đổi số của 65 doanh nghiệp',
        ],
        [
          4,
          'XD mô hình thí điểm DN CĐS thành công để nhân rộng',
          'Chưa thực hiện',
          null,
          null,
          'Chưa có doanh nghiệp đăng ký',
        ],
        [
          5,
          'Cụ thể hóa nhiệm vụ CĐS, phát triển KH,CN, ĐMST trong KH công tác năm 2025 của Sở',
          'Đã hoàn thành',
          '20/01/2025',
          'Kế hoạch số 09/KH-STC',
        ],
      ],
      merges: ['A1:C1', 'A2:G2', 'A3:G3'],
      styles: { 1: 'bold', 2: 'title', 3: 'italic', 4: 'heading' },
      table: [4, 9],
    },
    {
      name: 'Chỉ tiêu',
      widths: [5, 50, 16, 12, 14, 24],
      rows: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu giao', 'Ước thực hiện', 'Ghi chú'],
        [1, 'Tỷ lệ đóng góp của TFP vào tăng trưởng kinh tế', '%', '≥ 37,6', '35,2'],
        [2, 'Chi NS cho phát triển KH,CN, ĐMST, CĐS', '% tổng chi NSNN', '≥ 3%', '2,1%'],
        [
          3,
          'Thu hút tổ chức, DN công nghệ đặt trụ sở, đầu tư, nghiên cứu, sản xuất tại Lai Châu',
          'Tổ chức, DN',
          '3',
          1,
          'Lũy kế từ đầu năm',
        ],
      ],
      styles: { 1: 'heading' },
      table: [1, 4],
    },
  ],
};

const soYTe: FileSpec = {
  name: 'SoYTe_Q3_2025.xlsx',
  sheets: [
    {
      name: 'Chỉ tiêu',
      widths: [5, 48, 8, 10, 12, 24],
      rows: [
        ['SỞ Y TẾ'],
        ['BIỂU SỐ LIỆU CHỈ TIÊU QUÝ III NĂM 2025'],
        ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Mục tiêu', 'Giá trị', 'Ghi chú'],
        [
          1,
          'Tỷ lệ người dân có hồ sơ sức khỏe điện tử',
          '%',
          '≥ 95',
          '92,5%',
          'Theo số liệu VNeID đến 30/9/2025',
        ],
      ],
      merges: ['A1:C1', 'A2:F2'],
      styles: { 1: 'bold', 2: 'title', 3: 'heading' },
      table: [3, 4],
    },
    {
      name: 'Nhiệm vụ',
      widths: [5, 50, 16, 14, 40],
      rows: [
        ['STT', 'Tên nhiệm vụ', 'Trạng thái', 'Ngày hoàn thành', 'Kết quả'],
        [
          1,
          'Phát triển nền tảng y tế từ xa và các dịch vụ số phục vụ đời sống người dân',
          'Đang triển khai',
          null,
          'Kết nối khám chữa bệnh từ xa giữa Bệnh viện đa khoa tỉnh và 12 trạm y tế xã',
        ],
        [
          2,
          'Cung cấp DVC trực tuyến toàn trình, cá nhân hóa dịch vụ cho người dân, DN',
          'Đã hoàn thành',
          date(2025, 6, 30),
          '100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình',
        ],
        [
          3,
          'Cụ thể hóa nhiệm vụ CĐS, KH,CN, ĐMST trong KH công tác năm của Sở',
          'Đã hoàn thành',
          date(2025, 1, 15),
          'Kế hoạch số 25/KH-SYT',
        ],
      ],
      styles: { 1: 'heading' },
      table: [1, 4],
    },
  ],
};

const vanPhong: FileSpec = {
  name: 'VanPhongUBND_ChiTieu_Q3_2025.xlsx',
  sheets: [
    {
      name: 'Chỉ tiêu TTHC',
      widths: [6, 56, 8, 10, 14, 30],
      rows: [
        ...titleBlock('UBND TỈNH LAI CHÂU', 'VĂN PHÒNG', 5),
        undefined,
        ['SỐ LIỆU CHỈ TIÊU THỦ TỤC HÀNH CHÍNH, DỊCH VỤ CÔNG QUÝ III NĂM 2025'],
        undefined,
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện quý III/2025', 'Ghi chú'],
        // The plan's own codes in STT; one row added by the office without a code.
        ['6.2', 'Tỷ lệ cung cấp DVC trực tuyến toàn trình trên tổng số TTHC đủ điều kiện', '%', 90, 86.4],
        ['6.3', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', 100, 56.7],
        ['6.4', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', 100, '78,3'],
        ['6.6', 'Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC, DVC', '%', 80, '45,8%'],
        [
          '6.8',
          'Tỷ lệ cắt giảm hoặc tự động hóa TTHC về cấp phép',
          '%',
          '≥ 30',
          { formula: 'E20/E21*100', result: { error: '#REF!' } },
          'Công thức liên kết bảng tính cũ',
        ],
        ['-', 'Tỷ lệ hồ sơ DVC trực tuyến', '%', null, 62, 'Tính trên tổng số hồ sơ tiếp nhận'],
      ],
      merges: ['A1:C1', 'E1:F1', 'A2:C2', 'E2:F2', 'A4:F4'],
      styles: { 1: 'bold', 2: 'bold', 4: 'title', 6: 'heading' },
      table: [6, 12],
    },
  ],
};

const EXAMPLES: FileSpec[] = [congAn, soGdDt, soKhcn, soNoiVu, soTaiChinh, soYTe, vanPhong];

// ---------------------------------------------------------------------------------------------
// Writing

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  ws.columns = spec.widths.map((width) => ({ width }));
  spec.rows.forEach((values, i) => {
    if (!values) return;
    const row = ws.getRow(i + 1);
    values.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  const [top, bottom] = spec.table ?? [0, -1];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const style = spec.styles?.[r] ?? 'plain';
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cell.font = {
        name: FONT,
        size: 12,
        bold: style === 'title' || style === 'bold' || style === 'heading' || style === 'group',
        italic: style === 'italic',
      };
      const centred = style !== 'plain' && style !== 'group';
      cell.alignment = {
        vertical: 'middle',
        horizontal: centred || c === 1 ? 'center' : 'left',
        wrapText: r >= top,
      };
      if (r >= top && r <= bottom && c <= spec.widths.length) {
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      }
    });
  });
}

async function build(spec: FileSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tổng hợp Báo cáo (ví dụ)';
  wb.lastModifiedBy = 'Tổng hợp Báo cáo (ví dụ)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) writeSheet(wb, sheet);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs stamps every zip entry with the current time; re-zip with a fixed one.
  const entries = unzipSync(bytes);
  const zippable: Zippable = {};
  for (const name of Object.keys(entries).sort()) {
    zippable[name] = [entries[name]!, { mtime: FIXED_DATE, level: 9 }];
  }
  return zipSync(zippable);
}

async function main(): Promise<void> {
  // Zip entry times are written in local time: pin the zone so that any machine gives the same bytes.
  process.env.TZ = 'UTC';
  const dir = dirname(fileURLToPath(import.meta.url));
  for (const spec of EXAMPLES) {
    const bytes = await build(spec);
    writeFileSync(join(dir, spec.name), bytes);
    console.log(`${spec.name}: ${bytes.byteLength} bytes`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
