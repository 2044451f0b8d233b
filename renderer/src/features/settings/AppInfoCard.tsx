import { Card, Descriptions, Typography } from 'antd';
import { useApiQuery } from '../../api/queries';

/** Version and where the data lives, for backups and for support calls. */
export function AppInfoCard() {
  const loaded = useApiQuery('app.info', {});
  const info = loaded.value;
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
          {loaded.error ? 'Không đọc được thông tin ứng dụng.' : 'Đang tải…'}
        </Typography.Text>
      )}
    </Card>
  );
}
