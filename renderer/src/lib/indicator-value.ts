import { formatVnNumber } from '../../../shared/domain/text';
import type { IndicatorStatusRow } from '../../../shared/domain/types';

/** `37,6`, or what the agency wrote when it is not a number (`Đạt`, `#REF!`). */
export function valueLabel(r: Pick<IndicatorStatusRow, 'value' | 'valueText'>): string {
  if (r.value !== null) return formatVnNumber(r.value, 3);
  return r.valueText?.trim() ?? '';
}
