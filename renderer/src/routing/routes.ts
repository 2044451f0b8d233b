// The product's areas, in menu order. `path` is what appears after `#/` in the address bar.
export const ROUTES = [
  { path: 'tong-quan', label: 'Tổng quan' },
  { path: 'ke-hoach', label: 'Kế hoạch' },
  { path: 'nhiem-vu', label: 'Nhiệm vụ' },
  { path: 'chi-tieu', label: 'Chỉ tiêu' },
  { path: 'don-vi', label: 'Đơn vị' },
  { path: 'ky-bao-cao', label: 'Kỳ báo cáo' },
  { path: 'tiep-nhan', label: 'Tiếp nhận báo cáo' },
  { path: 'bao-cao-tong-hop', label: 'Báo cáo tổng hợp' },
  { path: 'nhat-ky', label: 'Nhật ký thay đổi' },
  { path: 'cai-dat', label: 'Cài đặt' },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

/** Where the app opens: the dashboard of the last period. */
export const DEFAULT_ROUTE: RoutePath = 'tong-quan';

export function isRoutePath(path: string): path is RoutePath {
  return ROUTES.some((r) => r.path === path);
}

/** Query keys used by the catalogue screens, so links from other screens stay consistent. */
export const Q = {
  search: 'q',
  group: 'nhom',
  agency: 'don-vi',
  role: 'vai-tro',
  shared: 'giao-chung',
  horizon: 'giai-doan',
  status: 'trang-thai',
  /** The row whose edit drawer is open (task or indicator code, agency id). */
  open: 'mo',
} as const;
