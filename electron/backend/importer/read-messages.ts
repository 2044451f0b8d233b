// What the reader tells the user, in Vietnamese: why a file was rejected (BadFile: a code to branch
// on and a message to show) and the notes shown with a file that was read.

import type { BadFileCode } from './bad-file-codes';
import { MB } from './read-limits';

export class BadFile extends Error {
  constructor(
    readonly code: BadFileCode,
    message: string,
  ) {
    super(message);
  }
}

const SEND_XLSX = 'Hãy gửi tệp Excel (.xlsx, .xls) hoặc bảng tính OpenDocument (.ods) của báo cáo.';
const RESAVE =
  'Hãy mở tệp bằng Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (.xlsx) rồi nhập lại tệp mới.';

export const MSG = {
  emptyFile: 'Tệp rỗng (0 byte), không có nội dung. Hãy kiểm tra lại và gửi bản đầy đủ của tệp.',
  noData:
    'Tệp không có dữ liệu: mọi trang tính đều trống. Hãy kiểm tra xem đơn vị có gửi nhầm tệp không và đề nghị gửi lại tệp báo cáo có số liệu.',
  noSheets:
    'Tệp không có trang tính nào để đọc. Hãy mở tệp trong Excel, kiểm tra nội dung báo cáo rồi lưu lại và gửi lại.',
  tooLarge: (bytes: number, limit: number): string =>
    `Tệp quá lớn (${mb(bytes)} MB, giới hạn ${mb(limit)} MB). Hãy xoá các trang tính, hình ảnh không cần thiết, chỉ giữ phần báo cáo rồi lưu và gửi lại.`,
  pdf: 'Đây là tệp PDF, không phải bảng tính Excel. Hãy gửi tệp Excel (.xlsx) gốc của báo cáo; nếu chỉ có bản PDF, hãy nhập số liệu vào mẫu Excel rồi gửi lại.',
  word: 'Đây là tệp Word/PowerPoint, không phải bảng tính Excel. Hãy gửi tệp Excel (.xlsx) của báo cáo, hoặc chép bảng sang mẫu Excel rồi nhập lại.',
  odfText:
    'Đây là tệp văn bản/trình chiếu OpenDocument (.odt, .odp), không phải bảng tính. Hãy gửi tệp Excel (.xlsx) hoặc bảng tính .ods của báo cáo.',
  encrypted:
    'Tệp được đặt mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
  zipPassword:
    'Tệp nén được đặt mật khẩu nên không đọc được. Hãy giải nén bằng mật khẩu rồi nhập trực tiếp tệp Excel bên trong.',
  corrupt:
    'Tệp bị hỏng hoặc tải về chưa hết nên không đọc được. Hãy tải lại tệp (hoặc đề nghị đơn vị gửi lại) rồi nhập lại.',
  zipBomb:
    'Tệp có cấu trúc nén bất thường (có thể là tệp độc hại) nên ứng dụng không mở. Hãy đề nghị đơn vị mở tệp trong Excel, lưu thành tệp .xlsx mới rồi gửi lại.',
  tooManyCells: (cells: number, limit: number): string =>
    `Tệp có quá nhiều ô dữ liệu (khoảng ${cells.toLocaleString('vi-VN')} ô, giới hạn ${limit.toLocaleString('vi-VN')} ô). Hãy xoá các trang tính, dòng, cột thừa (thường do định dạng kéo tới cuối trang) rồi lưu và gửi lại.`,
  xlsb: `Tệp Excel dạng nhị phân (.xlsb) chưa được hỗ trợ. ${RESAVE}`,
  notExcel: (fileName: string): string =>
    `Tệp «${fileName}» không phải tệp Excel nên không đọc được. ${SEND_XLSX}`,
  image: `Đây là tệp ảnh, không phải tệp Excel. ${SEND_XLSX}`,
  archive:
    'Đây là tệp nén (RAR/7z/gzip), không phải tệp Excel. Hãy giải nén rồi nhập tệp Excel bên trong.',
  zipOfFiles: (n: number): string =>
    `Đây là tệp nén (.zip) chứa ${n} tệp bảng tính bên trong, không phải một tệp Excel. Hãy giải nén rồi nhập từng tệp.`,
  zipOther: `Đây là tệp nén (.zip) không chứa bảng tính Excel, không phải tệp Excel. ${SEND_XLSX}`,
  csv: `Tệp là văn bản dạng CSV/TXT, không phải tệp Excel: ứng dụng không đoán được cột và bảng mã của tệp này. ${RESAVE}`,
  text: `Tệp chỉ chứa văn bản thuần, không phải tệp Excel. ${SEND_XLSX}`,
  dtd: 'Tệp có khai báo DTD/thực thể XML, thứ bảng tính Excel thật không bao giờ dùng và thường là dấu hiệu tệp độc hại (nhân bản thực thể), nên ứng dụng không mở. Hãy đề nghị đơn vị mở tệp bằng Excel, lưu thành tệp .xlsx mới rồi gửi lại.',
  htmlNoTable: `Tệp là trang web (HTML) không có bảng số liệu, không phải tệp Excel. ${SEND_XLSX}`,
} as const;

function mb(bytes: number): string {
  return (bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

export const NOTE_MACRO = 'Tệp có macro (.xlsm): ứng dụng chỉ đọc dữ liệu, không chạy macro.';
export const NOTE_HTML =
  'Tệp thực chất là trang web (HTML) được đặt đuôi Excel, thường do xuất từ phần mềm trên web; ứng dụng đã đọc bảng trong đó dưới dạng văn bản. Nếu số liệu hiển thị sai, hãy mở tệp bằng Excel, lưu thành .xlsx rồi nhập lại.';
export const NOTE_XML2003 =
  'Tệp là bảng tính XML của Excel 2003 được đặt đuôi Excel; ứng dụng đã đọc được. Nên mở bằng Excel và lưu thành .xlsx cho lần sau.';

export const NOTE_UNSAFE_PATHS = (names: string[]): string =>
  `Tệp nén có ${names.length} mục mang tên đường dẫn bất thường (${names
    .slice(0, 3)
    .map((n) => `«${n}»`)
    .join(
      ', ',
    )}), có thể nhằm ghi ra ngoài thư mục khi giải nén; ứng dụng không giải nén ra đĩa và bỏ qua các mục này. Nên báo đơn vị kiểm tra máy tính đã tạo tệp.`;
