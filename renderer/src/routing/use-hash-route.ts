import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  currentHash,
  formatHash,
  goTo,
  parseHash,
  subscribeHash,
  type HashRoute,
  type QueryPatch,
} from './hash-location';

export interface HashRouter extends HashRoute {
  /** Opens another screen, optionally with filters. */
  navigate(path: string, query?: QueryPatch): void;
  /** Changes some filters of the current screen (replacing the history entry). */
  setQuery(patch: QueryPatch): void;
}

export function useHashRoute(): HashRouter {
  const hash = useSyncExternalStore(subscribeHash, currentHash, () => '');
  const route = useMemo(() => parseHash(hash), [hash]);
  const navigate = useCallback((path: string, query?: QueryPatch) => {
    goTo(formatHash(path, query));
  }, []);
  const setQuery = useCallback(
    (patch: QueryPatch) => {
      const next = new URLSearchParams(route.query);
      for (const [k, v] of Object.entries(patch)) {
        if (v === null || v === undefined || v === '') next.delete(k);
        else next.set(k, v);
      }
      goTo(formatHash(route.path, next), { replace: true });
    },
    [route],
  );
  return { ...route, navigate, setQuery };
}
