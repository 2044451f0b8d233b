// The renderer's one store of backend results (TanStack Query), keyed by method and arguments.
// A call that changed data says which kinds (`changed` in its envelope); every kept result that
// reads one of them is asked for again (shown ones at once, the others when next shown).
import { QueryClient } from '@tanstack/react-query';
import { readsAny, type Domain } from '../../../shared/api-effects';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A failure shows its Vietnamese message and a "Thử lại" button at once, as before.
      retry: false,
      // Results change only through calls (which say what they changed) or when a screen opens
      // again; a focus change is no reason to ask for megabytes of status again.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});

/** Forgets the kept results that read any of `changed`; resolves once the shown ones are back. */
export async function forget(changed: readonly Domain[]): Promise<void> {
  await queryClient.invalidateQueries({
    predicate: (query) => readsAny(query.queryKey[0], changed),
  });
}

/**
 * After a screen failed to draw: its results may be what broke it, so every kept result is
 * dropped and asked for again when next shown ("Tải lại" then draws from fresh answers).
 */
export function forgetEverything(): void {
  void queryClient.resetQueries();
}
