// Ad hoc periods (kỳ đột xuất) and the due-date rules, loaded from the backend and reloaded
// wherever they are shown when one screen changes them.
import { useSyncExternalStore } from 'react';
import type { AdhocPeriodInfo, PeriodsOverview } from '../../../shared/api';
import { formatVnDate } from '../../../shared/domain/text';
import { useApiLoad, type Loaded } from './intake-load';

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
