import { Card, List, Tag, Typography } from 'antd';
import { useCatalogue } from '../../data/catalogue-context';
import { AGENCY_KIND_LABELS } from '../../lib/agency-labels';

/** The collective names the plan uses ("Các sở, ban, ngành"), read-only. */
export function AssignmentGroupsCard() {
  const { catalogue } = useCatalogue();
  return (
    <Card
      title="Nhóm cơ quan được giao chung"
      extra={<Typography.Text type="secondary">Chỉ xem</Typography.Text>}
    >
      <Typography.Paragraph type="secondary">
        Kế hoạch có nhiệm vụ giao chung cho cả một nhóm cơ quan. Mỗi nhóm gồm các đơn vị thuộc những
        loại dưới đây.
      </Typography.Paragraph>
      <List
        dataSource={catalogue.assignmentGroups}
        locale={{ emptyText: 'Chưa có nhóm cơ quan nào.' }}
        renderItem={(g) => (
          <List.Item>
            <List.Item.Meta
              title={g.name}
              description={
                <>
                  Gồm:{' '}
                  {g.memberKinds.map((k) => (
                    <Tag key={k}>{AGENCY_KIND_LABELS[k]}</Tag>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
