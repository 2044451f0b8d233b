import type { ReactNode } from 'react';
import './plain.css';

/** A message box drawn like antd's Alert (info or error), without antd (see Panel). */
export function Notice(props: {
  type: 'info' | 'error';
  title: ReactNode;
  description?: ReactNode;
  /** A button at the right, e.g. "Thử lại". */
  action?: ReactNode;
  className?: string;
}) {
  const { type, title, description, action, className } = props;
  return (
    <div
      className={['notice', `notice-${type}`, className].filter(Boolean).join(' ')}
      role={type === 'error' ? 'alert' : 'status'}
    >
      <NoticeIcon type={type} />
      <div className="notice-text">
        <div className="notice-title">{title}</div>
        {description ? <div className="notice-description">{description}</div> : null}
      </div>
      {action ? <div className="notice-action">{action}</div> : null}
    </div>
  );
}

function NoticeIcon({ type }: { type: 'info' | 'error' }) {
  return (
    <svg className="notice-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      {type === 'info' ? (
        <>
          <circle cx="12" cy="7.2" r="1.4" fill="#fff" />
          <rect x="10.8" y="10" width="2.4" height="8" rx="1.2" fill="#fff" />
        </>
      ) : (
        <path d="M8 8l8 8M16 8l-8 8" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
      )}
    </svg>
  );
}
