// Electron: the preload script exposes one function per API method on window.thbc.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { NETWORK_MESSAGE } from '../../../shared/messages/common';

export type ThbcBridge = { [M in Method]: (args: Args<M>) => Promise<Envelope<Result<M>>> };

declare global {
  interface Window {
    thbc?: ThbcBridge;
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
