import { Card, Empty, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { Task } from '../../../../shared/domain/types';
import { AssigneeCell } from '../../components/AssigneeCell';
import { Highlight } from '../../components/Highlight';
import { ScreenHeader } from '../../components/ScreenHeader';
import { TaskDrawer } from './TaskDrawer';
import { TaskFilterBar } from './TaskFilterBar';
import { ResultCount } from '../../components/Toolbar';
import { useCatalogue } from '../../data/catalogue-context';
import { deadlineNote } from '../../lib/deadline-label';
import { rankBySearch, taskMatches, type TaskFilter } from './task-filter';
import { usePager } from '../../lib/use-pager';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import { clickableRow } from '../../lib/clickable-row';

function readFilter(query: URLSearchParams): TaskFilter {
  const agencyId = Number(query.get(Q.agency));
  return {
    search: query.get(Q.search) ?? '',
    group: query.get(Q.group) || null,
    agencyId: Number.isInteger(agencyId) && agencyId > 0 ? agencyId : null,
    leadOnly: query.get(Q.role) === 'chu-tri',
    includeShared: query.get(Q.shared) === '1',
  };
}

export function TasksScreen() {
  const { catalogue, index } = useCatalogue();
  const { query, setQuery } = useHashRoute();
  const filter = readFilter(query);
  const planTasks = useMemo(
    () =>
      catalogue.tasks
        .filter((t) => !index.plan || t.planId === index.plan.id)
        .sort((a, b) => a.position - b.position),
    [catalogue.tasks, index.plan],
  );
  const shown = rankBySearch(
    planTasks.filter((t) => taskMatches(t, filter, index)),
    filter.search,
    index,
  );
  const filtered = filter.search.trim() !== '' || filter.group !== null || filter.agencyId !== null;
  const pager = usePager(JSON.stringify(filter), 'nhiệm vụ');
  const openCode = query.get(Q.open);
  const openTask = openCode ? (planTasks.find((t) => t.code === openCode) ?? null) : null;
  const q = filter.search;

  const columns: TableColumnsType<Task> = [
    {
      title: 'Mã',
      dataIndex: 'code',
      width: 76,
      render: (code: string, t) =>
        t.code.endsWith(`.${t.number}`) ? (
          <Highlight text={code} query={q} />
        ) : (
          <Tooltip title={`Kế hoạch in số thứ tự ${t.number}`}>
            <span>
              <Highlight text={code} query={q} />
            </span>
          </Tooltip>
        ),
    },
    {
      title: 'Nhiệm vụ',
      dataIndex: 'text',
      render: (_, t) => (
        <>
          <div className="task-text">
            <Highlight text={t.text} query={q} />
          </div>
          {t.output ? (
            <Typography.Text type="secondary" className="task-output">
              Sản phẩm: <Highlight text={t.output} query={q} />
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: 'Cơ quan chủ trì',
      width: 220,
      render: (_, t) => <AssigneeCell list={t.lead} search={q} focusAgencyId={filter.agencyId} />,
    },
    {
      title: 'Cơ quan phối hợp',
      width: 220,
      render: (_, t) => (
        <AssigneeCell list={t.partners} search={q} focusAgencyId={filter.agencyId} />
      ),
    },
    {
      title: 'Thời hạn',
      width: 150,
      render: (_, t) => {
        const note = deadlineNote(t.deadline);
        return (
          <>
            <div>
              {t.deadline.text || <Typography.Text type="secondary">Chưa ghi</Typography.Text>}
            </div>
            {note ? (
              <Typography.Text
                type={t.deadline.kind === 'none' ? 'danger' : 'secondary'}
                className="deadline-note"
              >
                {note}
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      title: 'Nhóm',
      dataIndex: 'group',
      width: 70,
      align: 'center',
      render: (code: string) => (
        <Tooltip title={index.groupByCode.get(code)?.title}>
          <Tag>{code}</Tag>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <ScreenHeader
        title="Nhiệm vụ"
        description="Danh mục nhiệm vụ của kế hoạch. Tìm kiếm không phân biệt chữ hoa, có dấu hay không dấu; bấm vào một dòng để xem và sửa."
      />
      <Card>
        <TaskFilterBar filter={filter} setQuery={setQuery} />
        <ResultCount
          shown={shown.length}
          total={planTasks.length}
          noun="nhiệm vụ"
          filtered={filtered}
          onClear={() =>
            setQuery({
              [Q.search]: null,
              [Q.group]: null,
              [Q.agency]: null,
              [Q.role]: null,
              [Q.shared]: null,
            })
          }
        />
        <Table<Task>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          size="small"
          sticky={{ offsetHeader: 56 }}
          scroll={{ x: 1000 }}
          pagination={pager}
          rowClassName="clickable-row"
          onRow={(t) => clickableRow(() => setQuery({ [Q.open]: t.code }))}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="Không có nhiệm vụ nào khớp với bộ lọc. Hãy thử bỏ bớt điều kiện lọc."
              />
            ),
          }}
        />
      </Card>
      <TaskDrawer task={openTask} onClose={() => setQuery({ [Q.open]: null })} />
    </>
  );
}
