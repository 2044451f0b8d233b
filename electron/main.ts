// Electron main process: the hardened window, the app:// protocol serving the built UI, and the
// IPC door to the same backend that browser mode and the command line use.
import { app, dialog, net, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from './backend/backend';
import { CSP } from './backend/csp';
import { describeStartupProblem } from './backend/db/problems';
import { restoreOver } from './backend/db/restore';
import { fileLogger } from './backend/logger';
import { AppError, INTERNAL_MESSAGE } from '../shared/errors';
import { defaultUserDataDir, resolveDbPath } from './backend/paths';
import { registerIpc } from './ipc';
import { electronPrinter } from './print-to-pdf';
import {
  APP_SCHEME,
  isAllowedNavigation,
  isPrintPreviewUrl,
  printPreviewWebPreferences,
  resolveAppAsset,
} from './security';
import { createMainWindow, focusMainWindow } from './window';
import { handleDownloads } from './downloads';
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
let backend: Backend | null = null;

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', focusMainWindow);

app.on('web-contents-created', (_event, contents) => {
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

app.whenReady().then(() => {
  const dbPath = resolveDbPath(typeof values.db === 'string' ? values.db : undefined);
  backend = openBackend(dbPath);
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
  createMainWindow(join(here, 'preload.cjs'));
});

app.on('window-all-closed', () => {
  backend?.close();
  app.quit();
});

/**
 * The backend, or null when the user quits: a database that will not open (damaged, newer, locked,
 * read-only) is explained in a dialog with the ways forward (describeStartupProblem), among them
 * restoring the latest backup, which puts the damaged file aside and the backup in its place.
 */
function openBackend(dbPath: string): Backend | null {
  for (;;) {
    try {
      return createBackend({ dbPath, transport: 'ipc', desktop: true, printer: electronPrinter() });
    } catch (error) {
      const problem = describeStartupProblem(error, dbPath);
      if (problem.kind === 'unknown')
        fileLogger(join(dirname(dbPath), 'logs', 'app.log')).error(
          'Không mở được cơ sở dữ liệu',
          error,
        );
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
      if (action === 'quit') return null;
      if (action === 'open-backups-folder') void shell.openPath(problem.backupsDir);
      if (action === 'restore-latest-backup' && problem.latestBackup) {
        try {
          const { restored, keptAs } = restoreOver(dbPath, problem.latestBackup);
          dialog.showMessageBoxSync({
            type: 'info',
            title: 'Tổng hợp Báo cáo',
            message: `Đã khôi phục bản sao lưu ${restored.name}.`,
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
}
