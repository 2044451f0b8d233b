// Messages every door and every screen show alike. One copy here, so that the backend, the CLI
// and the renderer cannot drift apart (they had: the renderer's internal-error text differed).
//
// Where user messages live: one module per area under shared/messages/ when the backend and the
// screens both need them (this file, periods.ts, catalogue.ts); a message used by one handler
// only stays next to its throw, said once.

/** Anything not foreseen: the details go to the log, never to the screen. */
export const INTERNAL_MESSAGE =
  'Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận kỹ thuật.';

/** The browser's session token is missing or stale (HTTP 401). */
export const SESSION_MESSAGE =
  'Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng bằng địa chỉ in ra khi khởi động.';

/** The renderer cannot reach the backend at all. */
export const NETWORK_MESSAGE =
  'Không kết nối được với máy chủ của ứng dụng. Hãy kiểm tra ứng dụng còn đang chạy, rồi thử lại.';

/** The question before typed changes or previewed files are dropped, in the screens and the shell. */
export const DISCARD_QUESTION = 'Bỏ các thay đổi chưa lưu?';
export const DISCARD_KEEP = 'Tiếp tục sửa';
export const DISCARD_LEAVE = 'Bỏ thay đổi';
