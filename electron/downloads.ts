// Saving a file the window produced (the page's download link, renderer/src/lib/report-download.ts).
// The first time, a save dialog asks where; that folder is remembered and later files go straight
// into it under a free name ("Báo cáo (2).docx", never over an earlier file). After saving, one box
// per burst offers "Mở thư mục" and a way to choose another folder.
import { app, BrowserWindow, dialog, shell, type Session } from 'electron';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { saveNotifier, savedMessage, type SavedBatch } from './save-batch';
import { pathApi, saveFilters, uniqueSavePath } from './save-names';

const SETTINGS_FILE = 'desktop-settings.json';

function settingsPath(): string {
  return join(app.getPath('userData'), SETTINGS_FILE);
}

/** The folder chosen before, if it is still there (a USB stick may have gone). */
function chosenFolder(): string | null {
  try {
    const { downloadFolder } = JSON.parse(readFileSync(settingsPath(), 'utf8')) as {
      downloadFolder?: unknown;
    };
    return typeof downloadFolder === 'string' && statSync(downloadFolder).isDirectory()
      ? downloadFolder
      : null;
  } catch {
    return null;
  }
}

function rememberFolder(folder: string): void {
  try {
    writeFileSync(settingsPath(), JSON.stringify({ downloadFolder: folder }, null, 2));
  } catch {
    // Not remembering only means the dialog asks again next time.
  }
}

async function chooseFolder(win: BrowserWindow | null): Promise<void> {
  const options = {
    title: 'Chọn thư mục lưu tệp',
    buttonLabel: 'Chọn thư mục',
    defaultPath: chosenFolder() ?? app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
  };
  const result = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const folder = result.filePaths[0];
  if (!result.canceled && folder) rememberFolder(folder);
}

async function showSaved(batch: SavedBatch): Promise<void> {
  const win = BrowserWindow.getFocusedWindow();
  const options = {
    type: 'info' as const,
    title: 'Tổng hợp Báo cáo',
    ...savedMessage(batch),
    buttons: ['Mở thư mục', 'Đổi thư mục lưu…', 'Đóng'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
  const { response } = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options);
  const first = batch.names[0];
  if (response === 0 && first) shell.showItemInFolder(join(batch.folder, first));
  if (response === 1) await chooseFolder(win);
}

/** One "Đã lưu" box for a burst of saved files, downloads and files the backend wrote alike. */
let notifier: ((folder: string, name: string) => void) | null = null;
const notifySaved = (folder: string, name: string) =>
  (notifier ??= saveNotifier((batch) => void showSaved(batch)))(folder, name);

/**
 * A file the backend writes itself (the forms zip: megabytes that need not cross the window as
 * base64), saved by the same rule as a download: into the chosen folder under a free name, else
 * where the save dialog says. `write` puts it there (and says where); null when the clerk cancelled the dialog.
 */
export async function saveWrittenFile(
  fileName: string,
  write: (path: string) => Promise<string>,
): Promise<string | null> {
  const paths = pathApi(process.platform);
  const folder = chosenFolder();
  let target: string;
  if (folder) {
    target = uniqueSavePath(folder, fileName, existsSync, paths);
  } else {
    const win = BrowserWindow.getFocusedWindow();
    const options = {
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: uniqueSavePath(app.getPath('documents'), fileName, existsSync, paths),
      filters: saveFilters(fileName),
    };
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    target = result.filePath;
  }
  const written = await write(target);
  if (!folder) rememberFolder(dirname(written));
  notifySaved(dirname(written), basename(written));
  return written;
}

export function handleDownloads(session: Session): void {
  const notify = notifySaved;
  // Paths handed out but not yet written, so two files of one name in a burst do not collide.
  const reserved = new Set<string>();
  const taken = (path: string) => reserved.has(path) || existsSync(path);

  session.on('will-download', (_event, item) => {
    const folder = chosenFolder();
    if (folder) {
      const target = uniqueSavePath(folder, item.getFilename(), taken, pathApi(process.platform));
      reserved.add(target);
      item.setSavePath(target);
    } else {
      const start = app.getPath('documents');
      item.setSaveDialogOptions({
        title: 'Lưu tệp',
        buttonLabel: 'Lưu',
        defaultPath: uniqueSavePath(start, item.getFilename(), taken, pathApi(process.platform)),
        filters: saveFilters(item.getFilename()),
      });
    }
    item.once('done', (_e, state) => {
      const saved = item.getSavePath();
      reserved.delete(saved);
      if (state === 'cancelled') return;
      if (state !== 'completed') {
        dialog.showErrorBox(
          'Không lưu được tệp',
          `Tệp ${item.getFilename()} chưa được lưu. Hãy kiểm tra thư mục còn chỗ trống và quyền ghi, rồi thử lại.`,
        );
        return;
      }
      if (!folder) rememberFolder(dirname(saved));
      notify(dirname(saved), basename(saved));
    });
  });
}
