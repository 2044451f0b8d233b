import type { ReactNode } from 'react';
import './plain.css';

/**
 * A titled box drawn like antd's small Card, without antd: the first screen (Tổng quan) and the
 * shell load no antd code at all (issue 13: the first screen's JS).
 */
export function Panel(props: {
  title: ReactNode;
  /** Actions at the right of the title (a link, a toggle). */
  extra?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const { title, extra, className, children } = props;
  return (
    <section className={className ? `panel ${className}` : 'panel'}>
      <header className="panel-head">
        <h2 className="panel-title">{title}</h2>
        {extra ? <div className="panel-extra">{extra}</div> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
