import { Card, Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/api';
import { api } from '../../api/client';

/** Version and where the data lives, for backups and for support calls. */
export function AppInfoCard() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api('app.info', {}).then(
      (i) => live && setInfo(i),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Card title="Thông tin ứng dụng" size="small" className="block">
      {info ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Phiên bản">{info.version}</Descriptions.Item>
          <Descriptions.Item label="Cách chạy">
            {info.desktop ? 'Ứng dụng trên máy tính' : 'Mở trong trình duyệt'}
          </Descriptions.Item>
          <Descriptions.Item label="Tệp dữ liệu">
            <Typography.Text copyable={{ tooltips: ['Sao chép', 'Đã sao chép'] }} code>
              {info.dbPath}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">
          {failed ? 'Không đọc được thông tin ứng dụng.' : 'Đang tải…'}
        </Typography.Text>
      )}
    </Card>
  );
}
