import { Alert, App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Result } from '../../../../shared/api';
import {
  BACKUP_KIND_LABELS,
  formatBytes,
  type BackupInfo,
} from '../../../../shared/domain/backups';
import { formatVnDateTime } from '../../../../shared/domain/text';
import { errorMessage } from '../../api/api-error';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useDiscardGuard } from '../../lib/use-discard-guard';

type Listing = Result<'backups.list'>;

/** "Sao lưu ngay", the list of backups with what each holds, and "Khôi phục…" on each. */
export function BackupsCard() {
  const { message, modal } = App.useApp();
  // Listed again after each backup or folder change (shared/api-effects.ts).
  const loaded = useApiQuery('backups.list', {});
  const listing: Listing | null = loaded.value ?? null;
  const failed = loaded.error;
  const create = useApiMutation('backups.create');
  const setFolder = useApiMutation('backups.setFolder');
  const restoreBackup = useApiMutation('backups.restore');
  // One backup operation at a time.
  const busy = create.pending || setFolder.pending || restoreBackup.pending;

  async function backupNow() {
    try {
      const made = await create.run({});
      message.success(`Đã sao lưu: ${made.name} (${formatBytes(made.size)})`);
      if (made.copyError) message.warning(made.copyError, 10);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  async function saveFolder(dir: string | null) {
    try {
      const { extraDir } = await setFolder.run({ dir });
      message.success(
        extraDir
          ? `Từ nay mỗi bản sao lưu được chép thêm vào ${extraDir}`
          : 'Đã bỏ thư mục chép thêm',
      );
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  function restore(b: BackupInfo) {
    modal.confirm({
      title: 'Khôi phục bản sao lưu này?',
      content: `Dữ liệu hiện tại sẽ được thay bằng bản sao lưu lúc ${formatVnDateTime(b.createdAt)} (${BACKUP_KIND_LABELS[b.kind].toLowerCase()}). Ứng dụng sao lưu dữ liệu hiện tại trước, nên vẫn lấy lại được.`,
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Không khôi phục',
      onOk: async () => {
        try {
          const result = await restoreBackup.run({ file: b.name });
          modal.success({
            title: 'Đã khôi phục dữ liệu',
            content: result.message,
            okText: 'Tải lại ứng dụng',
            // The kept results are loaded again already, but files previewed for import and
            // forms being typed still belong to the data that was replaced: start afresh.
            keyboard: false,
            // Every screen shows the restored data only after loading it again.
            onOk: () => window.location.reload(),
          });
        } catch (error) {
          message.error(errorMessage(error));
          loaded.reload();
        }
      },
    });
  }

  return (
    <Card
      title="Sao lưu dữ liệu"
      className="block"
      extra={
        <Button type="primary" loading={busy} onClick={() => void backupNow()}>
          Sao lưu ngay
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          Ứng dụng tự sao lưu mỗi ngày khi mở lần đầu (giữ 14 bản gần nhất) và trước khi nâng cấp dữ
          liệu, khôi phục, nhập kế hoạch hay sáp nhập đơn vị (giữ 90 ngày). Thư mục sao lưu:{' '}
          {listing ? (
            <Typography.Text code copyable={{ tooltips: ['Sao chép', 'Đã sao chép'] }}>
              {listing.dir}
            </Typography.Text>
          ) : null}
        </Typography.Text>
        {listing ? (
          <ExtraFolder
            key={listing.extraDir ?? ''}
            saved={listing.extraDir}
            busy={busy}
            onSave={(dir) => void saveFolder(dir)}
          />
        ) : null}
        {failed ? <Alert type="error" showIcon title={failed} /> : null}
        <Table<BackupInfo>
          aria-label="Các bản sao lưu"
          size="small"
          rowKey="name"
          loading={!listing && !failed}
          dataSource={listing?.backups ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: 'Chưa có bản sao lưu nào.' }}
          columns={[
            { title: 'Thời điểm', key: 'at', render: (_, b) => formatVnDateTime(b.createdAt) },
            {
              title: 'Loại',
              key: 'kind',
              render: (_, b) => (
                <Tag color={b.kind === 'manual' ? 'blue' : b.kind === 'daily' ? 'default' : 'gold'}>
                  {BACKUP_KIND_LABELS[b.kind]}
                </Tag>
              ),
            },
            {
              title: 'Dung lượng',
              key: 'size',
              align: 'right',
              render: (_, b) => formatBytes(b.size),
            },
            {
              title: 'Báo cáo của đơn vị',
              key: 'submissions',
              align: 'right',
              render: (_, b) => b.submissions ?? '—',
            },
            {
              title: 'Báo cáo tổng hợp',
              key: 'reports',
              align: 'right',
              render: (_, b) => b.reports ?? '—',
            },
            {
              title: '',
              key: 'restore',
              align: 'right',
              render: (_, b) => (
                <Button size="small" disabled={busy} onClick={() => restore(b)}>
                  Khôi phục…
                </Button>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

/** The optional second folder (USB drive, network share) every backup is copied to. */
function ExtraFolder(props: {
  saved: string | null;
  busy: boolean;
  onSave: (dir: string | null) => void;
}) {
  const [dir, setDir] = useState(props.saved ?? '');
  // Leaving Cài đặt with a folder typed but not saved asks first.
  useDiscardGuard(() => setDir(props.saved ?? ''), {
    isDirty: () => dir.trim() !== (props.saved ?? ''),
  });
  return (
    <div>
      <Typography.Text>
        Chép thêm mỗi bản sao lưu vào thư mục (ổ USB, ổ mạng; không bắt buộc):
      </Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Input
          aria-label="Thư mục chép thêm"
          placeholder={'Ví dụ E:\\SaoLuu hoặc \\\\may-chu\\sao-luu (để trống: không chép thêm)'}
          value={dir}
          onChange={(e) => setDir(e.target.value)}
        />
        <Button
          disabled={props.busy || dir.trim() === (props.saved ?? '')}
          onClick={() => props.onSave(dir.trim() === '' ? null : dir.trim())}
        >
          Lưu thư mục
        </Button>
      </Space.Compact>
    </div>
  );
}
