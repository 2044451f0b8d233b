// Electron main process: the hardened window, the app:// protocol serving the built UI, and the
// IPC door to the same backend that browser mode and the command line use. The backend itself runs
// in a utility process (backend-host/), so a long report or form batch never freezes the window.
import { app, dialog, net, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BackendClient } from './backend-host/client';
import type { OpenReply } from './backend-host/host';
import { spawnUtilityHost } from './backend-host/utility-process';
import { CSP } from './backend/csp';
import { fileLogger, logPathFor, logUncaught } from './backend/logger';
import { AppError, INTERNAL_MESSAGE } from '../shared/errors';
import { defaultUserDataDir, resolveDbPath } from './backend/paths';
import { notifyBackendRestarted, registerIpc, registerJobFileSaving } from './ipc';
import { logRendererErrors } from './renderer-log';
import { electronPrinter } from './print-to-pdf';
import {
  APP_SCHEME,
  isAllowedNavigation,
  isPrintPreviewUrl,
  printPreviewWebPreferences,
  resolveAppAsset,
} from './security';
import { createMainWindow, focusMainWindow } from './window';
import { handleDownloads, saveWrittenFile } from './downloads';
import { installAppMenu } from './menu';
import { isPermissionAllowed } from './permissions';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Same folder as browser mode and the CLI, so all three see one database.
app.setPath('userData', defaultUserDataDir());

const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { db: { type: 'string' } },
  strict: false,
});
const here = import.meta.dirname;
const rendererDir = join(here, '..', 'renderer');
const dbPath = resolveDbPath(typeof values.db === 'string' ? values.db : undefined);
const log = fileLogger(logPathFor(dbPath), { label: 'main' });
let backend: BackendClient | null = null;
let toldUser = false;
logUncaught(
  process,
  () => log,
  () => {
    // Once: a fault repeating in a loop must not bury the user under dialogs.
    if (toldUser || !app.isReady()) return;
    toldUser = true;
    dialog.showErrorBox(
      'Tổng hợp Báo cáo',
      `${INTERNAL_MESSAGE} Tệp nhật ký: ${logPathFor(dbPath)}`,
    );
  },
);

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', focusMainWindow);

app.on('web-contents-created', (_event, contents) => {
  logRendererErrors(contents, fileLogger(logPathFor(dbPath), { label: 'renderer' }));
  contents.setWindowOpenHandler(({ url }) =>
    isPrintPreviewUrl(url)
      ? {
          action: 'allow',
          overrideBrowserWindowOptions: {
            title: 'Bản in - Tổng hợp Báo cáo',
            autoHideMenuBar: true,
            webPreferences: printPreviewWebPreferences(),
          },
        }
      : { action: 'deny' },
  );
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  backend = await openBackend(dbPath);
  if (!backend) {
    app.quit();
    return;
  }
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) =>
    isPermissionAllowed(permission, origin),
  );
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  handleDownloads(session.defaultSession);
  installAppMenu(dirname(dbPath));
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(request.url, rendererDir);
    if (!file) return new Response('Không tìm thấy', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP);
    return new Response(response.body, { status: response.status, headers });
  });
  registerIpc(backend.dispatch);
  const client = backend;
  registerJobFileSaving((id, fileName) =>
    saveWrittenFile(fileName, async (path) => (await client.saveJobFile(id, path)).path),
  );
  createMainWindow(join(here, 'preload.cjs'));
});

app.on('window-all-closed', () => {
  const closing = backend?.close();
  backend = null;
  void Promise.resolve(closing).finally(() => app.quit());
});

/**
 * The backend host, or null when the user quits: a database that will not open (damaged, newer,
 * locked, read-only) is described by the host (describeStartupProblem) and explained here in a
 * dialog with the ways forward, among them restoring the latest backup, which puts the damaged file
 * aside and the backup in its place.
 */
async function openBackend(dbPath: string): Promise<BackendClient | null> {
  const client = new BackendClient({
    spawn: () => spawnUtilityHost(join(here, 'backend-host.js')),
    open: { dbPath, transport: 'ipc', desktop: true, print: true },
    print: electronPrinter(),
    onRestart: notifyBackendRestarted,
    log,
  });
  for (;;) {
    let reply: OpenReply;
    try {
      reply = await client.start();
    } catch (error) {
      // The host process itself died while opening: nothing a dialog choice can fix.
      log.error('Phần xử lý dữ liệu dừng khi đang mở cơ sở dữ liệu', error);
      dialog.showErrorBox(
        'Tổng hợp Báo cáo',
        `Không khởi động được phần xử lý dữ liệu. ${INTERNAL_MESSAGE} Tệp nhật ký: ${logPathFor(dbPath)}`,
      );
      await client.close();
      return null;
    }
    if (reply.ok) return client;
    const { problem } = reply;
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Tổng hợp Báo cáo',
      message: problem.title,
      detail: problem.message,
      buttons: problem.actions.map((a) => a.label),
      defaultId: 0,
      cancelId: problem.actions.length - 1,
      noLink: true,
    });
    const action = problem.actions[choice]?.id ?? 'quit';
    if (action === 'quit') {
      await client.close();
      return null;
    }
    if (action === 'open-backups-folder') void shell.openPath(problem.backupsDir);
    if (action === 'restore-latest-backup' && problem.latestBackup) {
      try {
        const { restored, keptAs } = await client.restore(problem.latestBackup);
        dialog.showMessageBoxSync({
          type: 'info',
          title: 'Tổng hợp Báo cáo',
          message: `Đã khôi phục bản sao lưu ${restored}.`,
          detail: keptAs ? `Tệp dữ liệu bị hỏng được giữ lại thành ${keptAs}.` : '',
          buttons: ['Mở ứng dụng'],
        });
      } catch (restoreError) {
        dialog.showErrorBox(
          'Không khôi phục được',
          restoreError instanceof AppError ? restoreError.message : INTERNAL_MESSAGE,
        );
      }
    }
    // Then the database is opened again (after a restore, a retry, or with the folder open).
  }
}
