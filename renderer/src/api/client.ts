// The renderer's only door to the backend: the same typed call over Electron IPC or local HTTP.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { ApiError } from './api-error';
import { forget } from './cache';
import { hasIpcBridge, ipcTransport } from './ipc-transport';
import { httpTransport } from './http-transport';

export { ApiError } from './api-error';

type Transport = <M extends Method>(method: M, args: Args<M>) => Promise<Envelope<Result<M>>>;

function transport(): Transport {
  return hasIpcBridge() ? ipcTransport : httpTransport;
}

/**
 * Calls a backend method; resolves with its result or throws an ApiError (Vietnamese message).
 * After a call that changed data, the results shown on screen that read it are loaded again first.
 */
export async function api<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
  const envelope = await transport()(method, args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  if (envelope.changed) await forget(envelope.changed);
  return envelope.value;
}
