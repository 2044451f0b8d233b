// Ad hoc periods (kỳ đột xuất) and the due-date rules, as the period pickers and the Kỳ báo cáo
// screen show them (loaded again after either changes, see shared/api-effects.ts).
import type { AdhocPeriodInfo, PeriodsOverview } from '../../../shared/api';
import { formatVnDate } from '../../../shared/domain/text';
import { useApiQuery, type Loaded } from '../api/queries';

/** "Báo cáo phục vụ Đoàn kiểm tra (01/09/2025 – 15/09/2025)". */
export function adhocLabel(p: AdhocPeriodInfo): string {
  return `${p.title} (${formatVnDate(p.start)} – ${formatVnDate(p.end)})`;
}

/** The due rules and the ad hoc periods. */
export function usePeriodsOverview(): Loaded<PeriodsOverview> {
  return useApiQuery('periods.overview', {}, { keepPrevious: true });
}
