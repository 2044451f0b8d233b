import { Typography } from 'antd';
import type { AgencyReport, ReportedStatus } from '../../../../shared/domain/types';
import { formatVnDate } from '../../../../shared/domain/text';
import { Highlight } from '../../components/Highlight';
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

/** What the lead agencies reported, each by name; cooperating agencies' reports folded below. */
export function ReportResults(props: {
  lead: AgencyReport[];
  partners: AgencyReport[];
  search: string;
}) {
  const { lead, partners, search } = props;
  return (
    <>
      {lead.length === 0 ? (
        <Typography.Text type="secondary">Cơ quan chủ trì chưa gửi báo cáo.</Typography.Text>
      ) : (
        <ul className="report-list">
          {lead.map((r) => (
            <ReportItem key={`${r.agency.id}-${r.submissionId}`} report={r} search={search} />
          ))}
        </ul>
      )}
      {partners.length > 0 ? (
        <details className="report-partners">
          <summary>Báo cáo của đơn vị phối hợp ({partners.length})</summary>
          <ul className="report-list">
            {partners.map((r) => (
              <ReportItem key={`${r.agency.id}-${r.submissionId}`} report={r} search={search} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
