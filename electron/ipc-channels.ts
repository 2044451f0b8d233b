// The IPC channel names the main process (ipc.ts) and the preload script agree on. No electron
// import here, so that the preload bundle takes the names without the main-process side.

/** Window → main: every API method goes through this one channel. */
export const INVOKE_CHANNEL = 'thbc:invoke';
/** Main → window: the backend process stopped and was restarted (preload.ts relays it). */
export const BACKEND_RESTARTED_CHANNEL = 'thbc:backend-restarted';
/**
 * Window → main: save a finished job's file (the forms zip). Main picks the place (chosen folder
 * or save dialog) and the backend writes the file there; the window never names a path.
 */
export const SAVE_JOB_FILE_CHANNEL = 'thbc:save-job-file';
