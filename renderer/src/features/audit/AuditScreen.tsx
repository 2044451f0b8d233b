// Nhật ký thay đổi: every recorded change, newest first, filtered by kind and date.
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { AUDIT_ENTITIES, AuditEntry } from '../../../../shared/api';
import { formatVnDateTime, matchesSearch, parseVnDate } from '../../../../shared/domain/text';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Toolbar } from '../../components/Toolbar';
import { useApiQuery } from '../../api/queries';
import { usePager } from '../../lib/use-pager';

type Entity = (typeof AUDIT_ENTITIES)[number];

const ENTITY_LABEL: Record<Entity, string> = {
  submission: 'Báo cáo của đơn vị',
  task: 'Nhiệm vụ',
  indicator: 'Chỉ tiêu',
  agency: 'Đơn vị',
  settings: 'Cài đặt',
  plan: 'Kế hoạch',
  period: 'Kỳ báo cáo',
  report: 'Báo cáo tổng hợp',
};

const ACTION_LABEL: Record<string, string> = {
  'submission.import': 'Nhập báo cáo',
  'submission.correct': 'Sửa khi nhập lại',
  'submission.update': 'Sửa báo cáo',
  'submission.updateRow': 'Sửa dòng',
  'submission.withdraw': 'Rút phiên bản',
  'task.update': 'Sửa nhiệm vụ',
  'indicator.update': 'Sửa chỉ tiêu',
  'agency.create': 'Thêm đơn vị',
  'agency.update': 'Sửa đơn vị',
  'agency.merge': 'Sáp nhập',
  'agency.unmerge': 'Hủy sáp nhập',
  'settings.update': 'Sửa cài đặt',
  'plan.update': 'Sửa kế hoạch',
  'plan.activate': 'Đổi kế hoạch theo dõi',
  'plan.import': 'Nhập kế hoạch',
  'period.createAdhoc': 'Tạo kỳ đột xuất',
  'period.updateRules': 'Sửa hạn báo cáo',
  'indicator.judge': 'Đánh giá chỉ tiêu',
  'report.saveNarrative': 'Sửa nội dung báo cáo',
  'report.redraft': 'Soạn lại nội dung',
  'report.generate': 'Tạo báo cáo',
  'report.record': 'Ghi số, ngày ký',
  'report.markSigned': 'Đánh dấu bản đã ký',
  'report.reminder': 'Tạo công văn đôn đốc',
};

function Values({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">Không có</Typography.Text>;
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

export function AuditScreen() {
  const [entity, setEntity] = useState<Entity | 'all'>('all');
  const [sinceText, setSinceText] = useState('');
  const [search, setSearch] = useState('');
  const since = sinceText.trim() === '' ? undefined : (parseVnDate(sinceText.trim()) ?? undefined);
  const badDate = sinceText.trim() !== '' && since === undefined;
  const loaded = useApiQuery(
    'audit.list',
    { ...(entity === 'all' ? {} : { entity }), ...(since ? { since } : {}) },
    { keepPrevious: true },
  );
  const pager = usePager(`${entity}|${since ?? ''}|${search}`, 'thay đổi', 50);
  const entries = (loaded.value?.entries ?? []).filter(
    (e) => search.trim() === '' || matchesSearch(`${e.summary} ${e.actor}`, search),
  );

  const columns: TableColumnsType<AuditEntry> = [
    { title: 'Thời gian', width: 150, render: (_, e) => formatVnDateTime(e.at) },
    { title: 'Người thực hiện', width: 150, render: (_, e) => e.actor },
    {
      title: 'Đối tượng',
      width: 170,
      render: (_, e) => <Tag>{ENTITY_LABEL[e.entity as Entity] ?? e.entity}</Tag>,
    },
    {
      title: 'Thao tác',
      width: 150,
      render: (_, e) => ACTION_LABEL[e.action] ?? e.action,
    },
    { title: 'Nội dung', render: (_, e) => e.summary },
  ];

  return (
    <>
      <ScreenHeader
        title="Nhật ký thay đổi"
        description="Mọi thay đổi đối với báo cáo của đơn vị, nhiệm vụ, chỉ tiêu, đơn vị, cài đặt, kế hoạch, kỳ báo cáo và báo cáo tổng hợp: khi nào, ai, thay đổi gì, giá trị trước và sau."
      />
      <Card className="block">
        <Toolbar>
          <Select
            aria-label="Lọc theo đối tượng"
            style={{ width: 220 }}
            value={entity}
            onChange={setEntity}
            options={[
              { value: 'all', label: 'Tất cả đối tượng' },
              ...(Object.keys(ENTITY_LABEL) as Entity[]).map((k) => ({
                value: k,
                label: ENTITY_LABEL[k],
              })),
            ]}
          />
          <Input
            aria-label="Từ ngày"
            placeholder="Từ ngày (dd/mm/yyyy)"
            style={{ width: 200 }}
            allowClear
            status={badDate ? 'error' : undefined}
            value={sinceText}
            onChange={(e) => setSinceText(e.target.value)}
          />
          <Input.Search
            className="toolbar-search"
            aria-label="Tìm trong nhật ký"
            placeholder="Tìm trong nội dung (không dấu cũng được)"
            allowClear
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          {loaded.loading ? <Spin size="small" /> : null}
        </Toolbar>
        {badDate ? (
          <Alert
            type="warning"
            showIcon
            title="Ngày chưa đúng dạng; hãy ghi ngày/tháng/năm, ví dụ 01/09/2025."
          />
        ) : null}
        {loaded.error ? (
          <Alert
            type="error"
            showIcon
            title="Không tải được nhật ký"
            description={loaded.error}
            action={<Button onClick={loaded.reload}>Thử lại</Button>}
          />
        ) : null}
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={entries}
          pagination={pager}
          expandable={{
            expandedRowRender: (e) => (
              <Descriptions
                size="small"
                bordered
                column={2}
                items={[
                  { key: 'before', label: 'Trước', children: <Values value={e.before} /> },
                  { key: 'after', label: 'Sau', children: <Values value={e.after} /> },
                ]}
              />
            ),
          }}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="Chưa có thay đổi nào khớp với bộ lọc."
              />
            ),
          }}
        />
      </Card>
    </>
  );
}
