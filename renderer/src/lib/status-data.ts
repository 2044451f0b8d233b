// Loading a period's status and report workspace for the dashboard and the report screen.
import { useCallback, useEffect, useState } from 'react';
import type { Method, Result } from '../../../shared/api';
import { api } from '../api/client';
import { errorMessage } from '../api/api-error';

export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

export interface PeriodData<T> {
  state: Loaded<T>;
  /** Loads again (after an import, a judgement, a generated report…). */
  reload(): void;
  /** Replaces the loaded value without asking the backend (a call already returned it). */
  set(value: T): void;
}

/** A backend call for one period, again whenever the period changes. */
export function usePeriodCall<M extends 'status.get' | 'reports.get'>(
  method: M,
  period: string,
): PeriodData<Result<M>> {
  const [loaded, setLoaded] = useState<{ key: string; state: Loaded<Result<M>> }>({
    key: '',
    state: { status: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);
  const key = `${period}#${attempt}`;
  useEffect(() => {
    let live = true;
    (api as (m: Method, a: { period: string }) => Promise<Result<M>>)(method, { period }).then(
      (value) => {
        if (live) setLoaded({ key, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (live) setLoaded({ key, state: { status: 'error', message: errorMessage(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [method, period, key]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback(
    (value: Result<M>) => setLoaded((l) => ({ key: l.key, state: { status: 'ready', value } })),
    [],
  );
  // A period that has not loaded yet shows as loading, not as the previous period's figures;
  // a reload keeps the old figures on screen until the new ones arrive.
  const stale = !loaded.key.startsWith(`${period}#`);
  return { state: stale ? { status: 'loading' } : loaded.state, reload, set };
}
