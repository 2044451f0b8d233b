import { App } from 'antd';
import { useEffect } from 'react';
import { AntdScope } from './AntdScope';

const BACKEND_RESTARTED_NOTICE =
  'Phần xử lý dữ liệu vừa bị dừng và đã được khởi động lại. Dữ liệu đã lưu không bị ảnh hưởng; ' +
  'thao tác đang làm dở (nếu có) cần thực hiện lại.';

/** The notice itself, shown again (one at a time) after each restart. */
export default function BackendRestartNotification({ restarts }: { restarts: number }) {
  return (
    <AntdScope>
      <Notify restarts={restarts} />
    </AntdScope>
  );
}

function Notify({ restarts }: { restarts: number }) {
  const { notification } = App.useApp();
  useEffect(() => {
    notification.warning({
      key: 'backend-restarted',
      message: 'Đã khởi động lại phần xử lý dữ liệu',
      description: BACKEND_RESTARTED_NOTICE,
      duration: 0,
    });
  }, [notification, restarts]);
  return null;
}
