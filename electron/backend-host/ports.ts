// The host's end of the channel to the main process, in each runtime it runs in.
import type { Port } from './peer';

/** Electron's utility process: `process.parentPort`, whose messages arrive as `{ data }` events. */
export function parentPortOf(parentPort: {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}): Port {
  return {
    postMessage: (message) => parentPort.postMessage(message),
    onMessage: (listener) => {
      parentPort.on('message', (event) => listener(event.data));
    },
  };
}

/** A Node child started with `fork(…, { serialization: 'advanced' })` (tests, plain Node). */
export function forkedProcessPort(proc: NodeJS.Process): Port {
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('This process was not started with an IPC channel (fork).');
  return {
    postMessage: (message) => {
      send(message);
    },
    onMessage: (listener) => {
      proc.on('message', listener);
    },
  };
}
