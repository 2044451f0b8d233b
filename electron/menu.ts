// Installs the Vietnamese application menu (menu-template.ts) with its Electron actions.
import { app, dialog, Menu, shell } from 'electron';
import { shippedPath } from './app-resources';
import { appRoot } from './backend/paths';
import { aboutText, appMenuTemplate } from './menu-template';

async function openFolder(path: string): Promise<void> {
  const error = await shell.openPath(path);
  if (error) dialog.showErrorBox('Không mở được thư mục', `${path}\n${error}`);
}

/** `dataDir`: the folder of the database in use (with backups/ and logs/ inside). */
export function installAppMenu(dataDir: string): void {
  const examples = shippedPath('examples', {
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: appRoot(import.meta.dirname),
  });
  const template = appMenuTemplate({
    isPackaged: app.isPackaged,
    platform: process.platform,
    actions: {
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'Giới thiệu',
          ...aboutText({
            version: app.getVersion(),
            electron: process.versions.electron ?? '',
            chrome: process.versions.chrome ?? '',
            node: process.versions.node,
            dataDir,
          }),
          buttons: ['Đóng'],
          noLink: true,
        }),
      openDataFolder: () => void openFolder(dataDir),
      openExamplesFolder: () => void openFolder(examples),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
