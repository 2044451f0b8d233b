// Electron main process: the hardened window, the app:// protocol serving the built UI, and the
// IPC door to the same backend that browser mode and the command line use.
import { app, net, protocol, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from './backend/backend';
import { CSP } from './backend/csp';
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
import { createMainWindow } from './window';

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
  backend = createBackend({
    dbPath: resolveDbPath(typeof values.db === 'string' ? values.db : undefined),
    transport: 'ipc',
    desktop: true,
    printer: electronPrinter(),
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
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
