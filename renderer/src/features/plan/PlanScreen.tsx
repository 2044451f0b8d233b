import { Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { formatVnDate } from '../../../../shared/domain/text';
import { PlanDetailsModal } from './PlanDetailsModal';
import { PlanImportModal } from './PlanImportModal';
import { PlanSwitcher } from './PlanSwitcher';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useCatalogue } from '../../data/catalogue-context';
import { horizonLabel } from '../../../../shared/domain/status-labels';
import { summariseGroups, totalCounts, type GroupSummary } from './plan-summary';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import { clickableRow } from '../../lib/clickable-row';

const GROUP_PAGE = 20;

function count(n: number) {
  return n === 0 ? <Typography.Text type="secondary">–</Typography.Text> : n;
}

export function PlanScreen() {
  const { catalogue, index } = useCatalogue();
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  const { navigate } = useHashRoute();
  const plan = index.plan;
  const planId = plan?.id ?? null;
  const rows = summariseGroups(catalogue, planId);
  const total = totalCounts(rows);
  const indicators = catalogue.indicators.filter((i) => planId === null || i.planId === planId);
  const parents = new Set(indicators.map((i) => i.parent).filter((p) => p !== null));
  const measurable = indicators.filter((i) => !parents.has(i.code));
  const horizons = [...new Set(indicators.map((i) => i.horizon))].sort();
  const openGroup = (code: string) => navigate('nhiem-vu', { [Q.group]: code });

  const columns: TableColumnsType<GroupSummary> = [
    { title: 'Nhóm', dataIndex: ['group', 'code'], width: 64, align: 'center' },
    { title: 'Tên nhóm nhiệm vụ', render: (_, r) => r.group.title },
    {
      title: 'Số nhiệm vụ',
      // wide enough for "750 nhiệm vụ" in the total row on one line
      width: 136,
      align: 'right',
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          aria-label={`Xem ${r.tasks} nhiệm vụ nhóm ${r.group.code}`}
          onClick={(e) => {
            e.stopPropagation();
            openGroup(r.group.code);
          }}
        >
          {r.tasks} nhiệm vụ
        </Button>
      ),
    },
    { title: 'Có hạn cụ thể', width: 92, align: 'right', render: (_, r) => count(r.byKind.date) },
    { title: 'Theo giai đoạn', width: 92, align: 'right', render: (_, r) => count(r.byKind.range) },
    {
      title: 'Thường xuyên',
      width: 92,
      align: 'right',
      render: (_, r) => count(r.byKind.recurring),
    },
    {
      title: 'Có điều kiện',
      width: 92,
      align: 'right',
      render: (_, r) => count(r.byKind.conditional),
    },
  ];

  return (
    <>
      <ScreenHeader
        title="Kế hoạch"
        description="Thông tin chung của kế hoạch và số nhiệm vụ theo từng nhóm. Bấm vào một nhóm để xem danh sách nhiệm vụ của nhóm đó."
        extra={
          <Space wrap>
            <PlanSwitcher />
            <Button onClick={() => setImporting(true)}>Nhập kế hoạch mới</Button>
          </Space>
        }
      />
      <PlanImportModal open={importing} onClose={() => setImporting(false)} />
      {plan ? (
        <Card
          className="block"
          title="Thông tin kế hoạch"
          extra={<Button onClick={() => setEditing(true)}>Sửa thông tin kế hoạch</Button>}
        >
          <PlanDetailsModal plan={plan} open={editing} onClose={() => setEditing(false)} />
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            bordered
            styles={{ label: { width: 150 } }}
          >
            <Descriptions.Item label="Tên kế hoạch" span={2}>
              {plan.title}
            </Descriptions.Item>
            <Descriptions.Item label="Số, ký hiệu">
              {plan.number ? (
                `${plan.number}/${plan.symbol}`
              ) : (
                <>
                  …/{plan.symbol} <Typography.Text type="secondary">(chưa ghi số)</Typography.Text>
                </>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày ban hành">
              {plan.issuedOn ? (
                formatVnDate(plan.issuedOn)
              ) : (
                <Typography.Text type="secondary">Chưa ghi ngày</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="Cơ quan ban hành" span={2}>
              {plan.issuer}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
      <Row gutter={16} className="block stat-row">
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title="Nhóm nhiệm vụ" value={rows.length} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card hoverable onClick={() => navigate('nhiem-vu')}>
            <Statistic title="Nhiệm vụ" value={total.tasks} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card hoverable onClick={() => navigate('chi-tieu')}>
            <Statistic title="Chỉ tiêu" value={measurable.length} />
            <Typography.Text type="secondary">
              {horizons
                .map(
                  (h) =>
                    `${measurable.filter((i) => i.horizon === h).length} ${horizonLabel(h).toLowerCase()}`,
                )
                .join(', ')}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card hoverable onClick={() => navigate('don-vi')}>
            <Statistic title="Đơn vị đang hoạt động" value={index.activeAgencies.length} />
            <Typography.Text type="secondary">
              {catalogue.agencies.filter((a) => a.active && a.reports).length} đơn vị gửi báo cáo
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card title="Nhiệm vụ theo nhóm">
        <Table<GroupSummary>
          rowKey={(r) => r.group.id}
          columns={columns}
          dataSource={rows}
          // a plan of seventy groups reads a page at a time; the total row counts them all
          pagination={
            rows.length > GROUP_PAGE
              ? {
                  pageSize: GROUP_PAGE,
                  showSizeChanger: false,
                  showTotal: (n, [from, to]) => `Nhóm ${from}–${to} / ${n} nhóm`,
                }
              : false
          }
          size="middle"
          rowClassName="clickable-row"
          onRow={(r) => clickableRow(() => openGroup(r.group.code))}
          summary={() => (
            <Table.Summary.Row className="summary-row">
              <Table.Summary.Cell index={0} />
              <Table.Summary.Cell index={1}>Tổng cộng</Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <span className="summary-count">{total.tasks} nhiệm vụ</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {total.date}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {total.range}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {total.recurring}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                {total.conditional}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        {total.none > 0 ? (
          <Typography.Paragraph type="warning" className="note">
            {total.none} nhiệm vụ có thời hạn chưa đọc được; hãy mở nhiệm vụ để sửa thời hạn.
          </Typography.Paragraph>
        ) : null}
      </Card>
    </>
  );
}
