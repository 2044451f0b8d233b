import { formatVnNumber } from '../../../../shared/domain/text';

/** A figure that opens the list it counts. */
export function StatTile(props: {
  value: number;
  label: string;
  color: string;
  href: string;
  /** Share of the whole, shown under the label (`12,5%`). */
  of?: number;
  hint?: string;
}) {
  const { value, label, color, href, of, hint } = props;
  return (
    <a
      className="stat-tile"
      href={href}
      style={{ borderTopColor: color }}
      aria-label={`${label}: ${value}`}
      title={hint ?? `Xem danh sách: ${label.toLocaleLowerCase('vi')}`}
    >
      <span className="stat-value">{formatVnNumber(value)}</span>
      <span className="stat-label">{label}</span>
      {of !== undefined && of > 0 ? (
        <span className="stat-share">{formatVnNumber((value / of) * 100, 1)}%</span>
      ) : null}
    </a>
  );
}
