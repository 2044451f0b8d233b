import { useState } from 'react';
import { EmptyNote } from '../../components/plain/EmptyNote';
import { Panel } from '../../components/plain/Panel';
import { StatusBars, type BarRow } from './StatusBars';

/**
 * A chart of status bars that shows its first `top` rows (in `ranked` order) and opens to all of
 * them in `all` order: seventy groups or sixty agencies would otherwise make the card a page long.
 */
export function BarChartCard(props: {
  title: string;
  head: string;
  /** Every row, in the order the full list reads best (the plan's order, for groups). */
  all: BarRow[];
  /** The same rows, most telling first; the closed card shows the first `top` of them. */
  ranked: BarRow[];
  top: number;
  /** What the closed card's rows are, e.g. `10 nhóm nhiều nhiệm vụ quá hạn nhất`. */
  topCaption: string;
  /** What the open card's rows are, e.g. `theo thứ tự trong kế hoạch`. */
  allCaption: string;
  /** The whole list's noun, e.g. `nhóm`, for "Xem tất cả 70 nhóm". */
  noun: string;
}) {
  const { title, head, all, ranked, top, topCaption, allCaption, noun } = props;
  const [open, setOpen] = useState(false);
  const fits = all.length <= top;
  const rows = fits ? all : open ? all : ranked.slice(0, top);
  const toggle = fits ? null : (
    <button type="button" className="plain-link" onClick={() => setOpen(!open)}>
      {open ? 'Thu gọn' : `Xem tất cả ${all.length} ${noun}`}
    </button>
  );
  return (
    <Panel className="chart-card" title={title} extra={toggle}>
      {fits ? null : (
        <div className="chart-caption">
          {open ? `${all.length} ${noun} ${allCaption}` : topCaption}
        </div>
      )}
      {rows.length > 0 ? (
        <StatusBars rows={rows} head={head} />
      ) : (
        <EmptyNote text="Chưa có số liệu" />
      )}
      {open && !fits ? <div className="chart-foot">{toggle}</div> : null}
    </Panel>
  );
}
