import { useState, type FocusEvent, type MouseEvent } from 'react';
import './plain.css';

interface Tip {
  text: string;
  x: number;
  y: number;
}

/**
 * A dark hint above an element on hover or keyboard focus, like antd's Tooltip, without antd (see
 * Panel). `on(text)` gives an element its handlers; `layer` is the hint, rendered once per chart.
 */
export function useHoverTip() {
  const [tip, setTip] = useState<Tip | null>(null);
  function show(e: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>, text: string) {
    const r = e.currentTarget.getBoundingClientRect();
    // Centred above the element, kept inside the window.
    const half = Math.min(160, window.innerWidth / 2);
    const x = Math.min(Math.max(r.left + r.width / 2, half + 4), window.innerWidth - half - 4);
    setTip({ text, x, y: r.top - 6 });
  }
  const hide = () => setTip(null);
  const on = (text: string) => ({
    onMouseEnter: (e: MouseEvent<HTMLElement>) => show(e, text),
    onFocus: (e: FocusEvent<HTMLElement>) => show(e, text),
    onMouseLeave: hide,
    onBlur: hide,
  });
  const layer = tip ? (
    <div className="hover-tip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
      {tip.text}
    </div>
  ) : null;
  return { on, layer };
}
