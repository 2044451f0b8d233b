// What the user reads about reporting periods (kỳ báo cáo): the key typed, ad hoc periods, due-date
// rules. Used by shared/domain/periods.ts, the period handlers and the CLI.

export const PERIOD_MESSAGES = {
  invalidKey: (key: string) =>
    `Kỳ báo cáo "${key}" không hợp lệ. Dùng dạng 2025-10, 2025-Q3, 2025-H1 hoặc 2025.`,
  adhocNeedsDates: (key: string) =>
    `Kỳ báo cáo đột xuất "${key}" cần ngày bắt đầu, ngày kết thúc và hạn báo cáo.`,
  adhocDatesOrder: (key: string) =>
    `Kỳ báo cáo đột xuất "${key}": ngày bắt đầu phải trước ngày kết thúc (dạng yyyy-mm-dd).`,
  adhocNotCreated: (key: string) =>
    `Kỳ đột xuất "${key}" chưa được tạo. Hãy tạo kỳ đột xuất ở màn hình Kỳ báo cáo.`,
  adhocTitleRequired: 'Cần tên kỳ báo cáo đột xuất (ví dụ: Báo cáo phục vụ Đoàn kiểm tra).',
  endBeforeStart: 'Ngày kết thúc phải sau ngày bắt đầu.',
  dueBeforeStart: 'Hạn gửi báo cáo không thể trước ngày bắt đầu kỳ.',
  dueDayRange: (label: string) => `${label}: ngày phải từ 1 đến 31.`,
} as const;
