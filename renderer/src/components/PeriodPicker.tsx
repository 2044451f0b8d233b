import { useEffect, useState } from 'react';
import {
  adhocKeyParts,
  periodFromKey,
  periodKey,
  periodLabel,
} from '../../../shared/domain/periods';
import { toRoman } from '../../../shared/domain/text';
import { adhocLabel, usePeriodsOverview } from '../lib/periods-overview';
import { useHashRoute } from '../routing/use-hash-route';
import './period-picker.css';

/** URL query key holding the selected period (`#/tiep-nhan?ky=2025-Q3`), shared by every screen. */
const PERIOD_QUERY = 'ky';

type Kind = 'month' | 'quarter' | 'half' | 'year' | 'adhoc';

const KIND_OPTIONS: { value: Kind; label: string }[] = [
  { value: 'month', label: 'Tháng' },
  { value: 'quarter', label: 'Quý' },
  { value: 'half', label: '6 tháng' },
  { value: 'year', label: 'Năm' },
  { value: 'adhoc', label: 'Đột xuất' },
];

function parts(key: string): { kind: Kind; year: number; index: number } {
  const adhoc = adhocKeyParts(key);
  if (adhoc) return { kind: 'adhoc', ...adhoc };
  const p = periodFromKey(key);
  return { kind: p.kind as Kind, year: p.year, index: p.index };
}

function indexOptions(kind: Kind): { value: number; label: string }[] {
  if (kind === 'month')
    return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }));
  if (kind === 'quarter')
    return [1, 2, 3, 4].map((q) => ({ value: q, label: `Quý ${toRoman(q)}` }));
  if (kind === 'half')
    return [
      { value: 1, label: '6 tháng đầu năm' },
      { value: 2, label: '6 tháng cuối năm' },
    ];
  return [];
}

/** The quarter that ended most recently: what the secretariat usually compiles. */
function defaultPeriodKey(today = new Date()): string {
  const quarter = Math.floor(today.getMonth() / 3);
  return quarter === 0 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${quarter}`;
}

const STORAGE_KEY = 'thbc.ky';

function validKey(raw: string | null): string | null {
  if (!raw) return null;
  // An ad hoc key is only checked for its form here; the screens say when it does not exist.
  const adhoc = adhocKeyParts(raw);
  if (adhoc) return periodKey('adhoc', adhoc.year, adhoc.index);
  try {
    return periodFromKey(raw).key;
  } catch {
    // A hand-edited address or stale storage with a bad period is ignored.
    return null;
  }
}

function savedKey(): string | null {
  try {
    return validKey(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

function remember(key: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage can be unavailable (private mode); the address still holds the period.
  }
}

/**
 * The selected period: the address's `ky`, else the one chosen last on this computer (the menu
 * opens screens without `ky`), else the last quarter.
 */
export function usePeriodKey(): [string, (key: string) => void] {
  const { query, setQuery } = useHashRoute();
  const inUrl = validKey(query.get(PERIOD_QUERY));
  const key = inUrl ?? savedKey() ?? defaultPeriodKey();
  useEffect(() => {
    // Written back so the address (a bookmark, a copied link) always names the period shown.
    if (inUrl) remember(inUrl);
    else setQuery({ [PERIOD_QUERY]: key });
  }, [inUrl, key, setQuery]);
  return [
    key,
    (next: string) => {
      remember(next);
      setQuery({ [PERIOD_QUERY]: next });
    },
  ];
}

export function PeriodPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (key: string) => void;
}) {
  const overview = usePeriodsOverview();
  // "Đột xuất" chosen for a year without ad hoc periods: shown until another period is chosen.
  const [draft, setDraft] = useState<{ from: string; year: number } | null>(null);
  const current = parts(value);
  const pending = draft?.from === value ? draft : null;
  const kind = pending ? 'adhoc' : current.kind;
  const year = pending ? pending.year : current.year;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);
  const adhocOf = (y: number) =>
    (overview.value?.adhoc ?? []).filter((a) => adhocKeyParts(a.key)?.year === y);
  const adhoc = adhocOf(year);

  function pick(k: Kind, y: number, index: number) {
    setDraft(null);
    if (k !== 'adhoc') return onChange(periodKey(k, y, index));
    // The latest ad hoc period of the year, if there is one.
    const latest = adhocOf(y).at(-1);
    if (latest) onChange(latest.key);
    else setDraft({ from: value, year: y });
  }

  const adhocOptions: { value: string; label: string; disabled?: boolean }[] = adhoc.map((a) => ({
    value: a.key,
    label: adhocLabel(a),
  }));
  if (!pending && kind === 'adhoc' && !adhoc.some((a) => a.key === value))
    adhocOptions.unshift({
      value,
      label: overview.loading ? 'Đang tải…' : `Kỳ ${value} (không có trong danh sách)`,
    });

  // The browser's own lists: keyboard and screen readers work as everywhere, and the dashboard
  // that opens the window draws without antd (issue 13).
  return (
    <div className="period-picker" role="group" aria-label="Chọn kỳ báo cáo">
      <NativeSelect
        label="Loại kỳ"
        value={kind}
        options={KIND_OPTIONS}
        width={110}
        onChange={(k) => pick(k as Kind, year, k === 'year' ? 0 : 1)}
      />
      {kind === 'adhoc' ? (
        <NativeSelect
          label="Kỳ"
          value={pending ? '' : value}
          options={
            adhocOptions.length > 0
              ? adhocOptions
              : [{ value: '', label: 'Chưa có kỳ đột xuất', disabled: true }]
          }
          width={pending ? 200 : 320}
          onChange={(key) => onChange(key)}
        />
      ) : (
        kind !== 'year' && (
          <NativeSelect
            label="Kỳ"
            value={current.index}
            options={indexOptions(kind)}
            width={170}
            onChange={(i) => pick(kind, year, Number(i))}
          />
        )
      )}
      <NativeSelect
        label="Năm"
        value={year}
        options={years.map((y) => ({ value: y, label: `Năm ${y}` }))}
        width={120}
        onChange={(y) => pick(kind, Number(y), kind === current.kind ? current.index : 1)}
      />
      {pending ? (
        <span className="period-picker-note">Tạo kỳ đột xuất ở mục Kỳ báo cáo.</span>
      ) : (
        kind !== 'adhoc' && (
          <span className="period-picker-label">{periodLabel(periodFromKey(value))}</span>
        )
      )}
    </div>
  );
}

function NativeSelect(props: {
  label: string;
  value: string | number;
  options: { value: string | number; label: string; disabled?: boolean }[];
  width: number;
  onChange: (value: string) => void;
}) {
  return (
    <select
      className="native-select"
      aria-label={props.label}
      value={String(props.value)}
      style={{ width: props.width }}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.options.map((o) => (
        <option key={String(o.value)} value={String(o.value)} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
