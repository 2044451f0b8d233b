// Ad hoc periods (kỳ đột xuất) and the due-date rules, loaded from the backend and reloaded
// wherever they are shown when one screen changes them.
import { useSyncExternalStore } from 'react';
import type { AdhocPeriodInfo, PeriodsOverview } from '../../../shared/api';
import { formatVnDate } from '../../../shared/domain/text';
import { useApiLoad, type Loaded } from './intake-load';

/** `2025-A1`: the first ad hoc period of 2025. Its dates live in the database, not in the key. */
const ADHOC_KEY = /^(\d{4})-A(\d+)$/;

/** Year and number of an ad hoc key (any case), or null for every other key. */
export function adhocKeyParts(key: string): { year: number; index: number } | null {
  const m = ADHOC_KEY.exec(key.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  const index = Number(m[2]);
  return year >= 1900 && index >= 1 ? { year, index } : null;
}

/** "Báo cáo phục vụ Đoàn kiểm tra (01/09/2025 – 15/09/2025)". */
export function adhocLabel(p: AdhocPeriodInfo): string {
  return `${p.title} (${formatVnDate(p.start)} – ${formatVnDate(p.end)})`;
}

let version = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every screen part showing periods that an ad hoc period or a due rule has changed. */
export function periodsChanged(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Grows on every `periodsChanged()`: a `refresh` for loads that depend on the due rules. */
export function usePeriodsVersion(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
}

/** The due rules and the ad hoc periods: loaded once on mount and after every change. */
export function usePeriodsOverview(): Loaded<PeriodsOverview> {
  return useApiLoad('periods.overview', {}, usePeriodsVersion());
}
