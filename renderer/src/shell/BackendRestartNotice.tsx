import { App } from 'antd';
import { useEffect } from 'react';
import '../api/ipc-transport'; // declares window.thbcShell

const BACKEND_RESTARTED_NOTICE =
  'Phần xử lý dữ liệu vừa bị dừng và đã được khởi động lại. Dữ liệu đã lưu không bị ảnh hưởng; ' +
  'thao tác đang làm dở (nếu có) cần thực hiện lại.';

/** In the desktop app, says so when the backend process stopped and was started again. */
export function BackendRestartNotice() {
  const { notification } = App.useApp();
  useEffect(
    () =>
      window.thbcShell?.onBackendRestarted(() =>
        notification.warning({
          key: 'backend-restarted',
          message: 'Đã khởi động lại phần xử lý dữ liệu',
          description: BACKEND_RESTARTED_NOTICE,
          duration: 0,
        }),
      ),
    [notification],
  );
  return null;
}
