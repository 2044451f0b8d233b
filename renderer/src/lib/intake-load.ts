import { useEffect, useState } from 'react';
import type { Args, Method, Result } from '../../../shared/api';
import { api } from '../api/client';
import { errorMessage } from '../api/api-error';

export interface Loaded<T> {
  /** The latest result received (possibly for earlier arguments while new ones load). */
  value: T | null;
  /** True while the result for the current arguments has not arrived yet. */
  loading: boolean;
  /** Vietnamese message of the last failure for the current arguments. */
  error: string | null;
  /** Asks again with the same arguments (after a change elsewhere). */
  reload(): void;
}

/**
 * Calls a read method whenever its arguments change (or `reload` is called), keeping the previous
 * value on screen meanwhile so tables do not flash. `args` null means "nothing to load yet".
 */
export function useApiLoad<M extends Method>(
  method: M,
  args: Args<M> | null,
  refresh = 0,
): Loaded<Result<M>> {
  const [attempt, setAttempt] = useState(0);
  const argsKey = args === null ? null : JSON.stringify(args);
  const key = argsKey === null ? null : `${method}|${argsKey}|${attempt}|${refresh}`;
  const [state, setState] = useState<{
    key: string | null;
    value: Result<M> | null;
    error: string | null;
  }>({ key: null, value: null, error: null });

  useEffect(() => {
    if (key === null || argsKey === null) return undefined;
    let live = true;
    api(method, JSON.parse(argsKey) as Args<M>).then(
      (value) => {
        if (live) setState({ key, value, error: null });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ key, value: s.value, error: errorMessage(error) }));
      },
    );
    return () => {
      live = false;
    };
  }, [method, argsKey, key]);

  return {
    value: state.value,
    loading: key !== null && state.key !== key,
    error: state.key === key ? state.error : null,
    reload: () => setAttempt((n) => n + 1),
  };
}
