import { WarningOutlined } from '@ant-design/icons';
import { Checkbox, Empty, Input, Select, Table, Tooltip, Typography } from 'antd';
import { GroupSelect } from '../../components/GroupSelect';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { overdueWithoutReport } from '../../../../shared/domain/status';
import { TASK_STATUS_LABEL, TASK_STATUS_ORDER } from '../../../../shared/domain/status-labels';
import type { TaskStatus, TaskStatusRow } from '../../../../shared/domain/types';
import { AssigneeCell } from '../../components/AssigneeCell';
import { Highlight } from '../../components/Highlight';
import { SourceTrace } from '../../components/SourceTrace';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { useCatalogue } from '../../data/catalogue-context';
import { deadlineNote } from '../../lib/deadline-label';
import { useApiQuery } from '../../api/queries';
import { RQ } from '../../lib/report-links';
import { foldedSearch } from '../../lib/select-search';
import { TASK_STATUS_TONE } from '../../lib/status-colors';
import {
  countByLeadAgency,
  parseId,
  parseTaskStatus,
  taskRowMatchesExceptStatus,
  type TaskStatusFilter,
} from '../../lib/status-filter';
import { usePager } from '../../lib/use-pager';
import type { QueryPatch } from '../../routing/hash-location';
import { ClampedText } from './ClampedText';
import { ReportResults, type PartnerSource } from './ReportResults';
import { TaskStatusTag, ToneDot } from '../../components/StatusTag';

function readTaskFilter(query: URLSearchParams): TaskStatusFilter {
  return {
    search: query.get(RQ.search) ?? '',
    status: parseTaskStatus(query.get(RQ.status)),
    group: query.get(RQ.group) || null,
    agencyId: parseId(query.get(RQ.agency)),
    conflict: query.get(RQ.conflict) === '1',
  };
}

const CLEAR_TASK_FILTER: QueryPatch = {
  [RQ.search]: null,
  [RQ.status]: null,
  [RQ.group]: null,
  [RQ.agency]: null,
  [RQ.conflict]: null,
};

/**
 * Tasks matched by the words of lead reports the status did not ship (after a task's first three),
 * asked of the server once typing pauses; empty while there is nothing to ask.
 */
function useUnshippedLeadHits(
  rows: readonly TaskStatusRow[],
  source: PartnerSource,
  search: string,
): ReadonlySet<number> {
  const [settled, setSettled] = useState(search);
  useEffect(() => {
    const t = setTimeout(() => setSettled(search), 250);
    return () => clearTimeout(t);
  }, [search]);
  const ask =
    settled.trim() !== '' &&
    settled === search &&
    rows.some((r) => r.leadCount > r.leadReports.length);
  const loaded = useApiQuery('status.search', ask ? { ...source, query: settled } : null, {
    keepPrevious: true,
  });
  // Never another query's answer: while the new one loads, only the shipped reports count.
  const ids = ask && !loaded.loading ? loaded.value?.taskIds : undefined;
  return useMemo(() => new Set(ids ?? []), [ids]);
}

export function TasksTab(props: {
  rows: TaskStatusRow[];
  /** Where the rows' cooperating agencies' reports load from when a row opens them. */
  source: PartnerSource;
  query: URLSearchParams;
  setQuery: (patch: QueryPatch) => void;
}) {
  const { rows, source, query, setQuery } = props;
  const { index } = useCatalogue();
  const filter = readTaskFilter(query);
  const q = filter.search;
  const unshippedHits = useUnshippedLeadHits(rows, source, q);
  const base = rows.filter((r) => taskRowMatchesExceptStatus(r, filter, index, unshippedHits));
  const shown = filter.status === null ? base : base.filter((r) => r.status === filter.status);
  const countIn = (s: TaskStatus) => base.filter((r) => r.status === s).length;
  const conflicts = rows.filter((r) => r.conflict).length;
  const filtered =
    q.trim() !== '' ||
    filter.status !== null ||
    filter.group !== null ||
    filter.agencyId !== null ||
    filter.conflict;
  const pager = usePager(JSON.stringify(filter), 'nhiệm vụ', 50);

  const agencyOptions = useMemo(
    () =>
      countByLeadAgency(rows, index, (id, fallback) => index.agencyById.get(id)?.name ?? fallback)
        .map((a) => ({
          value: a.agencyId,
          label: `${a.name} (${a.total})`,
          search: a.name,
          name: a.name,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    [rows, index],
  );
  // A link from the dashboard may name an agency that leads nothing in this plan any more.
  const agencyChoices =
    filter.agencyId === null || agencyOptions.some((o) => o.value === filter.agencyId)
      ? agencyOptions
      : [
          ...agencyOptions,
          {
            value: filter.agencyId,
            label: `${index.agencyById.get(filter.agencyId)?.name ?? 'Đơn vị không còn trong danh mục'} (0)`,
            search: index.agencyById.get(filter.agencyId)?.name ?? '',
            name: '',
          },
        ];

  const columns: TableColumnsType<TaskStatusRow> = [
    {
      title: 'Mã',
      dataIndex: 'code',
      width: 58,
      render: (code: string) => <Highlight text={code} query={q} />,
    },
    {
      title: 'Nhiệm vụ',
      render: (_, r) => (
        <ClampedText rows={6} className="task-text">
          <Highlight text={r.text} query={q} />
        </ClampedText>
      ),
    },
    {
      title: 'Cơ quan chủ trì',
      width: 160,
      render: (_, r) => <AssigneeCell list={r.lead} search={q} focusAgencyId={filter.agencyId} />,
    },
    {
      title: 'Thời hạn',
      width: 112,
      render: (_, r) => {
        const note = deadlineNote(r.deadline);
        return (
          <>
            <div>
              {r.deadline.text || <Typography.Text type="secondary">Chưa ghi</Typography.Text>}
            </div>
            {note ? (
              <Typography.Text type="secondary" className="deadline-note">
                {note}
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      title: 'Tình trạng',
      width: 146,
      render: (_, r) => (
        <div className="status-cell">
          <SourceTrace
            target="task"
            id={r.taskId}
            submissionIds={r.leadSubmissionIds}
            what={`tình trạng nhiệm vụ ${r.code}`}
          >
            <TaskStatusTag status={r.status} />
          </SourceTrace>
          {overdueWithoutReport(r) ? (
            <span className="unreported-note">Chưa có báo cáo của cơ quan chủ trì</span>
          ) : null}
          {r.conflict ? (
            <Tooltip title="Các đơn vị cùng chủ trì báo cáo khác nhau về việc đã hoàn thành hay chưa; tình trạng được tính theo báo cáo chậm nhất. Xem từng báo cáo ở cột Kết quả.">
              <span className="conflict-note">
                <WarningOutlined /> Các đơn vị chủ trì báo cáo khác nhau
              </span>
            </Tooltip>
          ) : null}
        </div>
      ),
    },
    {
      title: 'Kết quả',
      width: '31%',
      render: (_, r) => (
        <ReportResults
          lead={r.leadReports}
          leadCount={r.leadCount}
          partnerCount={r.partnerCount}
          taskId={r.taskId}
          source={source}
          search={q}
        />
      ),
    },
  ];

  return (
    <>
      <div className="status-chips" role="group" aria-label="Lọc theo tình trạng">
        <button
          type="button"
          className={`status-chip${filter.status === null ? ' active' : ''}`}
          aria-pressed={filter.status === null}
          onClick={() => setQuery({ [RQ.status]: null })}
        >
          Tất cả <span className="chip-count">{base.length}</span>
        </button>
        {TASK_STATUS_ORDER.map((s) => (
          <button
            key={s}
            type="button"
            className={`status-chip${filter.status === s ? ' active' : ''}`}
            aria-pressed={filter.status === s}
            onClick={() => setQuery({ [RQ.status]: filter.status === s ? null : s })}
          >
            <ToneDot color={TASK_STATUS_TONE[s].solid} />
            {TASK_STATUS_LABEL[s]} <span className="chip-count">{countIn(s)}</span>
          </button>
        ))}
      </div>
      <Toolbar>
        <Input.Search
          className="toolbar-search"
          aria-label="Tìm nhiệm vụ"
          placeholder="Tìm theo mã, nội dung, đơn vị, kết quả…"
          allowClear
          value={filter.search}
          onChange={(e) => setQuery({ [RQ.search]: e.target.value })}
        />
        <GroupSelect value={filter.group} onChange={(v) => setQuery({ [RQ.group]: v })} />
        <Select
          className="toolbar-agency"
          aria-label="Lọc theo cơ quan chủ trì"
          placeholder="Tất cả cơ quan chủ trì"
          allowClear
          showSearch={foldedSearch}
          value={filter.agencyId ?? undefined}
          onChange={(v?: number) => setQuery({ [RQ.agency]: v === undefined ? null : String(v) })}
          options={agencyChoices}
          popupMatchSelectWidth={420}
          notFoundContent="Không có đơn vị nào khớp"
        />
        {conflicts > 0 || filter.conflict ? (
          <Checkbox
            checked={filter.conflict}
            onChange={(e) => setQuery({ [RQ.conflict]: e.target.checked ? '1' : null })}
          >
            Chỉ nhiệm vụ có báo cáo khác nhau ({conflicts})
          </Checkbox>
        ) : null}
      </Toolbar>
      <ResultCount
        shown={shown.length}
        total={rows.length}
        noun="nhiệm vụ"
        filtered={filtered}
        onClear={() => setQuery(CLEAR_TASK_FILTER)}
      />
      <Table<TaskStatusRow>
        rowKey="taskId"
        columns={columns}
        dataSource={shown}
        size="small"
        sticky={{ offsetHeader: 56 }}
        pagination={pager}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="Không có nhiệm vụ nào khớp với bộ lọc. Hãy thử bỏ bớt điều kiện lọc."
            />
          ),
        }}
      />
    </>
  );
}
