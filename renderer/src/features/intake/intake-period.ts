// Compact period choices for the file cards of the import screen.
import { listPeriods, periodFromKey, periodLabel } from '../../../../shared/domain/periods';
import { capitalise } from '../../../../shared/domain/text';

export interface PeriodOptionGroup {
  label: string;
  options: { value: string; label: string; search: string }[];
}

/** Every period of the year of `around`, the year before and the year after, for one compact list. */
export function periodOptions(around: string): PeriodOptionGroup[] {
  let year = new Date().getFullYear();
  try {
    year = periodFromKey(around).year;
  } catch {
    // An unreadable key lists the periods around this year.
  }
  const years = [year + 1, year, year - 1];
  const kinds: { kind: 'quarter' | 'half' | 'year' | 'month'; label: string }[] = [
    { kind: 'quarter', label: 'Quý' },
    { kind: 'half', label: '6 tháng' },
    { kind: 'year', label: 'Năm' },
    { kind: 'month', label: 'Tháng' },
  ];
  return kinds.map(({ kind, label }) => ({
    label,
    options: years.flatMap((y) =>
      listPeriods(kind, y).map((p) => {
        const text = capitalise(periodLabel(p));
        return { value: p.key, label: text, search: `${text} ${p.key}` };
      }),
    ),
  }));
}
