// Exposes exactly one function per API method to the page, and one shell event (the backend was
// restarted) whose listener receives nothing from Electron: no event object reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../shared/api';

const bridge = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke('thbc:invoke', method, args),
  ]),
);

contextBridge.exposeInMainWorld('thbc', bridge);

contextBridge.exposeInMainWorld('thbcShell', {
  /** Returns the function that stops listening (a screen that unmounts). */
  onBackendRestarted: (listener: () => void) => {
    const relay = () => listener();
    ipcRenderer.on('thbc:backend-restarted', relay);
    return () => {
      ipcRenderer.removeListener('thbc:backend-restarted', relay);
    };
  },
});
