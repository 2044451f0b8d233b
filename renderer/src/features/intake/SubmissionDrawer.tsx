import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Skeleton,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type DescriptionsProps,
  type TableColumnsType,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { SubmissionDetail } from '../../../../shared/api';
import { periodFromKey, periodLabel } from '../../../../shared/domain/periods';
import { capitalise, formatVnDate, formatVnNumber } from '../../../../shared/domain/text';
import type { Submission } from '../../../../shared/domain/types';
import { useCatalogue } from '../../data/catalogue-context';
import { useApiQuery } from '../../api/queries';
import { docLine, REPORTED_STATUS_LABEL } from '../../lib/submission-labels';
import { SOURCE_LABEL, versionsLabel } from './intake-labels';
import { DiffTable } from './DiffTable';
import { CorrectionBar, downloadOriginal, RowEditButton } from './SubmissionCorrections';

type Progress = SubmissionDetail['progress'][number];
type Value = SubmissionDetail['values'][number];

function periodText(key: string): string {
  try {
    return capitalise(periodLabel(periodFromKey(key)));
  } catch {
    return key;
  }
}

function Missing() {
  return <Typography.Text type="secondary">Không ghi</Typography.Text>;
}

function Long({ text }: { text: string | null }) {
  if (!text) return <Missing />;
  return <div className="pre-wrap">{text}</div>;
}

/** A row of the submission to show first: the source of a traced figure (Truy vết). */
export interface SourceFocus {
  target: 'task' | 'indicator';
  id: number;
}

/** One agency's report for a period: what it wrote, its versions and what the latest changed. */
export function SubmissionDrawer(props: {
  submissionId: number | null;
  agencyName: string | null;
  onClose: () => void;
  focus?: SourceFocus | null;
}) {
  // An earlier version (opened from a traced figure) is not in the register's rows: its own
  // agency names the drawer once it is loaded.
  const [loaded, setLoaded] = useState<{ id: number; agency: string } | null>(null);
  const name = props.agencyName ?? (loaded?.id === props.submissionId ? loaded.agency : null);
  return (
    <Drawer
      open={props.submissionId !== null}
      onClose={props.onClose}
      size={820}
      destroyOnHidden
      title={name ? `Báo cáo của ${name}` : 'Báo cáo của đơn vị'}
    >
      {props.submissionId !== null ? (
        <SubmissionView
          key={props.submissionId}
          submissionId={props.submissionId}
          focus={props.focus ?? null}
          onAgency={(agency) => setLoaded({ id: props.submissionId!, agency })}
        />
      ) : null}
    </Drawer>
  );
}

function SubmissionView(props: {
  submissionId: number;
  focus: SourceFocus | null;
  onAgency: (name: string) => void;
}) {
  const { submissionId, focus, onAgency } = props;
  const [viewId, setViewId] = useState(submissionId);
  const loaded = useApiQuery('submissions.get', { id: viewId }, { keepPrevious: true });
  const agency = loaded.value?.submission.agency.name ?? null;
  useEffect(() => {
    if (agency) onAgency(agency);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per agency, not per render
  }, [agency]);
  if (loaded.error)
    return <Alert type="error" showIcon title="Không mở được báo cáo" description={loaded.error} />;
  const detail = loaded.value;
  if (!detail || (loaded.loading && detail.submission.id !== viewId))
    return <Skeleton active paragraph={{ rows: 10 }} />;
  return <DetailView detail={detail} onPickVersion={setViewId} focus={focus} />;
}

const PAGE = 15;

/** The page of a paginated table that holds the row at `index` (first page without one). */
function pageOf(index: number): number {
  return index < 0 ? 1 : Math.floor(index / PAGE) + 1;
}

function DetailView(props: {
  detail: SubmissionDetail;
  onPickVersion: (id: number) => void;
  focus: SourceFocus | null;
}) {
  const { detail, onPickVersion, focus } = props;
  const focusTask = focus?.target === 'task' ? focus.id : null;
  const focusIndicator = focus?.target === 'indicator' ? focus.id : null;
  const contentRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focus)
      contentRef.current?.querySelector('.source-focus-row')?.scrollIntoView({ block: 'center' });
  }, [focus, detail.submission.id]);
  const { catalogue } = useCatalogue();
  const { submission: s, header } = detail;
  const taskText = new Map(catalogue.tasks.map((t) => [t.id, t.text]));
  const indicatorText = new Map(catalogue.indicators.map((x) => [x.id, x.text]));

  const facts: DescriptionsProps['items'] = [
    { key: 'agency', label: 'Đơn vị', children: s.agency.name },
    { key: 'period', label: 'Kỳ báo cáo', children: periodText(s.period) },
    {
      key: 'version',
      label: 'Phiên bản',
      children: (
        <>
          Phiên bản {s.version} / {versionsLabel(detail.versions.length)}{' '}
          {s.withdrawn ? (
            <Tag color="red">Đã rút</Tag>
          ) : s.superseded ? (
            <Tag>Đã có phiên bản mới hơn</Tag>
          ) : (
            <Tag color="blue">Đang dùng</Tag>
          )}
        </>
      ),
    },
    { key: 'received', label: 'Ngày nhận', children: formatVnDate(s.receivedOn) },
    {
      key: 'doc',
      label: 'Văn bản của đơn vị',
      children: docLine(s.docNumber, s.docDate) || <Missing />,
    },
    { key: 'file', label: 'Tệp', children: `${s.fileName} (${SOURCE_LABEL[s.source]})` },
    { key: 'person', label: 'Người lập', children: header.person || <Missing /> },
    { key: 'phone', label: 'Điện thoại', children: header.phone || <Missing /> },
    { key: 'summary', label: 'Kết quả nổi bật', children: <Long text={header.summary} /> },
    {
      key: 'difficulties',
      label: 'Khó khăn, vướng mắc',
      children: <Long text={header.difficulties} />,
    },
    { key: 'proposals', label: 'Đề xuất, kiến nghị', children: <Long text={header.proposals} /> },
  ];

  const versionColumns: TableColumnsType<Submission> = [
    {
      title: 'Phiên bản',
      width: 120,
      render: (_, v) =>
        v.id === s.id ? <strong>Phiên bản {v.version}</strong> : `Phiên bản ${v.version}`,
    },
    { title: 'Ngày nhận', width: 110, render: (_, v) => formatVnDate(v.receivedOn) },
    {
      title: 'Tệp',
      render: (_, v) => (
        <Typography.Text ellipsis={{ tooltip: v.fileName }} style={{ maxWidth: 340 }}>
          {v.fileName}
        </Typography.Text>
      ),
    },
    {
      title: '',
      width: 150,
      render: (_, v) =>
        v.withdrawn ? (
          <Tooltip title={v.withdrawnReason}>
            <Tag color="red">Đã rút</Tag>
          </Tooltip>
        ) : v.superseded ? (
          <Tag>Đã được thay thế</Tag>
        ) : (
          <Tag color="blue">Đang dùng</Tag>
        ),
    },
  ];

  const progressColumns: TableColumnsType<Progress> = [
    {
      title: 'Mã',
      width: 70,
      render: (_, p) => (
        <Tooltip title={taskText.get(p.taskId)}>
          <span>{p.code}</span>
        </Tooltip>
      ),
    },
    {
      title: 'Tình trạng',
      width: 130,
      render: (_, p) => (p.status ? REPORTED_STATUS_LABEL[p.status] : <Missing />),
    },
    { title: 'Dòng trong tệp', width: 120, render: (_, p) => p.sourceRow ?? <Missing /> },
    {
      title: 'Ngày hoàn thành',
      width: 110,
      render: (_, p) => formatVnDate(p.completedOn),
    },
    {
      title: 'Kết quả thực hiện',
      render: (_, p) =>
        p.progress ? (
          <Typography.Paragraph
            className="cell-paragraph"
            ellipsis={{ rows: 3, tooltip: p.progress }}
          >
            {p.progress}
          </Typography.Paragraph>
        ) : (
          <Missing />
        ),
    },
  ];

  const valueColumns: TableColumnsType<Value> = [
    {
      title: 'Mã',
      width: 70,
      render: (_, v) => (
        <Tooltip title={indicatorText.get(v.indicatorId)}>
          <span>{v.code}</span>
        </Tooltip>
      ),
    },
    {
      title: 'Giá trị',
      width: 160,
      render: (_, v) => v.valueText ?? (v.value !== null ? formatVnNumber(v.value) : <Missing />),
    },
    { title: 'Dòng trong tệp', width: 120, render: (_, v) => v.sourceRow ?? <Missing /> },
    { title: 'Ghi chú', render: (_, v) => v.note ?? '' },
  ];

  progressColumns.push({
    title: '',
    width: 64,
    render: (_, p) => (
      <RowEditButton
        submissionId={s.id}
        kind="task"
        rowId={p.taskId}
        code={p.code}
        status={p.status}
      />
    ),
  });
  valueColumns.push({
    title: '',
    width: 64,
    render: (_, v) => (
      <RowEditButton
        submissionId={s.id}
        kind="indicator"
        rowId={v.indicatorId}
        code={v.code}
        status={null}
      />
    ),
  });
  versionColumns.push({
    title: '',
    width: 90,
    render: (_, v) => (
      <Button
        size="small"
        type="link"
        aria-label={`Tải tệp gốc phiên bản ${v.version}`}
        onClick={(e) => {
          e.stopPropagation();
          void downloadOriginal(v.id);
        }}
      >
        Tệp gốc
      </Button>
    ),
  });

  return (
    <div className="drawer-sections">
      <Descriptions
        size="small"
        bordered
        column={1}
        items={facts}
        styles={{ label: { width: 170 } }}
      />

      <CorrectionBar detail={detail} />

      <section aria-label="Các phiên bản">
        <Typography.Title level={5}>Các phiên bản ({detail.versions.length})</Typography.Title>
        <Table<Submission>
          rowKey="id"
          size="small"
          columns={versionColumns}
          dataSource={[...detail.versions].sort((a, b) => b.version - a.version)}
          pagination={false}
          rowClassName={(v) => (v.id === s.id ? 'current-version-row' : 'clickable-row')}
          onRow={(v) => ({ onClick: () => onPickVersion(v.id) })}
        />
        {detail.versions.length > 1 ? (
          <Typography.Text type="secondary" className="hint">
            Bấm vào một phiên bản để xem nội dung của phiên bản đó.
          </Typography.Text>
        ) : null}
      </section>

      <section aria-label="Thay đổi so với phiên bản trước">
        <Typography.Title level={5}>Thay đổi so với phiên bản trước</Typography.Title>
        {s.version === 1 ? (
          <Typography.Text type="secondary">Đây là phiên bản đầu tiên.</Typography.Text>
        ) : detail.diff.length === 0 ? (
          <Typography.Text type="secondary">
            Nội dung các dòng không thay đổi so với phiên bản {s.version - 1}.
          </Typography.Text>
        ) : (
          <DiffTable diff={detail.diff} label={`Thay đổi của phiên bản ${s.version}`} />
        )}
      </section>

      <section aria-label="Nội dung báo cáo" ref={contentRef}>
        <Typography.Title level={5}>Nội dung báo cáo</Typography.Title>
        <Tabs
          size="small"
          defaultActiveKey={focusIndicator !== null ? 'indicators' : 'tasks'}
          items={[
            {
              key: 'tasks',
              label: `Nhiệm vụ (${detail.progress.length})`,
              children: (
                <Table<Progress>
                  rowKey="taskId"
                  size="small"
                  columns={progressColumns}
                  dataSource={detail.progress}
                  rowClassName={(p) => (p.taskId === focusTask ? 'source-focus-row' : '')}
                  pagination={
                    detail.progress.length > PAGE
                      ? {
                          pageSize: PAGE,
                          defaultCurrent: pageOf(
                            detail.progress.findIndex((p) => p.taskId === focusTask),
                          ),
                        }
                      : false
                  }
                />
              ),
            },
            {
              key: 'indicators',
              label: `Chỉ tiêu (${detail.values.length})`,
              children: (
                <Table<Value>
                  rowKey="indicatorId"
                  size="small"
                  columns={valueColumns}
                  dataSource={detail.values}
                  rowClassName={(v) => (v.indicatorId === focusIndicator ? 'source-focus-row' : '')}
                  pagination={
                    detail.values.length > PAGE
                      ? {
                          pageSize: PAGE,
                          defaultCurrent: pageOf(
                            detail.values.findIndex((v) => v.indicatorId === focusIndicator),
                          ),
                        }
                      : false
                  }
                />
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
