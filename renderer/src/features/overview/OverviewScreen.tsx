import { useMemo } from 'react';
import type { PeriodStatus } from '../../../../shared/api';
import {
  countAssessments,
  countByGroup,
  countByStatus,
  countRegister,
  INDICATOR_ASSESSMENTS,
  overdueWithoutReport,
} from '../../../../shared/domain/status';
import {
  INDICATOR_ASSESSMENT_LABEL,
  REGISTER_STATE_LABEL,
  TASK_STATUS_LABEL,
  TASK_STATUS_ORDER,
} from '../../../../shared/domain/status-labels';
import { compareVi, formatVnDate } from '../../../../shared/domain/text';
import type { IndicatorStatusRow, TaskStatusRow } from '../../../../shared/domain/types';
import { EmptyNote } from '../../components/plain/EmptyNote';
import { Placeholder } from '../../components/plain/Loading';
import { Notice } from '../../components/plain/Notice';
import { Panel } from '../../components/plain/Panel';
import { PeriodPicker, usePeriodKey } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { SourceTrace } from '../../components/SourceTrace';
import { CatalogueGate } from '../../data/CatalogueGate';
import { useCatalogue } from '../../data/catalogue-context';
import { useApiQuery } from '../../api/queries';
import { assigneeLines } from '../../lib/assignees';
import {
  indicatorListHref,
  registerHref,
  reportTabHref,
  taskListHref,
} from '../../lib/report-links';
import { ASSESSMENT_TONE, REGISTER_TONE, TASK_STATUS_TONE } from '../../lib/status-colors';
import { valueLabel } from '../../lib/indicator-value';
import { countByLeadAgency } from '../../lib/status-filter';
import { targetTag } from '../../lib/target-label';
import { StatTile } from './StatTile';
import { BarChartCard } from './BarChartCard';
import { StatusBars, StatusLegend, type BarRow } from './StatusBars';
import './overview.css';

// Short lists and top-N charts, so the lists sit above the charts and the page stays a page.
const LIST_MAX = 5;
const CHART_TOP = 10;
/** Agency names take one line each, so more of them fit beside five two-line tasks. */
const NAME_LIST_MAX = 8;

export function OverviewScreen() {
  return (
    <CatalogueGate>
      <Overview />
    </CatalogueGate>
  );
}

function Overview() {
  const [period, setPeriod] = usePeriodKey();
  const status = useApiQuery('status.get', { period });
  const data = status.value;
  return (
    <>
      <ScreenHeader
        title="Tổng quan"
        description={
          data
            ? `Tình hình thực hiện kế hoạch ${data.period.label} (hạn gửi báo cáo ${formatVnDate(data.period.due)}). Bấm vào một con số để xem danh sách tương ứng.`
            : 'Tình hình thực hiện kế hoạch trong kỳ. Bấm vào một con số để xem danh sách tương ứng.'
        }
        extra={<PeriodPicker value={period} onChange={setPeriod} />}
      />
      {data ? (
        <Dashboard period={period} data={data} />
      ) : status.error ? (
        <Notice
          type="error"
          title="Không tải được số liệu của kỳ"
          description={status.error}
          action={
            <button type="button" className="plain-button" onClick={status.reload}>
              Thử lại
            </button>
          }
        />
      ) : (
        <Panel title="Đang tải số liệu của kỳ…">
          <Placeholder lines={10} />
        </Panel>
      )}
    </>
  );
}

function Dashboard({ period, data }: { period: string; data: PeriodStatus }) {
  const { index } = useCatalogue();
  const tasks = countByStatus(data.tasks);
  const total = data.tasks.length;
  const indicators = countAssessments(data.indicators);
  const register = countRegister(data.register);

  const groupRows: BarRow[] = useMemo(
    () =>
      countByGroup(data.tasks).map((g) => ({
        key: g.group,
        label: `Nhóm ${g.group}`,
        title: `Nhóm ${g.group}. ${index.groupByCode.get(g.group)?.title ?? ''}`,
        href: taskListHref(period, { group: g.group }),
        total: g.total,
        byStatus: g.byStatus,
        segmentHref: (st) => taskListHref(period, { group: g.group, status: st }),
      })),
    [data.tasks, index, period],
  );
  // The groups that need a word first: most overdue, then most not started (stable: plan order).
  const groupsRanked = useMemo(
    () =>
      [...groupRows].sort(
        (x, y) =>
          y.byStatus.overdue - x.byStatus.overdue ||
          y.byStatus.not_started - x.byStatus.not_started,
      ),
    [groupRows],
  );
  const agencyRows: BarRow[] = useMemo(
    () =>
      countByLeadAgency(
        data.tasks,
        index,
        (id, fallback) => index.agencyById.get(id)?.name ?? fallback,
      ).map((a) => {
        const agency = index.agencyById.get(a.agencyId);
        return {
          key: String(a.agencyId),
          label: agency?.shortName || a.name,
          title: a.name,
          href: taskListHref(period, { agencyId: a.agencyId }),
          total: a.total,
          byStatus: a.byStatus,
          segmentHref: (st) => taskListHref(period, { agencyId: a.agencyId, status: st }),
        };
      }),
    [data.tasks, index, period],
  );

  const overdue = data.tasks.filter((t) => t.status === 'overdue');
  const missing = data.register
    .filter((r) => r.state === 'missing')
    .sort((a, b) => compareVi(a.agency.name, b.agency.name));
  const notMet = data.indicators.filter((x) => x.assessment === 'not_met');

  return (
    <>
      {register.received === 0 ? (
        <Notice
          className="block"
          type="info"
          title="Chưa nhận được báo cáo nào của kỳ này"
          description={
            <>
              Nhiệm vụ đã quá hạn được tính là “Quá hạn, chưa hoàn thành”, các nhiệm vụ khác ở tình
              trạng “Chưa có báo cáo”. Hãy nhập các tệp báo cáo của đơn vị ở mục{' '}
              <a href={registerHref(period)}>Tiếp nhận báo cáo</a>.
            </>
          }
        />
      ) : null}
      <Panel
        className="block"
        title={`Nhiệm vụ theo tình trạng (${total} nhiệm vụ)`}
        extra={<a href={taskListHref(period)}>Xem toàn bộ danh sách</a>}
      >
        <div className="overall-bar">
          <StatusBars
            compact
            rows={[
              {
                key: 'all',
                label: 'Tất cả',
                title: `Tất cả ${total} nhiệm vụ`,
                href: taskListHref(period),
                total,
                byStatus: tasks,
                segmentHref: (st) => taskListHref(period, { status: st }),
              },
            ]}
          />
        </div>
        <div className="stat-tiles cols-8">
          {TASK_STATUS_ORDER.map((st) => (
            <StatTile
              key={st}
              value={tasks[st]}
              of={total}
              label={TASK_STATUS_LABEL[st]}
              color={TASK_STATUS_TONE[st].solid}
              href={taskListHref(period, { status: st })}
            />
          ))}
        </div>
      </Panel>
      <div className="overview-grid tiles">
        <Panel title={`Chỉ tiêu (${indicators.total} chỉ tiêu có mục tiêu)`}>
          <div className="stat-tiles cols-5">
            {INDICATOR_ASSESSMENTS.map((a) => (
              <StatTile
                key={a}
                value={indicators[a]}
                of={indicators.total}
                label={
                  a === 'qualitative' ? 'Định tính, chưa đánh giá' : INDICATOR_ASSESSMENT_LABEL[a]
                }
                color={ASSESSMENT_TONE[a].solid}
                href={indicatorListHref(period, a)}
              />
            ))}
          </div>
        </Panel>
        <Panel title="Đơn vị gửi báo cáo">
          <div className="stat-tiles cols-3">
            {(['on_time', 'late', 'missing'] as const).map((st) => (
              <StatTile
                key={st}
                value={register[st]}
                label={
                  st === 'on_time'
                    ? 'Gửi đúng hạn'
                    : st === 'late'
                      ? 'Gửi muộn'
                      : REGISTER_STATE_LABEL[st]
                }
                color={REGISTER_TONE[st].solid}
                href={registerHref(period, st)}
              />
            ))}
          </div>
          <div className="received-line">
            {register.expected} đơn vị phải báo cáo, đã nhận của {register.received}; hạn gửi{' '}
            {formatVnDate(data.period.due)}.
          </div>
        </Panel>
      </div>
      <div className="overview-grid three">
        <Panel title={`Nhiệm vụ quá hạn (${overdue.length})`}>
          <OverdueList period={period} rows={overdue} />
        </Panel>
        <Panel title={`Đơn vị chưa gửi báo cáo (${missing.length})`}>
          {missing.length === 0 ? (
            <EmptyNote text="Tất cả đơn vị đã gửi báo cáo" />
          ) : (
            <>
              <ul className="short-list">
                {missing.slice(0, NAME_LIST_MAX).map((r) => (
                  <li key={r.agency.id}>{r.agency.name}</li>
                ))}
              </ul>
              <div className="list-more">
                <a href={registerHref(period, 'missing')}>
                  {missing.length > NAME_LIST_MAX
                    ? `Xem cả ${missing.length} đơn vị`
                    : 'Xem trong sổ tiếp nhận'}
                </a>
                {' · '}
                <a href={reportTabHref(period, 'xuat-van-ban')}>Lập công văn đôn đốc</a>
              </div>
            </>
          )}
        </Panel>
        <Panel title={`Chỉ tiêu chưa đạt (${notMet.length})`}>
          <NotMetList period={period} rows={notMet} />
        </Panel>
      </div>
      <StatusLegend />
      <div className="overview-grid two">
        <BarChartCard
          title="Tình trạng nhiệm vụ theo nhóm"
          head="Nhóm"
          all={groupRows}
          ranked={groupsRanked}
          top={CHART_TOP}
          topCaption={`${CHART_TOP} nhóm nhiều nhiệm vụ quá hạn, chưa triển khai nhất`}
          allCaption="theo thứ tự trong kế hoạch"
          noun="nhóm"
        />
        <BarChartCard
          title="Nhiệm vụ theo cơ quan chủ trì"
          head="Cơ quan chủ trì"
          all={agencyRows}
          ranked={agencyRows}
          top={CHART_TOP}
          topCaption={`${CHART_TOP} đơn vị chủ trì nhiều nhiệm vụ nhất`}
          allCaption="xếp theo số nhiệm vụ chủ trì"
          noun="đơn vị"
        />
      </div>
    </>
  );
}

function OverdueList({ period, rows }: { period: string; rows: TaskStatusRow[] }) {
  if (rows.length === 0) return <EmptyNote text="Không có nhiệm vụ quá hạn" />;
  return (
    <>
      <ul className="short-list">
        {rows.slice(0, LIST_MAX).map((t) => (
          <li key={t.taskId}>
            <span className="clamp-2" title={t.text}>
              <span className="code">{t.code}</span> {t.text}
            </span>
            <span className="line2 one-line">
              {/* a long list of lead agencies gives way, the deadline and the source stay */}
              <span className="who">
                {assigneeLines(t.lead)
                  .map((l) => l.name)
                  .join('; ')}
              </span>
              {t.deadline.due ? ` · hạn ${formatVnDate(t.deadline.due)}` : ''}
              {overdueWithoutReport(t) ? (
                <span className="unreported-note"> · chưa có báo cáo</span>
              ) : null}
              {t.leadReports.length > 0 ? (
                <>
                  {' · '}
                  <SourceTrace
                    target="task"
                    id={t.taskId}
                    submissionIds={t.leadSubmissionIds}
                    what={`tình trạng nhiệm vụ ${t.code}`}
                  >
                    <span className="trace-text">nguồn báo cáo</span>
                  </SourceTrace>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <a className="list-more" href={taskListHref(period, { status: 'overdue' })}>
        {rows.length > LIST_MAX ? `Xem cả ${rows.length} nhiệm vụ` : 'Xem trong danh sách nhiệm vụ'}
      </a>
    </>
  );
}

function NotMetList({ period, rows }: { period: string; rows: IndicatorStatusRow[] }) {
  if (rows.length === 0) return <EmptyNote text="Không có chỉ tiêu chưa đạt" />;
  return (
    <>
      <ul className="short-list">
        {rows.slice(0, LIST_MAX).map((x) => (
          <li key={x.indicatorId}>
            <span className="clamp-2" title={x.text}>
              <span className="code">{x.code}</span> {x.text}
            </span>
            <span className="line2">
              Kết quả{' '}
              <SourceTrace
                target="indicator"
                id={x.indicatorId}
                submissionIds={x.submissionId ? [x.submissionId] : []}
                what={`số liệu chỉ tiêu ${x.code}`}
              >
                <strong>{valueLabel(x) || '–'}</strong>
              </SourceTrace>{' '}
              so với mục tiêu{' '}
              <strong>{x.target ? (targetTag(x.target) ?? x.target.text) : '–'}</strong>
              {x.unit ? ` (${x.unit})` : ''}
            </span>
          </li>
        ))}
      </ul>
      <a className="list-more" href={indicatorListHref(period, 'not_met')}>
        {rows.length > LIST_MAX ? `Xem cả ${rows.length} chỉ tiêu` : 'Xem trong danh sách chỉ tiêu'}
      </a>
    </>
  );
}
