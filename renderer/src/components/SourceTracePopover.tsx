import { AimOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Popover, Skeleton, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { AntdScope } from '../shell/AntdScope';
import type { TraceSource } from '../../../shared/api';
import type { TraceProps } from './SourceTrace';
import { formatVnDate, formatVnNumber } from '../../../shared/domain/text';
import { useApiQuery } from '../api/queries';
import { docLine, REPORTED_STATUS_LABEL } from '../lib/submission-labels';
import { sourceHref } from '../lib/report-links';

function reported(s: TraceSource): string {
  if (s.status) {
    const done = s.completedOn ? ` (ngày ${formatVnDate(s.completedOn)})` : '';
    return `${REPORTED_STATUS_LABEL[s.status]}${done}`;
  }
  if (s.valueText) return s.valueText;
  if (s.value !== null) return formatVnNumber(s.value, 3);
  return 'Không ghi';
}

function SourceCard(props: { source: TraceSource; target: 'task' | 'indicator'; id: number }) {
  const { source: s } = props;
  return (
    <div className="trace-source">
      <Descriptions
        size="small"
        column={1}
        styles={{ label: { width: 118 } }}
        items={[
          { key: 'agency', label: 'Đơn vị', children: s.agency.name },
          { key: 'file', label: 'Tệp', children: s.fileName },
          {
            key: 'sheet',
            label: 'Trang tính',
            children: s.sheet ?? s.sourceRow ?? 'Không rõ',
          },
          { key: 'row', label: 'Dòng', children: s.row ?? 'Không rõ' },
          {
            key: 'version',
            label: 'Phiên bản',
            children: (
              <>
                Phiên bản {s.version}{' '}
                {s.superseded ? (
                  <Tag>Đã có phiên bản mới hơn</Tag>
                ) : (
                  <Tag color="blue">Đang dùng</Tag>
                )}
              </>
            ),
          },
          { key: 'received', label: 'Ngày nhận', children: formatVnDate(s.receivedOn) },
          ...(s.docNumber || s.docDate
            ? [{ key: 'doc', label: 'Văn bản', children: docLine(s.docNumber, s.docDate) }]
            : []),
          { key: 'said', label: 'Đơn vị ghi', children: reported(s) },
        ]}
      />
      <a href={sourceHref(s.period, s.submissionId, props.target, props.id)}>
        Mở báo cáo của đơn vị
      </a>
    </div>
  );
}

/**
 * The popover of a traced figure, loaded on the first click (SourceTrace): opens at once, asks for
 * the sources, and toggles on later clicks. In its own antd scope: Tổng quan draws without antd.
 */
export default function SourceTracePopover(props: TraceProps & { trigger: ReactNode }) {
  const { target, id, submissionIds } = props;
  const [open, setOpen] = useState(true);
  const loaded = useApiQuery('status.trace', { target, id, submissionIds });

  const content = loaded.error ? (
    <Alert type="error" showIcon title={loaded.error} />
  ) : !loaded.value ? (
    <Skeleton active paragraph={{ rows: 4 }} title={false} />
  ) : (
    <div className="trace-sources">
      {loaded.value.map((s) => (
        <SourceCard key={s.submissionId} source={s} target={target} id={id} />
      ))}
    </div>
  );

  return (
    <AntdScope>
      <Popover
        trigger="click"
        placement="rightTop"
        open={open}
        onOpenChange={setOpen}
        title={
          <Typography.Text strong>
            <AimOutlined /> Nguồn số liệu
          </Typography.Text>
        }
        content={<div className="trace-popover">{content}</div>}
      >
        {props.trigger}
      </Popover>
    </AntdScope>
  );
}
