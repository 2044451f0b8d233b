// Files shipped beside the app rather than inside app.asar (electron-builder.yml extraResources):
// read from the repository while developing, from process.resourcesPath once installed. Kept free
// of the 'electron' import so the mapping is tested against the packaging config.
import { join } from 'node:path';

/**
 * electron-builder.yml's appId. On Windows it is the taskbar identity: the installer gives the
 * shortcuts this AppUserModelID, and the running window must carry the same one to be grouped with
 * a pinned shortcut under the app's icon.
 */
export const APP_ID = 'vn.gov.skhcn.tonghopbaocao';

export const SHIPPED = {
  iconPng: { from: 'resources/icon.png', to: 'icon.png' },
  iconIco: { from: 'resources/icon.ico', to: 'icon.ico' },
  examples: { from: 'seeds/examples', to: 'seeds/examples' },
} as const;

export interface AppLocation {
  isPackaged: boolean;
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string;
  /** The repository root (appRoot()) while developing. */
  appRoot: string;
}

export function shippedPath(file: keyof typeof SHIPPED, at: AppLocation): string {
  const { from, to } = SHIPPED[file];
  return at.isPackaged
    ? join(at.resourcesPath, ...to.split('/'))
    : join(at.appRoot, ...from.split('/'));
}

/** The window and taskbar icon: Windows reads .ico (every size), Linux a PNG; macOS uses the bundle's. */
export function windowIconPath(platform: NodeJS.Platform, at: AppLocation): string {
  return shippedPath(platform === 'win32' ? 'iconIco' : 'iconPng', at);
}
