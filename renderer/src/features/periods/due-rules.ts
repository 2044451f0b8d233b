// The due-date rules in words, and where the backend's messages about them belong in the form.
import type { DueRules, MonthDay } from '../../../../shared/domain/periods';

const dayMonth = (d: MonthDay) => `${d.day}/${d.month}`;

/** "Báo cáo quý: trước ngày 10 của tháng cuối quý", one line per kind of report. */
export function dueRuleLines(r: DueRules): { label: string; text: string }[] {
  return [
    { label: 'Báo cáo tháng', text: `trước ngày ${r.monthDay} hằng tháng` },
    { label: 'Báo cáo quý', text: `trước ngày ${r.quarterDay} của tháng cuối quý` },
    {
      label: 'Báo cáo 6 tháng',
      text: `trước ngày ${dayMonth(r.halfDue[0])} và ${dayMonth(r.halfDue[1])}`,
    },
    { label: 'Báo cáo năm', text: `trước ngày ${dayMonth(r.yearDue)}` },
  ];
}

/** A field of the rules form. */
export type RuleField =
  | ['monthDay']
  | ['quarterDay']
  | ['yearDue', 'day' | 'month']
  | ['halfDue', number, 'day' | 'month'];

/**
 * The form field of a backend message: `halfDue.1` (the day of the second half) → `halfDue.1.day`,
 * `rules.yearDue.month` → `yearDue.month`; null for anything else.
 */
export function ruleFieldName(field: string): RuleField | null {
  const parts = field.split('.').filter((p) => p !== 'rules');
  const [top, second, third] = parts;
  if ((top === 'monthDay' || top === 'quarterDay') && parts.length === 1) return [top];
  if (top === 'yearDue') return ['yearDue', second === 'month' ? 'month' : 'day'];
  if (top === 'halfDue' && (second === '0' || second === '1'))
    return ['halfDue', Number(second), third === 'month' ? 'month' : 'day'];
  return null;
}
