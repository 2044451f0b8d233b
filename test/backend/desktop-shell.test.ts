// The desktop shell's rules, tested under plain Node: the Vietnamese menu, the second start that
// brings the window forward, the web permissions, where shipped files are found, where saved files
// go (Windows names, " (2)"), and where the data folder is on each platform.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shippedPath, windowIconPath } from '../../electron/app-resources';
import { defaultUserDataDir, resolveDbPath } from '../../electron/backend/paths';
import { aboutText, appMenuTemplate, type MenuItemSpec } from '../../electron/menu-template';
import { isPermissionAllowed } from '../../electron/permissions';
import { saveNotifier, savedMessage, type SavedBatch } from '../../electron/save-batch';
import { safeFileName, saveFilters, uniqueSavePath } from '../../electron/save-names';
import { APP_ENTRY } from '../../electron/security';
import { bringToFront, type RestorableWindow } from '../../electron/single-instance';
import { leaveAnyway, UNSAVED_CLOSE_DIALOG } from '../../electron/unsaved-close';

const actions = { about: vi.fn(), openDataFolder: vi.fn(), openExamplesFolder: vi.fn() };

/** Every item of a menu, depth first. */
function items(menu: MenuItemSpec[]): MenuItemSpec[] {
  return menu.flatMap((m) => [m, ...items(m.submenu ?? [])]);
}
const submenu = (menu: MenuItemSpec[], label: string) =>
  (menu.find((m) => m.label === label)?.submenu ?? []).filter((m) => m.type !== 'separator');

describe('application menu', () => {
  const installed = appMenuTemplate({ isPackaged: true, platform: 'win32', actions });

  it('is in Vietnamese: Tệp, Chỉnh sửa, Xem, Trợ giúp with the usual commands', () => {
    expect(installed.map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    expect(submenu(installed, 'Tệp').map((m) => [m.label, m.role])).toEqual([['Thoát', 'quit']]);
    expect(submenu(installed, 'Chỉnh sửa').map((m) => [m.label, m.role])).toEqual([
      ['Hoàn tác', 'undo'],
      ['Làm lại', 'redo'],
      ['Cắt', 'cut'],
      ['Sao chép', 'copy'],
      ['Dán', 'paste'],
      ['Chọn tất cả', 'selectAll'],
    ]);
    expect(submenu(installed, 'Xem').map((m) => m.label)).toEqual([
      'Tải lại',
      'Cỡ thật',
      'Phóng to',
      'Thu nhỏ',
      'Toàn màn hình',
    ]);
    expect(submenu(installed, 'Trợ giúp').map((m) => m.label)).toEqual([
      'Giới thiệu',
      'Mở thư mục dữ liệu',
      'Mở thư mục tệp mẫu',
    ]);
    // Every item says something in Vietnamese: no role left to Electron's English default label.
    for (const item of items(installed))
      if (item.type !== 'separator') expect(item.label).toBeTruthy();
  });

  it('has no developer tools in an installed build, and has them while developing', () => {
    expect(items(installed).some((m) => m.role === 'toggleDevTools')).toBe(false);
    const dev = appMenuTemplate({ isPackaged: false, platform: 'win32', actions });
    expect(items(dev).filter((m) => m.role === 'toggleDevTools')).toHaveLength(1);
  });

  it('runs the help actions', () => {
    for (const item of submenu(installed, 'Trợ giúp')) item.click?.();
    expect(actions.about).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    expect(actions.openExamplesFolder).toHaveBeenCalledOnce();
  });

  it('on macOS starts with the application menu, which quits', () => {
    const mac = appMenuTemplate({ isPackaged: true, platform: 'darwin', actions });
    expect(mac.map((m) => m.label)).toEqual([
      'Tổng hợp Báo cáo',
      'Tệp',
      'Chỉnh sửa',
      'Xem',
      'Trợ giúp',
    ]);
    expect(items(mac).filter((m) => m.role === 'quit')).toHaveLength(1);
    expect(submenu(mac, 'Tổng hợp Báo cáo')[0]?.label).toBe('Giới thiệu');
  });

  it('the about box gives the version and the data folder', () => {
    const text = aboutText({
      version: '0.1.0',
      electron: '45.4.1',
      chrome: '140.0',
      node: '22.20.0',
      dataDir: 'C:\\Users\\Nguyễn Thị Hương\\AppData\\Roaming\\tong-hop-bao-cao',
    });
    expect(text.message).toBe('Tổng hợp Báo cáo 0.1.0');
    expect(text.detail).toContain(
      'Thư mục dữ liệu: C:\\Users\\Nguyễn Thị Hương\\AppData\\Roaming\\tong-hop-bao-cao',
    );
    expect(text.detail).toContain('Electron 45.4.1');
  });
});

describe('closing the window with unsaved work', () => {
  it('asks in Vietnamese, and only "Bỏ thay đổi" closes; Esc and Enter keep the work', () => {
    const d = UNSAVED_CLOSE_DIALOG;
    expect(d.message).toBe('Bỏ các thay đổi chưa lưu?');
    expect(d.buttons).toEqual(['Tiếp tục sửa', 'Bỏ thay đổi']);
    expect(leaveAnyway(d.defaultId)).toBe(false);
    expect(leaveAnyway(d.cancelId)).toBe(false);
    expect(leaveAnyway(d.buttons.indexOf('Bỏ thay đổi'))).toBe(true);
  });
});

describe('second start of the app', () => {
  function fakeWindow(state: { minimized: boolean; visible: boolean; destroyed?: boolean }) {
    const calls: string[] = [];
    const win: RestorableWindow = {
      isDestroyed: () => state.destroyed ?? false,
      isMinimized: () => state.minimized,
      restore: () => calls.push('restore'),
      isVisible: () => state.visible,
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    return { win, calls };
  }

  it('restores a minimised window and focuses it', () => {
    const { win, calls } = fakeWindow({ minimized: true, visible: true });
    expect(bringToFront(win)).toBe(true);
    expect(calls).toEqual(['restore', 'focus']);
  });

  it('shows a hidden window; a window on screen is only focused', () => {
    const hidden = fakeWindow({ minimized: false, visible: false });
    bringToFront(hidden.win);
    expect(hidden.calls).toEqual(['show', 'focus']);
    const open = fakeWindow({ minimized: false, visible: true });
    bringToFront(open.win);
    expect(open.calls).toEqual(['focus']);
  });

  it('does nothing before the window exists or after it closed', () => {
    expect(bringToFront(null)).toBe(false);
    const closed = fakeWindow({ minimized: true, visible: true, destroyed: true });
    expect(bringToFront(closed.win)).toBe(false);
    expect(closed.calls).toEqual([]);
  });
});

describe('web permissions', () => {
  it('refuses everything a page might ask for', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
    ])
      expect(isPermissionAllowed(permission, APP_ENTRY), permission).toBe(false);
  });

  it('lets only the app page write to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://thbc')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('files shipped beside the app', () => {
  const dev = { isPackaged: false, resourcesPath: '/opt/electron/resources', appRoot: '/repo' };
  const installed = {
    isPackaged: true,
    resourcesPath:
      'C:\\Users\\Nguyễn Văn An\\AppData\\Local\\Programs\\tong-hop-bao-cao\\resources',
    appRoot: '/ignored',
  };

  it('come from the repository while developing and from the resources folder once installed', () => {
    expect(shippedPath('examples', dev)).toBe(join('/repo', 'seeds', 'examples'));
    expect(shippedPath('examples', installed)).toBe(
      join(installed.resourcesPath, 'seeds', 'examples'),
    );
  });

  it('the window icon is the .ico on Windows and a PNG elsewhere, and exists in the repository', () => {
    const root = process.cwd();
    const at = { ...dev, appRoot: root };
    expect(windowIconPath('win32', at)).toBe(join(root, 'resources', 'icon.ico'));
    expect(windowIconPath('linux', at)).toBe(join(root, 'resources', 'icon.png'));
    expect(existsSync(windowIconPath('win32', at))).toBe(true);
    expect(existsSync(windowIconPath('linux', at))).toBe(true);
  });
});

describe('the data folder', () => {
  it('is %APPDATA%\\tong-hop-bao-cao on Windows, also for a Vietnamese user name', () => {
    const appData = 'C:\\Users\\Nguyễn Thị Hương\\AppData\\Roaming';
    expect(defaultUserDataDir('win32', { APPDATA: appData }, 'C:\\Users\\Nguyễn Thị Hương')).toBe(
      'C:\\Users\\Nguyễn Thị Hương\\AppData\\Roaming\\tong-hop-bao-cao',
    );
  });

  it('falls back to the roaming folder under the home folder when APPDATA is not set', () => {
    expect(defaultUserDataDir('win32', {}, 'C:\\Users\\Đặng Văn Lâm')).toBe(
      'C:\\Users\\Đặng Văn Lâm\\AppData\\Roaming\\tong-hop-bao-cao',
    );
  });

  it('follows each platform’s convention elsewhere', () => {
    expect(defaultUserDataDir('darwin', {}, '/Users/huong')).toBe(
      '/Users/huong/Library/Application Support/tong-hop-bao-cao',
    );
    expect(defaultUserDataDir('linux', {}, '/home/huong')).toBe(
      '/home/huong/.config/tong-hop-bao-cao',
    );
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/huong')).toBe(
      '/data/cfg/tong-hop-bao-cao',
    );
  });

  it('the database sits in it unless --db or THBC_DB says otherwise', () => {
    const saved = process.env.THBC_DB;
    delete process.env.THBC_DB;
    try {
      expect(resolveDbPath()).toBe(join(defaultUserDataDir(), 'tong-hop-bao-cao.db'));
      expect(resolveDbPath('/x/y.db')).toBe('/x/y.db');
    } finally {
      if (saved !== undefined) process.env.THBC_DB = saved;
    }
  });
});

describe('saving a file the app made', () => {
  const folder = 'C:\\Users\\Nguyễn Thị Hương\\Documents\\Báo cáo 57';

  it('keeps a name Windows accepts', () => {
    expect(safeFileName('Báo cáo Quý III/2025: tổng hợp?.docx')).toBe(
      'Báo cáo Quý III-2025- tổng hợp-.docx',
    );
    expect(safeFileName('Phụ lục.xlsx. ')).toBe('Phụ lục.xlsx');
    expect(safeFileName('CON.docx')).toBe('_CON.docx');
    expect(safeFileName('"<>|*.pdf')).toBe('-.pdf');
    expect(safeFileName('.pdf')).toBe('.pdf');
    // Decomposed Vietnamese (as typed on a Mac) is composed, so "(2)" finds the earlier file.
    expect(safeFileName('Ba\u0301o ca\u0301o.docx')).toBe('Báo cáo.docx');
  });

  it('shortens a very long name but keeps its extension', () => {
    const name = `${'Báo cáo tình hình thực hiện Nghị quyết 57-NQ-TW '.repeat(8)}.docx`;
    const safe = safeFileName(name);
    expect(safe.length).toBeLessThanOrEqual(200);
    expect(safe.endsWith('.docx')).toBe(true);
    expect(safe.startsWith('Báo cáo tình hình')).toBe(true);
  });

  it('suggests the name itself in a folder where it is free', () => {
    expect(uniqueSavePath(folder, 'Báo cáo Q3.docx', () => false, win32)).toBe(
      `${folder}\\Báo cáo Q3.docx`,
    );
  });

  it('adds " (2)", then " (3)", rather than overwrite an earlier file', () => {
    const existing = new Set([`${folder}\\Báo cáo Q3.docx`]);
    expect(uniqueSavePath(folder, 'Báo cáo Q3.docx', (p) => existing.has(p), win32)).toBe(
      `${folder}\\Báo cáo Q3 (2).docx`,
    );
    existing.add(`${folder}\\Báo cáo Q3 (2).docx`);
    expect(uniqueSavePath(folder, 'Báo cáo Q3.docx', (p) => existing.has(p), win32)).toBe(
      `${folder}\\Báo cáo Q3 (3).docx`,
    );
  });

  it('works in a folder deeper than Windows’ old 260-character limit', () => {
    const deep = win32.join(
      folder,
      ...Array.from({ length: 12 }, (_, i) => `Thư mục con số ${i + 1} của phòng`),
    );
    expect(deep.length).toBeGreaterThan(260);
    const taken = new Set([win32.join(deep, 'Phụ lục.xlsx')]);
    expect(uniqueSavePath(deep, 'Phụ lục.xlsx', (p) => taken.has(p), win32)).toBe(
      win32.join(deep, 'Phụ lục (2).xlsx'),
    );
  });

  it('finds the next free name on a real disk under a Vietnamese folder name', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'thbc-save-')), 'Nguyễn Thị Hương', 'Tài liệu');
    mkdirSync(dir, { recursive: true });
    try {
      const first = uniqueSavePath(dir, 'Công văn đôn đốc.docx', existsSync);
      writeFileSync(first, 'a');
      const second = uniqueSavePath(dir, 'Công văn đôn đốc.docx', existsSync);
      expect(second).toBe(join(dir, 'Công văn đôn đốc (2).docx'));
      writeFileSync(second, 'b');
      expect(uniqueSavePath(dir, 'Công văn đôn đốc.docx', existsSync)).toBe(
        join(dir, 'Công văn đôn đốc (3).docx'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers the file’s own type first in the save dialog', () => {
    expect(saveFilters('Báo cáo.docx')[0]).toEqual({ name: 'Tài liệu Word', extensions: ['docx'] });
    expect(saveFilters('Phụ lục.XLSX')[0]).toEqual({
      name: 'Bảng tính Excel',
      extensions: ['xlsx'],
    });
    expect(saveFilters('tệp')).toEqual([{ name: 'Tất cả các tệp', extensions: ['*'] }]);
  });
});

describe('the "Đã lưu" box', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows once for a report saved as Word and Excel together', () => {
    vi.useFakeTimers();
    const shown: SavedBatch[] = [];
    const saved = saveNotifier((b) => shown.push(b), 1500);
    saved('D:\\Báo cáo', 'Báo cáo Q3.docx');
    vi.advanceTimersByTime(500);
    saved('D:\\Báo cáo', 'Phụ lục Q3.xlsx');
    vi.advanceTimersByTime(1499);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual([
      { folder: 'D:\\Báo cáo', names: ['Báo cáo Q3.docx', 'Phụ lục Q3.xlsx'] },
    ]);
    expect(savedMessage(shown[0]!)).toEqual({
      message: 'Đã lưu 2 tệp.',
      detail: 'Báo cáo Q3.docx\nPhụ lục Q3.xlsx\n\nTrong thư mục: D:\\Báo cáo',
    });
  });

  it('tells about each folder separately', () => {
    vi.useFakeTimers();
    const shown: SavedBatch[] = [];
    const saved = saveNotifier((b) => shown.push(b), 1500);
    saved('D:\\A', 'a.docx');
    saved('E:\\B', 'b.docx');
    expect(shown).toEqual([{ folder: 'D:\\A', names: ['a.docx'] }]);
    vi.advanceTimersByTime(1500);
    expect(shown[1]).toEqual({ folder: 'E:\\B', names: ['b.docx'] });
    expect(savedMessage(shown[1]!).message).toBe('Đã lưu tệp.');
  });
});
