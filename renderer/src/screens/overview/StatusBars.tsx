import { Tooltip } from 'antd';
import { TASK_STATUS_LABEL, TASK_STATUS_ORDER } from '../../../../shared/domain/status-labels';
import type { TaskStatus } from '../../../../shared/domain/types';
import { TASK_STATUS_TONE } from '../../lib/status-colors';
import { ToneDot } from '../reports/StatusTag';

export interface BarRow {
  key: string;
  label: string;
  /** Full name or title, shown on hover. */
  title: string;
  href: string;
  total: number;
  byStatus: Record<TaskStatus, number>;
  segmentHref: (status: TaskStatus) => string;
}

export function StatusLegend({ only }: { only?: readonly TaskStatus[] }) {
  return (
    <div className="status-legend" aria-hidden>
      {TASK_STATUS_ORDER.filter((s) => !only || only.includes(s)).map((s) => (
        <span key={s}>
          <ToneDot color={TASK_STATUS_TONE[s].solid} />
          {TASK_STATUS_LABEL[s]}
        </span>
      ))}
    </div>
  );
}

/** One horizontal bar per row, split by status; every part opens the tasks it counts. */
export function StatusBars({ rows, scale }: { rows: BarRow[]; scale?: number }) {
  const max = scale ?? Math.max(1, ...rows.map((r) => r.total));
  return (
    <div className="bar-rows">
      {rows.map((r) => (
        <BarLine key={r.key} row={r} max={max} />
      ))}
    </div>
  );
}

function BarLine({ row, max }: { row: BarRow; max: number }) {
  return (
    <>
      <Tooltip title={row.title} placement="topLeft">
        <a className="bar-label" href={row.href}>
          {row.label}
        </a>
      </Tooltip>
      <div className="bar-track" style={{ width: `${(row.total / max) * 100}%` }}>
        {TASK_STATUS_ORDER.filter((s) => row.byStatus[s] > 0).map((s) => {
          const n = row.byStatus[s];
          const tone = TASK_STATUS_TONE[s];
          return (
            <Tooltip key={s} title={`${row.title} – ${TASK_STATUS_LABEL[s]}: ${n}`}>
              <a
                className="bar-seg"
                href={row.segmentHref(s)}
                aria-label={`${row.label}, ${TASK_STATUS_LABEL[s]}: ${n}`}
                style={{
                  width: `${(n / row.total) * 100}%`,
                  background: tone.solid,
                  color: s === 'no_report' ? '#3d4653' : '#fff',
                }}
              >
                {n}
              </a>
            </Tooltip>
          );
        })}
      </div>
      <span className="bar-total">{row.total}</span>
    </>
  );
}
