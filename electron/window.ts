import { app, BrowserWindow, dialog } from 'electron';
import { APP_ID, windowIconPath } from './app-resources';
import { appRoot } from './backend/paths';
import { APP_ENTRY, hardenedWebPreferences } from './security';
import { bringToFront } from './single-instance';
import { leaveAnyway, UNSAVED_CLOSE_DIALOG } from './unsaved-close';

let mainWindow: BrowserWindow | null = null;

export function createMainWindow(preloadPath: string): BrowserWindow {
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Tổng hợp Báo cáo',
    icon: windowIconPath(process.platform, {
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appRoot: appRoot(import.meta.dirname),
    }),
    show: false,
    // An installed build opens no developer tools, whatever the keyboard says.
    webPreferences: { ...hardenedWebPreferences(preloadPath), devTools: !app.isPackaged },
  });
  win.once('ready-to-show', () => win.show());
  // The page cancelled its unload because something typed or previewed is not saved: ask, and
  // only the clerk's "Bỏ thay đổi" lets the window close or reload.
  win.webContents.on('will-prevent-unload', (event) => {
    if (leaveAnyway(dialog.showMessageBoxSync(win, UNSAVED_CLOSE_DIALOG))) event.preventDefault();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY);
  mainWindow = win;
  return win;
}

/** The `second-instance` handler: the running window comes forward instead of a second app. */
export function focusMainWindow(): void {
  bringToFront(mainWindow);
}
