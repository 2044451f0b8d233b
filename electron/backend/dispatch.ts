// The single entry point for every transport: allowlist, argument validation, and errors turned
// into an envelope with a Vietnamese message (stacks go to the log only).
import { z } from 'zod';
import { ARGS, isMethod, type Method } from '../../shared/api';
import { changedBy } from '../../shared/api-effects';
import { AppError, INTERNAL_MESSAGE, type Envelope } from '../../shared/errors';
import type { BackendContext } from './context';
import { dbFault } from './db/problems';
import { handlers } from './handlers';

z.config(z.locales.vi());

export type Dispatch = (method: string, args: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(ctx: BackendContext): Dispatch {
  // Calls under way, so that a restore never swaps the database under another one (see backups).
  let running = 0;
  ctx.runningCalls = () => running;
  return async (method, args) => {
    if (!isMethod(method)) {
      return fail(new AppError('UNKNOWN_METHOD', `Chức năng "${String(method)}" không tồn tại.`));
    }
    const parsed = ARGS[method].safeParse(args ?? {});
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => ({
        field: i.path.join('.'),
        message: i.message,
      }));
      return fail(new AppError('INVALID_ARGS', 'Dữ liệu gửi lên không hợp lệ.', { fields }));
    }
    running++;
    try {
      const handler = handlers[method] as (c: BackendContext, a: unknown) => unknown;
      const value = await handler(ctx, parsed.data);
      const changed = changedBy(method);
      return changed.length > 0 ? { ok: true, value, changed } : { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fail(error);
      ctx.log.error(`${method} failed`, error);
      // A lock held past the busy timeout, a read-only or full disk: said so, not "unexpected".
      return fail(dbFault(error) ?? new AppError('INTERNAL', INTERNAL_MESSAGE));
    } finally {
      running--;
    }
  };
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toPayload() };
}

/** Unwraps an envelope for in-process callers (CLI, tests): faults become AppErrors again. */
export async function call<M extends Method>(
  dispatch: Dispatch,
  method: M,
  args: z.input<(typeof ARGS)[M]>,
): Promise<import('../../shared/api').Result<M>> {
  const envelope = await dispatch(method, args);
  if (!envelope.ok) {
    throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  }
  return envelope.value as import('../../shared/api').Result<M>;
}
