import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { DueRules } from '../../../../shared/domain/periods';
import { dueRuleLines } from './due-rules';
import { DueRulesModal } from './DueRulesModal';

/** When each kind of report is due (the plan's rules), with a way to change them. */
export function DueRulesCard({ rules }: { rules: DueRules | null }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      className="block"
      size="small"
      title="Hạn gửi báo cáo theo quy định"
      extra={
        <Button
          size="small"
          icon={<EditOutlined />}
          disabled={!rules}
          aria-label="Sửa hạn gửi báo cáo"
          onClick={() => setEditing(true)}
        >
          Sửa
        </Button>
      }
    >
      {rules ? (
        <>
          <div className="period-fact-row" role="group" aria-label="Hạn gửi báo cáo theo quy định">
            {dueRuleLines(rules).map((l) => (
              <div key={l.label} className="period-fact">
                <span className="fact-label">{l.label}</span>
                <span>{l.text}</span>
              </div>
            ))}
          </div>
          <Typography.Paragraph type="secondary" className="note">
            Hạn của kỳ đột xuất được đặt riêng khi tạo kỳ.
          </Typography.Paragraph>
        </>
      ) : (
        <Skeleton active title={false} paragraph={{ rows: 2 }} />
      )}
      {rules && <DueRulesModal rules={rules} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
