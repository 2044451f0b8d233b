// Exposes exactly one function per API method to the page, one shell event (the backend was
// restarted) whose listener receives nothing from Electron: no event object reaches the page, and
// the save of a job's file (the window names the job, never a path).
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../shared/api';
import { BACKEND_RESTARTED_CHANNEL, INVOKE_CHANNEL, SAVE_JOB_FILE_CHANNEL } from './ipc-channels';

const bridge = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
  ]),
);

contextBridge.exposeInMainWorld('thbc', bridge);

contextBridge.exposeInMainWorld('thbcShell', {
  /** Saves a finished job's file where the clerk chooses; the backend writes it (ipc.ts). */
  saveJobFile: (id: string, fileName: string) =>
    ipcRenderer.invoke(SAVE_JOB_FILE_CHANNEL, id, fileName),
  /** Returns the function that stops listening (a screen that unmounts). */
  onBackendRestarted: (listener: () => void) => {
    const relay = () => listener();
    ipcRenderer.on(BACKEND_RESTARTED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(BACKEND_RESTARTED_CHANNEL, relay);
    };
  },
});
