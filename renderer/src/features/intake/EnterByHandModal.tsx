// "Nhập tay": a report an agency gave by phone or on paper, entered row by row. It becomes the
// agency's next version for the period, exactly like a file, and is recorded in the audit log.
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { expectedAgencies, workOf } from '../../../../shared/domain/agency-work';
import { parseVnDate } from '../../../../shared/domain/text';
import type { Indicator, ReportedStatus, Task } from '../../../../shared/domain/types';
import { useApiMutation } from '../../api/queries';
import { errorMessage } from '../../api/api-error';
import { useCatalogue } from '../../data/catalogue-context';
import { REPORTED_STATUS_LABEL } from '../../lib/submission-labels';
import { foldedSearch } from '../../lib/select-search';
import { useDiscardGuard } from '../../lib/use-discard-guard';

type Channel = 'phone' | 'paper' | 'other';
type Choice = ReportedStatus | 'none';

const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'phone', label: 'Điện thoại' },
  { value: 'paper', label: 'Văn bản giấy' },
  { value: 'other', label: 'Khác' },
];

const STATUS_OPTIONS: { value: Choice; label: string }[] = [
  { value: 'none', label: 'Không báo cáo' },
  ...(Object.keys(REPORTED_STATUS_LABEL) as ReportedStatus[]).map((k) => ({
    value: k,
    label: REPORTED_STATUS_LABEL[k],
  })),
];

export function EnterByHandButton({ period }: { period: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Nhập tay</Button>
      {open ? <EnterByHandModal period={period} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function EnterByHandModal({ period, onClose }: { period: string; onClose: () => void }) {
  const { message } = App.useApp();
  const { catalogue } = useCatalogue();
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [received, setReceived] = useState('');
  const [channel, setChannel] = useState<Channel>('phone');
  const [note, setNote] = useState('');
  const [statuses, setStatuses] = useState<Record<number, Choice>>({});
  const [values, setValues] = useState<Record<number, string>>({});
  const enter = useApiMutation('submissions.enter');
  const busy = enter.pending;
  const [error, setError] = useState<string | null>(null);
  // Rows are filled only after an agency is chosen, so these cover everything typed.
  const guard = useDiscardGuard(onClose, {
    isDirty: () =>
      agencyId !== null || received.trim() !== '' || note.trim() !== '' || channel !== 'phone',
  });

  const agencies = expectedAgencies(catalogue).map((a) => ({ value: a.id, label: a.name }));
  const work = agencyId === null ? null : workOf(catalogue, agencyId);

  const save = async () => {
    setError(null);
    if (agencyId === null) return setError('Hãy chọn đơn vị báo cáo.');
    const receivedOn = parseVnDate(received.trim());
    if (!receivedOn)
      return setError('Ngày nhận chưa đúng dạng; hãy ghi ngày/tháng/năm, ví dụ 12/09/2025.');
    const tasks = Object.entries(statuses)
      .filter(([, s]) => s !== 'none')
      .map(([id, s]) => ({ taskId: Number(id), status: s as ReportedStatus }));
    const vals = Object.entries(values)
      .filter(([, v]) => v.trim() !== '')
      .map(([id, v]) => ({ indicatorId: Number(id), valueText: v.trim() }));
    try {
      const detail = await enter.run({
        agencyId,
        period,
        receivedOn,
        channel,
        ...(note.trim() ? { note: note.trim() } : {}),
        tasks,
        values: vals,
      });
      void message.success(
        `Đã ghi phiên bản ${detail.submission.version} báo cáo của ${detail.submission.agency.name}.`,
      );
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const taskColumns: TableColumnsType<{ task: Task; role: 'lead' | 'partner' }> = [
    { title: 'Mã', width: 70, render: (_, r) => r.task.code },
    {
      title: 'Nhiệm vụ',
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: r.task.text }} style={{ maxWidth: 380 }}>
          {r.task.text}
        </Typography.Text>
      ),
    },
    { title: 'Vai trò', width: 90, render: (_, r) => (r.role === 'lead' ? 'Chủ trì' : 'Phối hợp') },
    {
      title: 'Tình trạng',
      width: 170,
      render: (_, r) => (
        <Select
          size="small"
          aria-label={`Tình trạng ${r.task.code}`}
          style={{ width: 160 }}
          value={statuses[r.task.id] ?? 'none'}
          onChange={(v) => setStatuses((s) => ({ ...s, [r.task.id]: v }))}
          options={STATUS_OPTIONS}
        />
      ),
    },
  ];
  const indicatorColumns: TableColumnsType<Indicator> = [
    { title: 'Mã', width: 70, render: (_, x) => x.code },
    {
      title: 'Chỉ tiêu',
      render: (_, x) => (
        <Typography.Text ellipsis={{ tooltip: x.text }} style={{ maxWidth: 380 }}>
          {x.text}
        </Typography.Text>
      ),
    },
    { title: 'Đơn vị tính', width: 100, render: (_, x) => x.unit },
    {
      title: 'Giá trị',
      width: 150,
      render: (_, x) => (
        <Input
          size="small"
          aria-label={`Giá trị ${x.code}`}
          value={values[x.id] ?? ''}
          onChange={(e) => setValues((v) => ({ ...v, [x.id]: e.target.value }))}
        />
      ),
    },
  ];

  return (
    <Modal
      open
      width={900}
      title="Nhập tay báo cáo của đơn vị"
      okText="Ghi báo cáo"
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={guard.close}
    >
      <Typography.Paragraph type="secondary">
        Dùng khi đơn vị báo cáo qua điện thoại hoặc bằng văn bản giấy. Báo cáo được ghi thành phiên
        bản mới của đơn vị cho kỳ này, như khi nhập tệp, và được ghi vào Nhật ký thay đổi.
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="Đơn vị" required>
          <Select
            aria-label="Đơn vị báo cáo"
            showSearch={foldedSearch}
            placeholder="Chọn đơn vị"
            value={agencyId ?? undefined}
            onChange={(v) => {
              setAgencyId(v);
              setStatuses({});
              setValues({});
            }}
            options={agencies}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label="Ngày nhận (ngày/tháng/năm)" required style={{ flex: 1 }}>
            <Input
              aria-label="Ngày nhận"
              placeholder="dd/mm/yyyy"
              value={received}
              onChange={(e) => setReceived(e.target.value)}
            />
          </Form.Item>
          <Form.Item label="Hình thức" style={{ flex: 1 }}>
            <Select
              aria-label="Hình thức"
              value={channel}
              onChange={setChannel}
              options={CHANNELS}
            />
          </Form.Item>
        </div>
        <Form.Item label="Ghi chú (người báo, số văn bản…)">
          <Input.TextArea
            aria-label="Ghi chú"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Form.Item>
      </Form>
      {work ? (
        <Tabs
          size="small"
          items={[
            {
              key: 'tasks',
              label: `Nhiệm vụ (${work.tasks.length})`,
              children: (
                <Table
                  rowKey={(r) => r.task.id}
                  size="small"
                  columns={taskColumns}
                  dataSource={work.tasks}
                  pagination={work.tasks.length > 10 ? { pageSize: 10 } : false}
                />
              ),
            },
            {
              key: 'indicators',
              label: `Chỉ tiêu (${work.indicators.length})`,
              children: (
                <Table
                  rowKey="id"
                  size="small"
                  columns={indicatorColumns}
                  dataSource={work.indicators}
                  pagination={work.indicators.length > 10 ? { pageSize: 10 } : false}
                />
              ),
            },
          ]}
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
