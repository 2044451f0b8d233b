// Starts a backend host as a Node child process (tests; the desktop app uses utility-process.ts).
import { fork } from 'node:child_process';
import type { HostProcess } from './client';

export function forkHost(entry: string, execArgv: string[] = ['--import', 'tsx']): HostProcess {
  // 'advanced' keeps Uint8Array (PDF bytes, workbooks) intact, as Electron's port does.
  const child = fork(entry, [], { serialization: 'advanced', execArgv, stdio: 'inherit' });
  // A message sent just as the child died: its exit settles the calls, nothing else to do.
  child.on('error', () => {});
  return {
    port: {
      postMessage: (message) => {
        if (child.connected) child.send(message as object);
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
