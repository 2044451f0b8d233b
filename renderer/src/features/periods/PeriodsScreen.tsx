import { DownloadOutlined, FileZipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Input,
  Skeleton,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { AdhocPeriodInfo, PeriodInfo } from '../../../../shared/api';
import {
  capitalise,
  daysBetween,
  formatVnDate,
  localIsoDate,
  matchesSearch,
} from '../../../../shared/domain/text';
import type { AgencyRef } from '../../../../shared/domain/types';
import { api } from '../../api/client';
import { errorMessage } from '../../api/api-error';
import { AdhocPeriodModal } from './AdhocPeriodModal';
import { DueRulesCard } from './DueRulesCard';
import { Highlight } from '../../components/Highlight';
import { PeriodPicker, usePeriodKey } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { CatalogueGate } from '../../data/CatalogueGate';
import { useCatalogue } from '../../data/catalogue-context';
import { generateFormsZip } from './forms-job';
import { base64ToBytes, saveBytes, XLSX_MIME } from '../../lib/file-bytes';
import { useApiQuery } from '../../api/queries';
import { workCounts, type WorkCounts } from './agency-work-counts';
import { usePeriodsOverview } from '../../lib/periods-overview';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import './periods.css';

interface AgencyLine {
  agency: AgencyRef;
  work: WorkCounts;
}

function count(n: number) {
  return n === 0 ? <Typography.Text type="secondary">–</Typography.Text> : n;
}

function DueTag({ due }: { due: string }) {
  const left = daysBetween(localIsoDate(), due);
  if (left < 0) return <Tag>Đã qua hạn</Tag>;
  if (left === 0) return <Tag color="orange">Hạn là hôm nay</Tag>;
  return <Tag color="blue">Còn {left} ngày</Tag>;
}

export function PeriodsScreen() {
  const [period, setPeriod] = usePeriodKey();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <ScreenHeader
        title="Kỳ báo cáo"
        description="Thời gian, hạn báo cáo của kỳ và các đơn vị phải báo cáo. Tạo biểu mẫu Excel điền sẵn nhiệm vụ, chỉ tiêu của từng đơn vị để gửi đi."
        extra={
          <Space orientation="vertical" align="end" size={8}>
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Tạo kỳ báo cáo đột xuất
            </Button>
          </Space>
        }
      />
      <CatalogueGate>
        <PeriodView period={period} />
        <AdhocPeriodModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(p) => setPeriod(p.key)}
        />
      </CatalogueGate>
    </>
  );
}

function PeriodFactsCard({
  info,
  adhoc,
  expected,
}: {
  info: PeriodInfo;
  /** The ad hoc period's title and dates, when the period is one. */
  adhoc: AdhocPeriodInfo | undefined;
  expected: number;
}) {
  return (
    <Card className="block">
      <div className="period-fact-row" role="group" aria-label="Thông tin kỳ báo cáo">
        <div className="period-fact">
          <span className="fact-label">{adhoc ? 'Kỳ báo cáo đột xuất' : 'Kỳ báo cáo'}</span>
          <span className="period-fact-value">{adhoc ? adhoc.title : capitalise(info.label)}</span>
          <Typography.Text type="secondary">Mã kỳ: {info.key}</Typography.Text>
        </div>
        <div className="period-fact">
          <span className="fact-label">Thời gian</span>
          <span className="period-fact-value">
            {formatVnDate(info.start)} – {formatVnDate(info.end)}
          </span>
        </div>
        <div className="period-fact">
          <span className="fact-label">Hạn báo cáo</span>
          <span className="period-fact-value">{formatVnDate(info.due)}</span>
          <span>
            <DueTag due={info.due} />
          </span>
        </div>
        <div className="period-fact">
          <span className="fact-label">Đơn vị phải báo cáo</span>
          <span className="period-fact-value">{expected} đơn vị</span>
        </div>
      </div>
    </Card>
  );
}

function PeriodView({ period }: { period: string }) {
  const { catalogue } = useCatalogue();
  const { message } = App.useApp();
  const { query, setQuery, navigate } = useHashRoute();
  const loaded = useApiQuery('periods.get', { period }, { keepPrevious: true });
  const overview = usePeriodsOverview();
  const [generating, setGenerating] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [oneId, setOneId] = useState<number | null>(null);
  const [done, setDone] = useState<{ period: string; count: number; zip: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const search = query.get(Q.search) ?? '';

  if (loaded.error && !loaded.value)
    return (
      <Alert
        type="error"
        showIcon
        title="Không tải được kỳ báo cáo"
        description={loaded.error}
        action={<Button onClick={loaded.reload}>Thử lại</Button>}
      />
    );
  const value = loaded.value;
  if (!value)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );

  const info = value.period;
  const lines: AgencyLine[] = value.expected.map((agency) => ({
    agency,
    work: workCounts(catalogue, agency.id),
  }));
  const shown = lines.filter((l) => matchesSearch(l.agency.name, search));

  async function generateAll() {
    setGenerating(true);
    setFailure(null);
    try {
      const job = await generateFormsZip(info.key, (j) => setProgress(j.message));
      setDone({ period: info.key, count: job.total, zip: job.file!.fileName });
      message.success(job.message);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setGenerating(false);
      setProgress(null);
    }
  }

  async function generateOne(agency: AgencyRef) {
    setOneId(agency.id);
    setFailure(null);
    try {
      const result = await api('forms.generate', { period: info.key, agencyIds: [agency.id] });
      const file = result.files[0];
      if (file) {
        saveBytes(file.fileName, base64ToBytes(file.data), XLSX_MIME);
        message.success(`Đã tạo biểu mẫu của ${agency.name}`);
      }
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setOneId(null);
    }
  }

  const columns: TableColumnsType<AgencyLine> = [
    { title: 'STT', width: 56, align: 'center', render: (_, __, i) => i + 1 },
    {
      title: 'Đơn vị',
      render: (_, l) => <Highlight text={l.agency.name} query={search} />,
    },
    {
      title: 'Nhiệm vụ chủ trì',
      width: 120,
      align: 'center',
      render: (_, l) => count(l.work.lead),
    },
    {
      title: 'Nhiệm vụ phối hợp',
      width: 120,
      align: 'center',
      render: (_, l) => count(l.work.partner),
    },
    {
      title: 'Chỉ tiêu theo dõi',
      width: 120,
      align: 'center',
      render: (_, l) => count(l.work.indicators),
    },
    {
      title: 'Biểu mẫu',
      width: 150,
      render: (_, l) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={oneId === l.agency.id}
          disabled={generating || (oneId !== null && oneId !== l.agency.id)}
          aria-label={`Tải biểu mẫu của ${l.agency.name}`}
          onClick={() => void generateOne(l.agency)}
        >
          Tải biểu mẫu
        </Button>
      ),
    },
  ];

  return (
    <>
      <PeriodFactsCard
        info={info}
        adhoc={overview.value?.adhoc.find((a) => a.key === info.key)}
        expected={lines.length}
      />
      <DueRulesCard rules={overview.value?.rules ?? null} />
      {failure ? (
        <Alert
          className="block"
          type="error"
          showIcon
          closable={{ onClose: () => setFailure(null) }}
          title="Chưa tạo được biểu mẫu"
          description={failure}
        />
      ) : null}
      {done && done.period === info.key ? (
        <Alert
          className="block"
          type="success"
          showIcon
          closable={{ onClose: () => setDone(null) }}
          title={`Đã tạo ${done.count} biểu mẫu`}
          description={
            <>
              Tệp <strong>{done.zip}</strong> đã được tải về, trong đó có biểu mẫu riêng của từng
              đơn vị. Gửi mỗi đơn vị biểu mẫu của mình qua hệ thống văn bản hoặc thư điện tử; khi
              đơn vị gửi lại, nhập ở mục{' '}
              <Button
                type="link"
                size="small"
                className="inline-link"
                onClick={() => navigate('tiep-nhan', { ky: info.key, phan: 'nhap' })}
              >
                Tiếp nhận báo cáo
              </Button>
              .
            </>
          }
        />
      ) : null}
      <Card
        title={`Đơn vị phải báo cáo (${lines.length})`}
        extra={
          <Button
            type="primary"
            icon={<FileZipOutlined />}
            loading={generating}
            disabled={lines.length === 0 || oneId !== null}
            onClick={() => void generateAll()}
          >
            {/* The job's progress where the user clicked: the table's middle may be off-screen. */}
            {progress ?? 'Tạo biểu mẫu cho tất cả đơn vị'}
          </Button>
        }
      >
        <Spin spinning={generating} description={`Đang tạo biểu mẫu cho ${lines.length} đơn vị…`}>
          <Toolbar>
            <Input.Search
              className="toolbar-search"
              aria-label="Tìm đơn vị"
              placeholder="Tìm đơn vị (không dấu cũng được)"
              allowClear
              value={search}
              onChange={(e) => setQuery({ [Q.search]: e.target.value })}
            />
          </Toolbar>
          <ResultCount
            shown={shown.length}
            total={lines.length}
            noun="đơn vị"
            filtered={search.trim() !== ''}
            onClear={() => setQuery({ [Q.search]: null })}
          />
          <Table<AgencyLine>
            rowKey={(l) => l.agency.id}
            columns={columns}
            dataSource={shown}
            size="small"
            pagination={false}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    lines.length === 0
                      ? 'Chưa có đơn vị nào phải báo cáo. Hãy kiểm tra mục Đơn vị: đơn vị đang hoạt động, có gửi báo cáo và được giao nhiệm vụ.'
                      : 'Không có đơn vị nào khớp với từ tìm kiếm.'
                  }
                />
              ),
            }}
          />
          <Typography.Paragraph type="secondary" className="note">
            Biểu mẫu gồm: thông tin chung, các nhiệm vụ đơn vị chủ trì hoặc phối hợp, các chỉ tiêu
            đơn vị theo dõi và hướng dẫn điền. Ứng dụng nhận ra biểu mẫu khi đơn vị gửi lại, kể cả
            khi các dòng bị sắp xếp lại.
          </Typography.Paragraph>
        </Spin>
      </Card>
    </>
  );
}
