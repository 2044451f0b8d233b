// The Vietnamese application menu as plain data, free of the 'electron' import so it is tested
// under Node; menu.ts hands it to Menu.buildFromTemplate. Roles give the standard behaviour and
// shortcuts (Ctrl+Z, Ctrl+C…); labels are ours so Windows shows Vietnamese, not English.

export type MenuRole =
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'hide'
  | 'hideOthers'
  | 'unhide';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuActions {
  about: () => void;
  openDataFolder: () => void;
  openExamplesFolder: () => void;
}

export interface MenuOptions {
  /** app.isPackaged: an installed build has no developer tools in its menu. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

const SEPARATOR: MenuItemSpec = { type: 'separator' };

export function appMenuTemplate({ isPackaged, platform, actions }: MenuOptions): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const about: MenuItemSpec = { label: 'Giới thiệu', click: actions.about };
  const file: MenuItemSpec = {
    label: 'Tệp',
    // macOS quits from the application menu (below); elsewhere Tệp → Thoát.
    submenu: mac ? [{ label: 'Đóng cửa sổ', role: 'close' }] : [{ label: 'Thoát', role: 'quit' }],
  };
  const edit: MenuItemSpec = {
    label: 'Chỉnh sửa',
    submenu: [
      { label: 'Hoàn tác', role: 'undo' },
      { label: 'Làm lại', role: 'redo' },
      SEPARATOR,
      { label: 'Cắt', role: 'cut' },
      { label: 'Sao chép', role: 'copy' },
      { label: 'Dán', role: 'paste' },
      SEPARATOR,
      { label: 'Chọn tất cả', role: 'selectAll' },
    ],
  };
  const view: MenuItemSpec = {
    label: 'Xem',
    submenu: [
      { label: 'Tải lại', role: 'reload' },
      ...(isPackaged ? [] : [{ label: 'Công cụ phát triển', role: 'toggleDevTools' } as const]),
      SEPARATOR,
      { label: 'Cỡ thật', role: 'resetZoom' },
      { label: 'Phóng to', role: 'zoomIn' },
      { label: 'Thu nhỏ', role: 'zoomOut' },
      SEPARATOR,
      { label: 'Toàn màn hình', role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemSpec = {
    label: 'Trợ giúp',
    submenu: [
      ...(mac ? [] : [about, SEPARATOR]),
      { label: 'Mở thư mục dữ liệu', click: actions.openDataFolder },
      { label: 'Mở thư mục tệp mẫu', click: actions.openExamplesFolder },
    ],
  };
  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemSpec = {
    label: 'Tổng hợp Báo cáo',
    submenu: [
      about,
      SEPARATOR,
      { label: 'Ẩn Tổng hợp Báo cáo', role: 'hide' },
      { label: 'Ẩn các ứng dụng khác', role: 'hideOthers' },
      { label: 'Hiện tất cả', role: 'unhide' },
      SEPARATOR,
      { label: 'Thoát Tổng hợp Báo cáo', role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, help];
}

export interface AboutInfo {
  version: string;
  electron: string;
  chrome: string;
  node: string;
  dataDir: string;
}

/** The "Giới thiệu" box: what a support call asks first (version, where the data is). */
export function aboutText(info: AboutInfo): { message: string; detail: string } {
  return {
    message: `Tổng hợp Báo cáo ${info.version}`,
    detail: [
      'Tổng hợp báo cáo thực hiện Nghị quyết 57-NQ/TW cho Sở Khoa học và Công nghệ.',
      '',
      `Thư mục dữ liệu: ${info.dataDir}`,
      `Electron ${info.electron} · Chromium ${info.chrome} · Node.js ${info.node}`,
    ].join('\n'),
  };
}
