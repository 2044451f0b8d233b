import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Segmented,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { Agency } from '../../../../shared/domain/types';
import { compareVi } from '../../../../shared/domain/text';
import { AgencyDrawer, type AgencyTarget } from './AgencyDrawer';
import { AssignmentGroupsCard } from './AssignmentGroupsCard';
import { AliasTags } from './AliasTags';
import { Highlight } from '../../components/Highlight';
import { MergeAgencyModal } from './MergeAgencyModal';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { SearchBox } from '../../components/SearchBox';
import { useCatalogue } from '../../data/catalogue-context';
import { AGENCY_KIND_LABELS, agencySearchFields, agencyStatus } from '../../lib/agency-labels';
import { agencyUsage } from './agency-usage';
import { matchesWords } from '../../lib/search';
import { usePager } from '../../lib/use-pager';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import { clickableRow } from '../../lib/clickable-row';

type StatusFilter = 'all' | 'active' | 'inactive';

function readStatus(v: string | null): StatusFilter {
  return v === 'hoat-dong' ? 'active' : v === 'ngung' ? 'inactive' : 'all';
}

const STATUS_PARAM: Record<StatusFilter, string | null> = {
  all: null,
  active: 'hoat-dong',
  inactive: 'ngung',
};

export function AgenciesScreen() {
  const { catalogue, index } = useCatalogue();
  const { query, setQuery, navigate } = useHashRoute();
  const [merging, setMerging] = useState<Agency | null>(null);
  const search = query.get(Q.search) ?? '';
  const status = readStatus(query.get(Q.status));
  const all = index.sortedAgencies;
  const shown = all.filter(
    (a) =>
      (status === 'all' || a.active === (status === 'active')) &&
      agencySearchFields(a).some((f) => matchesWords(f, search)),
  );
  const pager = usePager(`${search}|${status}`, 'đơn vị', 50);
  const openParam = query.get(Q.open);
  const target: AgencyTarget =
    openParam === 'moi' ? 'new' : (all.find((a) => String(a.id) === openParam) ?? null);
  const open = (v: string | null) => setQuery({ [Q.open]: v });

  const columns: TableColumnsType<Agency> = [
    {
      title: 'Tên đơn vị',
      dataIndex: 'name',
      sorter: (a, b) => compareVi(a.name, b.name),
      render: (name: string, a) => (
        <>
          <div className={a.active ? 'agency-name' : 'agency-name inactive'}>
            <Highlight text={name} query={search} />
          </div>
          {a.shortName ? (
            <Typography.Text type="secondary" className="agency-short">
              Viết tắt: <Highlight text={a.shortName} query={search} />
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: 'Tên gọi khác',
      width: 220,
      render: (_, a) => <AliasTags aliases={a.aliases} search={search} />,
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      width: 125,
      render: (k: Agency['kind']) => AGENCY_KIND_LABELS[k],
    },
    {
      title: 'Trạng thái',
      width: 165,
      render: (_, a) =>
        a.active ? (
          <Tag color="green">{agencyStatus(a)}</Tag>
        ) : (
          <Typography.Text type="secondary">{agencyStatus(a)}</Typography.Text>
        ),
    },
    {
      title: 'Gửi báo cáo',
      dataIndex: 'reports',
      width: 78,
      align: 'center',
      render: (r: boolean) =>
        r ? 'Có' : <Typography.Text type="secondary">Không</Typography.Text>,
    },
    {
      title: 'Nhiệm vụ',
      width: 82,
      align: 'center',
      render: (_, a) => {
        // The count opens the task list, which shows the tracked plan.
        const n = agencyUsage(a.id, catalogue, index, index.plan?.id ?? null).tasks;
        if (n === 0) return <Typography.Text type="secondary">–</Typography.Text>;
        return (
          <Button
            type="link"
            size="small"
            aria-label={`Xem ${n} nhiệm vụ của ${a.name}`}
            onClick={(e) => {
              e.stopPropagation();
              navigate('nhiem-vu', { [Q.agency]: String(a.id) });
            }}
          >
            {n}
          </Button>
        );
      },
    },
    {
      title: '',
      width: 112,
      render: (_, a) =>
        a.active ? (
          <Button
            type="link"
            size="small"
            aria-label={`Sáp nhập ${a.name}`}
            onClick={(e) => {
              e.stopPropagation();
              setMerging(a);
            }}
          >
            Sáp nhập…
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <ScreenHeader
        title="Đơn vị"
        description="Các cơ quan, đơn vị được giao nhiệm vụ và gửi báo cáo. Tên gọi khác giúp nhận ra đơn vị trong tệp báo cáo gửi về. Bấm vào một dòng để sửa."
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => open('moi')}>
            Thêm đơn vị
          </Button>
        }
      />
      <Card className="block">
        <Toolbar>
          <SearchBox
            label="Tìm đơn vị"
            placeholder="Tìm theo tên, tên viết tắt, tên gọi khác…"
            value={search}
            onChange={(v) => setQuery({ [Q.search]: v })}
          />
          <Segmented
            aria-label="Trạng thái"
            value={status}
            onChange={(v) => setQuery({ [Q.status]: STATUS_PARAM[v as StatusFilter] })}
            options={[
              { value: 'all', label: 'Tất cả' },
              { value: 'active', label: 'Đang hoạt động' },
              { value: 'inactive', label: 'Đã sáp nhập, ngừng hoạt động' },
            ]}
          />
        </Toolbar>
        <ResultCount
          shown={shown.length}
          total={all.length}
          noun="đơn vị"
          filtered={search.trim() !== '' || status !== 'all'}
          onClear={() => setQuery({ [Q.search]: null, [Q.status]: null })}
        />
        <Table<Agency>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          size="small"
          sticky={{ offsetHeader: 56 }}
          scroll={{ x: 1020 }}
          pagination={pager}
          rowClassName={(a) => (a.active ? 'clickable-row' : 'clickable-row inactive-row')}
          onRow={(a) => clickableRow(() => open(String(a.id)))}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="Không có đơn vị nào khớp với bộ lọc."
              />
            ),
          }}
        />
      </Card>
      <AssignmentGroupsCard />
      <AgencyDrawer target={target} onClose={() => open(null)} />
      <MergeAgencyModal agency={merging} onClose={() => setMerging(null)} />
    </>
  );
}
