// Pure rules for the Electron main process, kept free of the 'electron' import so they are
// tested under plain Node: which pages may call the backend, where windows may navigate.

export const APP_SCHEME = 'app';
export const APP_HOST = 'thbc';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Only frames showing our own bundled UI may reach the backend over IPC. */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** In-app navigation stays inside the app origin; everything else is refused. */
export function isAllowedNavigation(target: string): boolean {
  return isTrustedSender(target);
}

/**
 * The only window the UI may open: the print-ready PDF it made itself (a blob: URL of the app's
 * own origin), shown in Chromium's PDF viewer for printing.
 */
export function isPrintPreviewUrl(target: string): boolean {
  if (!target.startsWith('blob:')) return false;
  return isTrustedSender(target.slice('blob:'.length));
}

/** The PDF viewer window: no preload, no Node, the viewer plug-in on. */
export function printPreviewWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    plugins: true,
    spellcheck: false,
  } as const;
}

/** Maps an app:// request to a file under the renderer build, refusing any path escape. */
export function resolveAppAsset(requestUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const path = decodeURIComponent(url.pathname);
  if (path.split('/').some((part) => part === '..') || path.includes('\\') || path.includes('\0'))
    return null;
  const relative = path === '/' || path === '' ? '/index.html' : path;
  return `${rendererDir.replace(/[\\/]+$/, '')}${relative}`;
}

/** BrowserWindow webPreferences per ARCHITECTURE.md's hardening list. */
export function hardenedWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}
