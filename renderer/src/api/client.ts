// The renderer's only door to the backend: the same typed call over Electron IPC or local HTTP.
import type { Args, Method, Result } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import { ApiError } from './api-error';
import { hasIpcBridge, ipcTransport } from './ipc-transport';
import { httpTransport } from './http-transport';

export { ApiError } from './api-error';

type Transport = <M extends Method>(method: M, args: Args<M>) => Promise<Envelope<Result<M>>>;

function transport(): Transport {
  return hasIpcBridge() ? ipcTransport : httpTransport;
}

/** Calls a backend method; resolves with its result or throws an ApiError (Vietnamese message). */
export async function api<M extends Method>(method: M, args: Args<M>): Promise<Result<M>> {
  const envelope = await transport()(method, args);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}
