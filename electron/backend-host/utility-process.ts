// Starts the backend host in Electron's utility process: a Node environment of its own, so a long
// call (a report, a batch of forms) runs there while the main process keeps the window responsive.
import { utilityProcess } from 'electron';
import type { HostProcess } from './client';

export function spawnUtilityHost(modulePath: string): HostProcess {
  const child = utilityProcess.fork(modulePath, [], {
    serviceName: 'Tổng hợp Báo cáo - xử lý dữ liệu',
    stdio: 'inherit',
  });
  // Held until the process is up, so that nothing depends on how Electron treats earlier posts.
  let queued: unknown[] | null = [];
  child.once('spawn', () => {
    for (const message of queued ?? []) child.postMessage(message);
    queued = null;
  });
  return {
    port: {
      postMessage: (message) => {
        if (queued) queued.push(message);
        else child.postMessage(message);
      },
      onMessage: (listener) => {
        child.on('message', listener);
      },
    },
    // Known once the process is up (Electron sets it at 'spawn').
    get pid() {
      return child.pid;
    },
    onExit: (listener) => {
      child.on('exit', (code) => listener(code));
    },
    kill: () => {
      child.kill();
    },
  };
}
