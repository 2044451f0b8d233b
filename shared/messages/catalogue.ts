// What the user reads about the catalogue: agencies, tasks, indicators.

export const CATALOGUE_MESSAGES = {
  agencyNotFound: 'Không tìm thấy đơn vị này.',
  taskNotFound: 'Không tìm thấy nhiệm vụ này.',
  indicatorNotFound: 'Không tìm thấy chỉ tiêu này.',
  /** A merged agency picked where its successor now carries the work. */
  agencyMerged: (name: string, current: string) =>
    `${name} đã sáp nhập vào ${current}; hãy chọn ${current}.`,
} as const;
