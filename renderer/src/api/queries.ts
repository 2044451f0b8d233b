// The screens' one way to load backend data: `useApiQuery(method, args)` over the shared cache
// (cache.ts), and `useApiMutation(method)` for calls that change data. Nothing here reloads by
// hand: `api()` has the cache ask again for whatever a change touched.
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Args, Method, Result } from '../../../shared/api';
import type { ReadMethod } from '../../../shared/api-effects';
import { errorMessage } from './api-error';
import { api } from './client';

/** What a screen knows of one backend result. */
export interface Loaded<T> {
  /**
   * The result for the current arguments; with `keepPrevious`, the last one received while new
   * arguments load, so tables do not flash. Undefined before anything arrived.
   */
  value: T | undefined;
  /** True while the result for the current arguments has not arrived yet. */
  loading: boolean;
  /** Vietnamese message of the last failure for the current arguments. */
  error: string | null;
  /** Asks again with the same arguments (the "Thử lại" button). */
  reload(): void;
}

/** Results that only the calls of this window change: kept until one of them does. */
const KEPT: ReadonlySet<Method> = new Set<Method>(['catalogue.get', 'app.info']);

function key<M extends Method>(method: M, args: Args<M>): readonly [M, Args<M>] {
  return [method, args];
}

/**
 * A read method's result for `args` (null: nothing to load yet). Shown again at once when a
 * screen opens a second time, and asked for again in the background.
 */
export function useApiQuery<M extends ReadMethod>(
  method: M,
  args: Args<M> | null,
  options: { keepPrevious?: boolean } = {},
): Loaded<Result<M>> {
  const query = useQuery({
    queryKey: key(method, args as Args<M>),
    queryFn: () => api(method, args as Args<M>),
    enabled: args !== null,
    staleTime: KEPT.has(method) ? Infinity : 0,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    value: query.data,
    loading: args !== null && (query.isPending || query.isPlaceholderData),
    error: query.error ? errorMessage(query.error) : null,
    reload,
  };
}

/**
 * A call that changes data. `run` resolves with its result once the screens show the change
 * (or throws an ApiError); `pending` while it runs.
 */
export function useApiMutation<M extends Method>(
  method: M,
): { run: (args: Args<M>) => Promise<Result<M>>; pending: boolean } {
  const mutation = useMutation({ mutationFn: (args: Args<M>) => api(method, args) });
  return { run: mutation.mutateAsync, pending: mutation.isPending };
}
