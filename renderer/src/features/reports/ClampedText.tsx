import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Long text cut to a few lines with "Xem thêm" to open it; the link appears only when the text
 * really is cut at the column's current width.
 */
export function ClampedText({
  rows,
  className,
  children,
}: {
  rows: number;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setCut(el.scrollHeight > el.clientHeight + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <div
        ref={ref}
        className={className}
        style={
          open
            ? undefined
            : {
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: rows,
                overflow: 'hidden',
              }
        }
      >
        {children}
      </div>
      {cut || open ? (
        <button type="button" className="link-button more-toggle" onClick={() => setOpen(!open)}>
          {open ? 'Thu gọn' : 'Xem thêm'}
        </button>
      ) : null}
    </>
  );
}
