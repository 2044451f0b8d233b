import { lazy, Suspense, useState, type ReactNode } from 'react';
import './source-trace.css';

// The popover and its antd parts load on the first click: Tổng quan shows these figures and
// opens the window without antd (issue 13).
const SourceTracePopover = lazy(() => import('./SourceTracePopover'));

export interface TraceProps {
  target: 'task' | 'indicator';
  id: number;
  submissionIds: number[];
  /** What is traced, for screen readers: "tình trạng nhiệm vụ I.6". */
  what: string;
}

/**
 * Truy vết: the figure as a button; one click shows where it came from (agency, file, sheet and
 * row, version, received date) with a link that opens that submission at the row.
 */
export function SourceTrace(props: TraceProps & { children: ReactNode }) {
  const [armed, setArmed] = useState(false);
  if (props.submissionIds.length === 0) return <>{props.children}</>;
  const trigger = (
    <button
      type="button"
      className="trace-trigger"
      aria-label={`Truy vết ${props.what}`}
      title="Bấm để xem số liệu lấy từ báo cáo nào"
      // The button is drawn again inside the popover once its code has come: keep the focus.
      ref={(el) => {
        if (el && armed && document.activeElement === document.body) el.focus();
      }}
      onClick={(e) => {
        e.stopPropagation();
        setArmed(true);
      }}
    >
      {props.children}
    </button>
  );
  if (!armed) return trigger;
  return (
    <Suspense fallback={trigger}>
      <SourceTracePopover {...props} trigger={trigger} />
    </Suspense>
  );
}
