// Addresses of the filtered lists behind every figure of the dashboard, so that a number always
// opens the rows it counts (`#/bao-cao-tong-hop?ky=2025-Q3&tab=nhiem-vu&trang-thai=overdue`).
import type { IndicatorAssessment, RegisterState, TaskStatus } from '../../../shared/domain/types';
import { formatHash } from '../routing/hash-location';

/** Tabs of the Báo cáo tổng hợp screen, as they appear in the address (`tab=`). */
const REPORT_TABS = ['nhiem-vu', 'chi-tieu', 'noi-dung', 'xuat-van-ban'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** Query keys of the Báo cáo tổng hợp screen. */
export const RQ = {
  period: 'ky',
  tab: 'tab',
  search: 'q',
  status: 'trang-thai',
  group: 'nhom',
  agency: 'don-vi',
  conflict: 'khac-nhau',
  assessment: 'danh-gia',
} as const;

export function isReportTab(v: string | null): v is ReportTab {
  return v !== null && (REPORT_TABS as readonly string[]).includes(v);
}

export interface TaskListLink {
  status?: TaskStatus;
  group?: string;
  agencyId?: number;
}

export function taskListHref(period: string, f: TaskListLink = {}): string {
  return formatHash('bao-cao-tong-hop', {
    [RQ.period]: period,
    [RQ.tab]: 'nhiem-vu',
    [RQ.status]: f.status,
    [RQ.group]: f.group,
    [RQ.agency]: f.agencyId === undefined ? undefined : String(f.agencyId),
  });
}

export function indicatorListHref(period: string, assessment?: IndicatorAssessment): string {
  return formatHash('bao-cao-tong-hop', {
    [RQ.period]: period,
    [RQ.tab]: 'chi-tieu',
    [RQ.assessment]: assessment,
  });
}

export function reportTabHref(period: string, tab: ReportTab): string {
  return formatHash('bao-cao-tong-hop', { [RQ.period]: period, [RQ.tab]: tab });
}

/** The submission register (Tiếp nhận báo cáo), optionally only agencies in one state. */
export function registerHref(
  period: string,
  state?: Exclude<RegisterState, 'not_expected'>,
): string {
  return formatHash('tiep-nhan', { ky: period, 'tinh-trang': state });
}

/** Query keys of the row an opened submission is shown at (Truy vết): a task or an indicator. */
export const SOURCE_QUERY = { task: 'nhiem-vu', indicator: 'chi-tieu' } as const;

/** The register with one agency's submission open at the row a figure came from. */
export function sourceHref(
  period: string,
  submissionId: number,
  target: keyof typeof SOURCE_QUERY,
  id: number,
): string {
  return formatHash('tiep-nhan', {
    ky: period,
    mo: String(submissionId),
    [SOURCE_QUERY[target]]: String(id),
  });
}
