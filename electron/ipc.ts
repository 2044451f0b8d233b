import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './backend/dispatch';
import { BACKEND_RESTARTED_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';
import { isTrustedSender } from './security';

/** One channel for every API method; the sender frame is checked before the backend is touched. */
export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' },
      };
    }
    return dispatch(String(method), args);
  });
}

/** Tells every window that the backend was restarted, so the page can say so to the user. */
export function notifyBackendRestarted(): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send(BACKEND_RESTARTED_CHANNEL);
}
