import { AimOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Popover, Skeleton, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { TraceSource } from '../../../shared/api';
import { formatVnDate, formatVnNumber } from '../../../shared/domain/text';
import { useApiQuery } from '../api/queries';
import { docLine, REPORTED_STATUS_LABEL } from '../lib/submission-labels';
import { sourceHref } from '../lib/report-links';
import './source-trace.css';

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
 * Truy vết: the figure as a button; one click shows where it came from (agency, file, sheet and
 * row, version, received date) with a link that opens that submission at the row.
 */
export function SourceTrace(props: {
  target: 'task' | 'indicator';
  id: number;
  submissionIds: number[];
  /** What is traced, for screen readers: "tình trạng nhiệm vụ I.6". */
  what: string;
  children: ReactNode;
}) {
  const { target, id, submissionIds } = props;
  // Asked for when the popover first opens, and kept while the figure is shown.
  const [opened, setOpened] = useState(false);
  const loaded = useApiQuery('status.trace', opened ? { target, id, submissionIds } : null);
  if (submissionIds.length === 0) return <>{props.children}</>;

  function load(open: boolean) {
    if (open) setOpened(true);
  }

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
    <Popover
      trigger="click"
      placement="rightTop"
      title={
        <Typography.Text strong>
          <AimOutlined /> Nguồn số liệu
        </Typography.Text>
      }
      content={<div className="trace-popover">{content}</div>}
      onOpenChange={load}
    >
      <button
        type="button"
        className="trace-trigger"
        aria-label={`Truy vết ${props.what}`}
        title="Bấm để xem số liệu lấy từ báo cáo nào"
        onClick={(e) => e.stopPropagation()}
      >
        {props.children}
      </button>
    </Popover>
  );
}
