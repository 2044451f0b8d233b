import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title of a screen, a line of explanation, and its main actions on the right. */
export function ScreenHeader(props: { title: string; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="screen-header">
      <div>
        <Typography.Title level={3} className="screen-title">
          {props.title}
        </Typography.Title>
        {props.description ? (
          <Typography.Text type="secondary">{props.description}</Typography.Text>
        ) : null}
      </div>
      {props.extra ? <div className="screen-header-extra">{props.extra}</div> : null}
    </div>
  );
}
