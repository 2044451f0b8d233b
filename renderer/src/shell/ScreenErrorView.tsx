import { Button, Result } from 'antd';
import { ERROR_TEXT } from './screen-error-text';

/**
 * What a screen that failed shows: antd's Result with its icon. Its own chunk: Result carries the
 * illustrations of every status (33 kB) and the window only needs it once a screen has failed.
 */
export default function ScreenErrorView({ onRetry }: { onRetry: () => void }) {
  return (
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
  );
}
