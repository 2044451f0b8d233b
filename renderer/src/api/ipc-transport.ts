// Electron: the preload script exposes one function per API method on window.thbc.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { NETWORK_MESSAGE } from '../../../shared/messages/common';

export type ThbcBridge = { [M in Method]: (args: Args<M>) => Promise<Envelope<Result<M>>> };

/** The desktop shell's own functions (electron/preload.ts); absent in browser mode. */
export interface ThbcShell {
  /** Returns the function that stops listening. */
  onBackendRestarted(listener: () => void): () => void;
  /** Saves a finished job's file where the clerk chooses: where it went, or null if cancelled. */
  saveJobFile(id: string, fileName: string): Promise<Envelope<string | null>>;
}

declare global {
  interface Window {
    thbc?: ThbcBridge;
    thbcShell?: ThbcShell;
  }
}

export function hasIpcBridge(): boolean {
  return typeof window !== 'undefined' && window.thbc !== undefined;
}

export async function ipcTransport<M extends Method>(
  method: M,
  args: Args<M>,
): Promise<Envelope<Result<M>>> {
  const bridge = window.thbc;
  const call = bridge?.[method] as ((a: Args<M>) => Promise<Envelope<Result<M>>>) | undefined;
  if (!call) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: NETWORK_MESSAGE } };
  }
  try {
    return await call(args);
  } catch {
    return { ok: false, error: { code: 'UNAVAILABLE', message: NETWORK_MESSAGE } };
  }
}
