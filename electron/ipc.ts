import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from './backend/dispatch';
import { AppError, type Envelope } from '../shared/errors';
import { BACKEND_RESTARTED_CHANNEL, INVOKE_CHANNEL, SAVE_JOB_FILE_CHANNEL } from './ipc-channels';
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

const UNTRUSTED = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ giao diện của ứng dụng.' },
} as const;

/**
 * "Save" for a finished job's file: `save` asks where (main process) and has the backend write it
 * there. The answer is where it went, or null when the clerk cancelled.
 */
export function registerJobFileSaving(
  save: (id: string, fileName: string) => Promise<string | null>,
): void {
  ipcMain.handle(
    SAVE_JOB_FILE_CHANNEL,
    async (event, id: unknown, fileName: unknown): Promise<Envelope<string | null>> => {
      if (!isTrustedSender(event.senderFrame?.url)) return UNTRUSTED;
      if (typeof id !== 'string' || typeof fileName !== 'string')
        return {
          ok: false,
          error: { code: 'VALIDATION', message: 'Yêu cầu lưu tệp không hợp lệ.' },
        };
      try {
        return { ok: true, value: await save(id, fileName) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        return {
          ok: false,
          error: {
            code: 'INTERNAL',
            message:
              'Không lưu được tệp. Hãy kiểm tra thư mục còn chỗ trống và quyền ghi, rồi thử lại.',
          },
        };
      }
    },
  );
}

/** Tells every window that the backend was restarted, so the page can say so to the user. */
export function notifyBackendRestarted(): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send(BACKEND_RESTARTED_CHANNEL);
}
