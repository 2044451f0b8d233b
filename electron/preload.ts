// Exposes exactly one function per API method to the page, and one shell event (the backend was
// restarted) whose listener receives nothing from Electron: no event object reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../shared/api';
import { BACKEND_RESTARTED_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

const bridge = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
  ]),
);

contextBridge.exposeInMainWorld('thbc', bridge);

contextBridge.exposeInMainWorld('thbcShell', {
  /** Returns the function that stops listening (a screen that unmounts). */
  onBackendRestarted: (listener: () => void) => {
    const relay = () => listener();
    ipcRenderer.on(BACKEND_RESTARTED_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(BACKEND_RESTARTED_CHANNEL, relay);
    };
  },
});
