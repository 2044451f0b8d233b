import { Typography } from 'antd';
import { useState } from 'react';
import type { AgencyReport, ReportedStatus } from '../../../../shared/domain/types';
import { formatVnDate } from '../../../../shared/domain/text';
import { Highlight } from '../../components/Highlight';
import { useApiQuery } from '../../api/queries';
import { ClampedText } from './ClampedText';

const REPORTED: Record<ReportedStatus, string> = {
  done: 'báo cáo đã hoàn thành',
  in_progress: 'báo cáo đang thực hiện',
  not_started: 'báo cáo chưa thực hiện',
};

function reportedLine(r: AgencyReport): string {
  if (r.status === null) return 'không đánh dấu tình trạng';
  if (r.status === 'done' && r.completedOn)
    return `${REPORTED.done} ngày ${formatVnDate(r.completedOn)}`;
  return REPORTED[r.status];
}

function ReportItem({ report, search }: { report: AgencyReport; search: string }) {
  return (
    <li>
      <span className="report-agency">
        <Highlight text={report.agency.name} query={search} />
      </span>
      <span className="report-meta">
        {reportedLine(report)}
        {report.version > 1 ? ` (bản lần ${report.version})` : ''}
      </span>
      {report.progress ? (
        <ClampedText rows={5} className="report-text">
          <Highlight text={report.progress} query={search} />
        </ClampedText>
      ) : (
        <Typography.Text type="secondary" className="report-meta">
          Không ghi kết quả.
        </Typography.Text>
      )}
      {report.difficulties ? (
        <Typography.Text type="secondary" className="report-meta">
          Khó khăn: {report.difficulties}
        </Typography.Text>
      ) : null}
    </li>
  );
}

/** Where a task's cooperating agencies' reports are read from: the period, or a signed report. */
export interface PartnerSource {
  period: string;
  reportId?: number;
}

/** Cooperating agencies' reports, asked for (`status.task`) only when the user opens them. */
function PartnerReports(props: {
  count: number;
  taskId: number;
  source: PartnerSource;
  search: string;
}) {
  const { count, taskId, source, search } = props;
  const [open, setOpen] = useState(false);
  const loaded = useApiQuery('status.task', open ? { ...source, taskId } : null);
  return (
    <details
      className="report-partners"
      onToggle={(e) => setOpen(open || (e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Báo cáo của đơn vị phối hợp ({count})</summary>
      {loaded.error ? (
        <Typography.Text type="danger" className="report-meta">
          {loaded.error}
        </Typography.Text>
      ) : loaded.value === undefined ? (
        <Typography.Text type="secondary" className="report-meta">
          Đang tải…
        </Typography.Text>
      ) : (
        <ul className="report-list">
          {loaded.value.partnerReports.map((r) => (
            <ReportItem key={`${r.agency.id}-${r.submissionId}`} report={r} search={search} />
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * A task led by "các sở, ban, ngành" has one report per agency, sixty on the large province: the
 * status ships the first three (`leadCount` says how many in all) and "Xem thêm" loads the rest
 * with the cooperating agencies' reports (`status.task`).
 */
function LeadReports(props: {
  lead: AgencyReport[];
  leadCount: number;
  taskId: number;
  source: PartnerSource;
  search: string;
}) {
  const { lead, leadCount, taskId, source, search } = props;
  const [all, setAll] = useState(false);
  const loaded = useApiQuery('status.task', all ? { ...source, taskId } : null);
  const shown = loaded.value?.leadReports ?? lead;
  const hidden = leadCount - shown.length;
  return (
    <>
      <ul className="report-list">
        {shown.map((r) => (
          <ReportItem key={`${r.agency.id}-${r.submissionId}`} report={r} search={search} />
        ))}
      </ul>
      {loaded.error ? (
        <Typography.Text type="danger" className="report-meta">
          {loaded.error}
        </Typography.Text>
      ) : all && hidden > 0 ? (
        <Typography.Text type="secondary" className="report-meta">
          Đang tải…
        </Typography.Text>
      ) : hidden > 0 ? (
        <button type="button" className="link-button more-toggle" onClick={() => setAll(true)}>
          Xem báo cáo của {hidden} cơ quan chủ trì khác
        </button>
      ) : null}
    </>
  );
}

/** What the lead agencies reported, each by name; cooperating agencies' reports folded below. */
export function ReportResults(props: {
  lead: AgencyReport[];
  leadCount: number;
  partnerCount: number;
  taskId: number;
  source: PartnerSource;
  search: string;
}) {
  const { lead, leadCount, partnerCount, taskId, source, search } = props;
  return (
    <>
      {lead.length === 0 ? (
        <Typography.Text type="secondary">Cơ quan chủ trì chưa gửi báo cáo.</Typography.Text>
      ) : (
        <LeadReports
          lead={lead}
          leadCount={leadCount}
          taskId={taskId}
          source={source}
          search={search}
        />
      )}
      {partnerCount > 0 ? (
        <PartnerReports count={partnerCount} taskId={taskId} source={source} search={search} />
      ) : null}
    </>
  );
}
