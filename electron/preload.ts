// Exposes exactly one function per API method to the page, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS } from '../shared/api';

const bridge = Object.fromEntries(
  METHODS.map((method) => [
    method,
    (args: unknown) => ipcRenderer.invoke('thbc:invoke', method, args),
  ]),
);

contextBridge.exposeInMainWorld('thbc', bridge);
