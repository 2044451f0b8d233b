import { Button, Result } from 'antd';
import { AntdScope } from './AntdScope';
import { ERROR_TEXT } from './screen-error-text';

/**
 * What a screen that failed shows: antd's Result with its icon. Its own chunk: Result carries the
 * illustrations of every status (33 kB) and the window only needs it once a screen has failed.
 * In its own antd scope: the failed screen may be Tổng quan, drawn before antd was loaded.
 */
export default function ScreenErrorView({ onRetry }: { onRetry: () => void }) {
  return (
    <AntdScope>
      <Result
        status="error"
        title={ERROR_TEXT.title}
        subTitle={ERROR_TEXT.subTitle}
        extra={
          <Button type="primary" onClick={onRetry}>
            {ERROR_TEXT.retry}
          </Button>
        }
      />
    </AntdScope>
  );
}
