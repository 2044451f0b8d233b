import {
  Alert,
  Button,
  Card,
  Empty,
  Input,
  Segmented,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Loading } from '../../components/plain/Loading';
import type { Register } from '../../../../shared/api';
import { daysBetween, formatVnDate, matchesSearch } from '../../../../shared/domain/text';
import type { RegisterRow } from '../../../../shared/domain/types';
import { REGISTER_STATE_LABEL } from '../../../../shared/domain/status-labels';
import { registerStateShown } from '../../../../shared/domain/status';
import { Highlight } from '../../components/Highlight';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { docLine } from '../../lib/submission-labels';
import {
  readRegisterFilter,
  rowMatchesFilter,
  STATE_QUERY,
  versionsLabel,
  type RegisterFilter,
} from './intake-labels';
import { useApiQuery } from '../../api/queries';
import { SOURCE_QUERY } from '../../lib/report-links';
import { usePager } from '../../lib/use-pager';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import { downloadOriginal } from './SubmissionCorrections';
import { EnterByHandButton } from './EnterByHandModal';
import { SubmissionDrawer, type SourceFocus } from './SubmissionDrawer';

const STATE_COLOR: Record<RegisterRow['state'], string> = {
  on_time: 'green',
  late: 'orange',
  missing: 'red',
  not_expected: 'purple',
};

/** The same state as Phụ lục III: an unasked agency's report is "Ngoài danh sách", not "Đúng hạn". */
function StateTag({ row }: { row: RegisterRow }) {
  const shown = registerStateShown(row);
  return <Tag color={STATE_COLOR[shown]}>{REGISTER_STATE_LABEL[shown]}</Tag>;
}

/** The row a traced figure came from (`nhiem-vu=<task id>` or `chi-tieu=<indicator id>`). */
function sourceFocus(query: URLSearchParams): SourceFocus | null {
  for (const target of ['task', 'indicator'] as const) {
    const id = Number(query.get(SOURCE_QUERY[target]));
    if (Number.isInteger(id) && id > 0) return { target, id };
  }
  return null;
}

function Dash() {
  return <Typography.Text type="secondary">–</Typography.Text>;
}

interface CountCard {
  filter: RegisterFilter;
  title: string;
  value: (r: Register) => number;
  color?: string;
}

const CARDS: CountCard[] = [
  { filter: 'all', title: 'Phải báo cáo', value: (r) => r.counts.expected },
  { filter: 'on_time', title: 'Đúng hạn', value: (r) => r.counts.onTime, color: '#389e0d' },
  { filter: 'late', title: 'Muộn', value: (r) => r.counts.late, color: '#d46b08' },
  { filter: 'missing', title: 'Chưa báo cáo', value: (r) => r.counts.missing, color: '#cf1322' },
  { filter: 'not_expected', title: 'Ngoài danh sách', value: (r) => r.counts.extra },
];

/** Sổ theo dõi: who has reported for the period, when, and with which document. */
export function RegisterPanel({ period }: { period: string }) {
  const { query, setQuery } = useHashRoute();
  const loaded = useApiQuery('submissions.register', { period }, { keepPrevious: true });
  const filter = readRegisterFilter(query.get(STATE_QUERY));
  const search = query.get(Q.search) ?? '';
  const pager = usePager(`${period}|${filter}|${search}`, 'đơn vị', 50);
  const openParam = Number(query.get(Q.open));
  const openId = Number.isInteger(openParam) && openParam > 0 ? openParam : null;
  const focus = sourceFocus(query);

  const register = loaded.value;
  if (loaded.error && !register)
    return (
      <Alert
        type="error"
        showIcon
        title="Không tải được sổ theo dõi"
        description={loaded.error}
        action={<Button onClick={loaded.reload}>Thử lại</Button>}
      />
    );
  if (!register)
    return (
      <Card>
        <Loading text="Đang tải sổ theo dõi…" />
      </Card>
    );

  const due = register.period.due;
  const shown = register.rows.filter(
    (r) => rowMatchesFilter(r, filter) && matchesSearch(r.agency.name, search),
  );
  const setFilter = (f: RegisterFilter) => setQuery({ [STATE_QUERY]: f === 'all' ? null : f });

  const columns: TableColumnsType<RegisterRow> = [
    {
      title: 'Đơn vị',
      render: (_, r) => <Highlight text={r.agency.name} query={search} />,
    },
    { title: 'Tình trạng', width: 150, render: (_, r) => <StateTag row={r} /> },
    {
      title: 'Ngày nhận',
      width: 120,
      render: (_, r) => {
        if (!r.submission) return <Dash />;
        const late = daysBetween(due, r.submission.receivedOn);
        return (
          <>
            <div>{formatVnDate(r.submission.receivedOn)}</div>
            {late > 0 ? (
              <Typography.Text type="warning" className="small-note">
                quá hạn {late} ngày
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      title: 'Số, ngày văn bản của đơn vị',
      width: 230,
      render: (_, r) =>
        r.submission ? docLine(r.submission.docNumber, r.submission.docDate) || <Dash /> : <Dash />,
    },
    {
      title: 'Phiên bản',
      width: 100,
      render: (_, r) => (r.versions > 0 ? versionsLabel(r.versions) : <Dash />),
    },
    {
      title: 'Tệp',
      width: 220,
      render: (_, r) =>
        r.submission ? (
          <Button
            type="link"
            size="small"
            className="register-file-link"
            title="Tải tệp gốc đơn vị gửi"
            aria-label={`Tải tệp gốc ${r.submission.fileName}`}
            onClick={(e) => {
              e.stopPropagation();
              void downloadOriginal(r.submission!.id);
            }}
          >
            <Typography.Text
              ellipsis={{ tooltip: r.submission.fileName }}
              style={{ maxWidth: 190 }}
            >
              {r.submission.fileName}
            </Typography.Text>
          </Button>
        ) : (
          <Dash />
        ),
    },
  ];

  return (
    <>
      <div className="block register-stats">
        {CARDS.map((c) => (
          <Card
            key={c.filter}
            hoverable
            size="small"
            className={filter === c.filter ? 'stat-card selected' : 'stat-card'}
            onClick={() => setFilter(c.filter)}
            aria-pressed={filter === c.filter}
            role="button"
            aria-label={`${c.title}: ${c.value(register)}`}
          >
            <Statistic
              title={c.title}
              value={c.value(register)}
              styles={c.color ? { content: { color: c.color } } : undefined}
            />
          </Card>
        ))}
      </div>
      <Card className="block">
        <Toolbar>
          <Input.Search
            className="toolbar-search"
            aria-label="Tìm đơn vị"
            placeholder="Tìm đơn vị (không dấu cũng được)"
            allowClear
            value={search}
            onChange={(e) => setQuery({ [Q.search]: e.target.value })}
          />
          <Segmented
            aria-label="Lọc theo tình trạng"
            value={filter}
            onChange={(v) => setFilter(v as RegisterFilter)}
            options={[
              { value: 'all', label: 'Tất cả' },
              { value: 'missing', label: `Chưa báo cáo (${register.counts.missing})` },
              { value: 'late', label: `Muộn (${register.counts.late})` },
              { value: 'on_time', label: `Đúng hạn (${register.counts.onTime})` },
              ...(register.counts.extra > 0
                ? [{ value: 'not_expected', label: `Ngoài danh sách (${register.counts.extra})` }]
                : []),
            ]}
          />
          <EnterByHandButton period={period} />
          {loaded.loading ? <Spin size="small" /> : null}
        </Toolbar>
        <ResultCount
          shown={shown.length}
          total={register.rows.length}
          noun="đơn vị"
          filtered={filter !== 'all' || search.trim() !== ''}
          onClear={() => setQuery({ [STATE_QUERY]: null, [Q.search]: null })}
        />
        <Table<RegisterRow>
          rowKey={(r) => r.agency.id}
          columns={columns}
          dataSource={shown}
          size="small"
          sticky={{ offsetHeader: 56 }}
          pagination={pager}
          rowClassName={(r) =>
            [
              r.submission ? 'clickable-row' : '',
              r.expected && r.state === 'missing' ? 'register-row-missing' : '',
              r.expected && r.state === 'late' ? 'register-row-late' : '',
            ]
              .filter(Boolean)
              .join(' ')
          }
          onRow={(r) => ({
            onClick: () => {
              if (r.submission) setQuery({ [Q.open]: String(r.submission.id) });
            },
          })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="Không có đơn vị nào khớp với bộ lọc."
              />
            ),
          }}
        />
        <Typography.Text type="secondary" className="hint">
          Bấm vào dòng của đơn vị đã gửi để xem nội dung báo cáo, các phiên bản và thay đổi.
        </Typography.Text>
      </Card>
      <SubmissionDrawer
        submissionId={openId}
        agencyName={register.versions.find((v) => v.id === openId)?.agency.name ?? null}
        focus={focus}
        onClose={() =>
          setQuery({ [Q.open]: null, [SOURCE_QUERY.task]: null, [SOURCE_QUERY.indicator]: null })
        }
      />
    </>
  );
}
