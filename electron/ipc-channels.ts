// The IPC channel names the main process (ipc.ts) and the preload script agree on. No electron
// import here, so that the preload bundle takes the names without the main-process side.

/** Window → main: every API method goes through this one channel. */
export const INVOKE_CHANNEL = 'thbc:invoke';
/** Main → window: the backend process stopped and was restarted (preload.ts relays it). */
export const BACKEND_RESTARTED_CHANNEL = 'thbc:backend-restarted';
