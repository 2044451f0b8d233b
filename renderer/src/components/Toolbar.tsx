import type { ReactNode } from 'react';

/** A row of filters above a table, wrapping on narrow windows. */
export function Toolbar({ children }: { children: ReactNode }) {
  return (
    <div className="toolbar" role="search">
      {children}
    </div>
  );
}

/** "Hiển thị 12 / 75 nhiệm vụ" and a way back to the full list. */
export function ResultCount(props: {
  shown: number;
  total: number;
  noun: string;
  filtered: boolean;
  onClear: () => void;
}) {
  return (
    <div className="result-count" aria-live="polite">
      <span>
        Hiển thị <strong>{props.shown}</strong> / {props.total} {props.noun}
      </span>
      {props.filtered ? (
        <button type="button" className="link-button" onClick={props.onClear}>
          Xoá bộ lọc
        </button>
      ) : null}
    </div>
  );
}
