import { Card, Empty, Typography } from 'antd';
import { ScreenHeader } from './ScreenHeader';

/** An honest placeholder for an area that is not built yet. */
export function ComingSoon(props: { title: string; purpose: string; meanwhile?: string }) {
  return (
    <>
      <ScreenHeader title={props.title} />
      <Card>
        <Empty
          description={
            <>
              <Typography.Paragraph strong>Chức năng này đang được xây dựng.</Typography.Paragraph>
              <Typography.Paragraph type="secondary">{props.purpose}</Typography.Paragraph>
              {props.meanwhile ? (
                <Typography.Paragraph type="secondary">{props.meanwhile}</Typography.Paragraph>
              ) : null}
            </>
          }
        />
      </Card>
    </>
  );
}
