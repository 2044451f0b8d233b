/** The words of the failed-screen message, the same whether or not its icon has loaded. */
export const ERROR_TEXT = {
  title: 'Màn hình này gặp lỗi khi hiển thị',
  subTitle:
    'Dữ liệu của bạn không bị ảnh hưởng. Hãy bấm “Tải lại” để mở lại màn hình; nếu vẫn lỗi, hãy chọn mục khác ở bên trái và báo cho bộ phận kỹ thuật.',
  retry: 'Tải lại',
} as const;
