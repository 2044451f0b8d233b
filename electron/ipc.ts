import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './backend/dispatch';
import { isTrustedSender } from './security';

export const INVOKE_CHANNEL = 'thbc:invoke';

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
