import './plain.css';

/** A spinner with its words, for a screen or a list whose data is on its way (see Panel). */
export function Loading({ text }: { text: string }) {
  return (
    <div className="screen-loading" role="status">
      <span className="spinner" aria-hidden />
      <span className="spinner-text">{text}</span>
    </div>
  );
}

/** Grey placeholder lines where a card's content will be (like antd's Skeleton). */
export function Placeholder({ lines }: { lines: number }) {
  return (
    <div className="placeholder" aria-busy="true" aria-label="Đang tải số liệu">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="placeholder-line" />
      ))}
    </div>
  );
}
