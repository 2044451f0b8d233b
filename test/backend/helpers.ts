import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import { silentLogger } from '../../electron/backend/logger';
import type { Args, Method, Result } from '../../shared/api';

/** A seeded in-memory backend, as a fresh install would have. */
export function memoryBackend(options: Partial<BackendOptions> = {}): Backend & {
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
} {
  const backend = createBackend({
    dbPath: ':memory:',
    transport: 'cli',
    logger: silentLogger,
    ...options,
  });
  return { ...backend, call: (method, args) => call(backend.dispatch, method, args) };
}
