import { useLayoutEffect, useRef, useState } from 'react';
import { TASK_STATUS_LABEL, TASK_STATUS_ORDER } from '../../../../shared/domain/status-labels';
import { formatVnNumber } from '../../../../shared/domain/text';
import type { TaskStatus } from '../../../../shared/domain/types';
import { TASK_STATUS_TONE } from '../../lib/status-colors';
import { ToneDot } from '../../components/StatusTag';
import { useHoverTip } from '../../components/plain/HoverTip';

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

/** The share as the bar prints it: whole percent, `41%`. */
const sharePct = (n: number, total: number) => `${Math.round((n / total) * 100)}%`;

/**
 * Widest a printed share can be at the bar's 11px font (`100%`: digits ~6.5px, `%` ~9px) plus
 * its padding; a part narrower than that stays blank and says its figure on hover, so no two
 * figures ever run into each other however many parts a bar has.
 */
const labelFits = (text: string, px: number) => px >= text.length * 7 + 8;

/** Width of an element, kept current as the window or the layout changes. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * One full-width bar per row, split by the share of each status, so rows of 2 and of 17 tasks
 * read alike; the count sits at the end of the row and each part's count shows on hover. Every
 * part opens the tasks it counts.
 */
export function StatusBars({
  rows,
  head,
  compact,
}: {
  rows: BarRow[];
  /** Column captions (what the labels are); none for a lone summary bar. */
  head?: string;
  compact?: boolean;
}) {
  // Every track is the same width (the middle column), so one measurement serves them all.
  const [probe, width] = useWidth<HTMLDivElement>();
  const tip = useHoverTip();
  return (
    <div className={compact ? 'bar-rows compact' : 'bar-rows'}>
      {head ? (
        <>
          <span className="bar-head">{head}</span>
          <span className="bar-head" ref={probe}>
            Tỷ lệ theo tình trạng
          </span>
          <span className="bar-head num">Số NV</span>
        </>
      ) : null}
      {rows.map((r, i) => (
        <BarLine
          key={r.key}
          row={r}
          width={width}
          tip={tip.on}
          probe={!head && i === 0 ? probe : undefined}
        />
      ))}
      {tip.layer}
    </div>
  );
}

function BarLine({
  row,
  width,
  tip,
  probe,
}: {
  row: BarRow;
  width: number;
  tip: ReturnType<typeof useHoverTip>['on'];
  probe?: React.Ref<HTMLDivElement>;
}) {
  return (
    <>
      <a className="bar-label" href={row.href} {...tip(row.title)}>
        {row.label}
      </a>
      <div className="bar-track" ref={probe}>
        {TASK_STATUS_ORDER.filter((s) => row.byStatus[s] > 0).map((s) => {
          const n = row.byStatus[s];
          const tone = TASK_STATUS_TONE[s];
          const share = sharePct(n, row.total);
          const exact = formatVnNumber((n / row.total) * 100, 1);
          return (
            <a
              key={s}
              className="bar-seg"
              href={row.segmentHref(s)}
              aria-label={`${row.label}, ${TASK_STATUS_LABEL[s]}: ${n} nhiệm vụ, ${exact}%`}
              {...tip(`${row.title} – ${TASK_STATUS_LABEL[s]}: ${n} nhiệm vụ (${exact}%)`)}
              style={{
                // grown from nothing by the count: widths exactly in proportion
                flex: `${n} 1 0px`,
                background: tone.solid,
                color: s === 'no_report' || s === 'done_late' ? '#2b3340' : '#fff',
              }}
            >
              {labelFits(share, (n / row.total) * width) ? share : null}
            </a>
          );
        })}
      </div>
      <span className="bar-total">{formatVnNumber(row.total)}</span>
    </>
  );
}
