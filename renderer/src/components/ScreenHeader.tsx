import type { ReactNode } from 'react';

/** The title of a screen, a line of explanation, and its main actions on the right. */
export function ScreenHeader(props: { title: string; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="screen-header">
      <div>
        <h3 className="screen-title">{props.title}</h3>
        {props.description ? <span className="screen-description">{props.description}</span> : null}
      </div>
      {props.extra ? <div className="screen-header-extra">{props.extra}</div> : null}
    </div>
  );
}
