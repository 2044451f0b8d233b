import { Tag } from 'antd';
import { adhocKeyParts } from '../../../../shared/domain/periods';
import {
  capitalise,
  daysBetween,
  formatVnDate,
  localIsoDate,
} from '../../../../shared/domain/text';
import { useApiQuery } from '../../api/queries';

/** "Quý III năm 2025: 01/07/2025 – 30/09/2025 · Hạn báo cáo: 10/09/2025" (dates from the backend,
 *  which applies the plan's due-date rules). */
export function PeriodFacts({ period }: { period: string }) {
  const loaded = useApiQuery('periods.get', { period }, { keepPrevious: true });
  const p = loaded.value?.period;
  if (!p || p.key !== period) return <span>&nbsp;</span>;
  const left = daysBetween(localIsoDate(), p.due);
  // An ad hoc period's label already holds its dates; its title is in the period picker.
  const label = adhocKeyParts(p.key) ? 'Kỳ đột xuất' : capitalise(p.label);
  return (
    <span className="period-facts">
      <strong>{label}</strong>: {formatVnDate(p.start)} – {formatVnDate(p.end)} · Hạn báo cáo:{' '}
      <strong>{formatVnDate(p.due)}</strong>{' '}
      {left < 0 ? null : left === 0 ? (
        <Tag color="orange">Hạn là hôm nay</Tag>
      ) : (
        <Tag color="blue">Còn {left} ngày</Tag>
      )}
    </span>
  );
}
