import {
  Card,
  Empty,
  Segmented,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo } from 'react';
import { Highlight } from '../../components/Highlight';
import { IndicatorDrawer } from './IndicatorDrawer';
import { ScreenHeader } from '../../components/ScreenHeader';
import { ResultCount, Toolbar } from '../../components/Toolbar';
import { SearchBox } from '../../components/SearchBox';
import { useCatalogue } from '../../data/catalogue-context';
import { agencyFilterOptions } from '../../lib/agency-options';
import { filterIndicators, type IndicatorFilter, type IndicatorRow } from './indicator-filter';
import { horizonLabel } from '../../../../shared/domain/status-labels';
import { foldedSearch } from '../../lib/select-search';
import { targetTag } from '../../lib/target-label';
import { usePager } from '../../lib/use-pager';
import { Q } from '../../routing/routes';
import { useHashRoute } from '../../routing/use-hash-route';
import { clickableRow } from '../../lib/clickable-row';

function readFilter(query: URLSearchParams): IndicatorFilter {
  const agencyId = Number(query.get(Q.agency));
  const horizon = Number(query.get(Q.horizon));
  return {
    search: query.get(Q.search) ?? '',
    agencyId: Number.isInteger(agencyId) && agencyId > 0 ? agencyId : null,
    horizon: Number.isInteger(horizon) && horizon > 0 ? horizon : null,
  };
}

export function IndicatorsScreen() {
  const { catalogue, index } = useCatalogue();
  const { query, setQuery } = useHashRoute();
  const filter = readFilter(query);
  const list = useMemo(
    () =>
      catalogue.indicators
        .filter((i) => !index.plan || i.planId === index.plan.id)
        .sort((a, b) => a.position - b.position),
    [catalogue.indicators, index.plan],
  );
  const horizons = [...new Set(list.map((i) => i.horizon))].sort();
  const rows = filterIndicators(list, filter, index);
  const parents = new Set(list.map((i) => i.parent));
  const total = list.filter((i) => !parents.has(i.code)).length;
  const shown = rows.filter((r) => !r.heading).length;
  const filtered =
    filter.search.trim() !== '' || filter.agencyId !== null || filter.horizon !== null;
  const pager = usePager(JSON.stringify(filter), 'dòng', 50);
  const openCode = query.get(Q.open);
  const open = openCode ? (list.find((i) => i.code === openCode) ?? null) : null;
  const q = filter.search;

  const columns: TableColumnsType<IndicatorRow> = [
    {
      title: 'Mã',
      width: 66,
      render: (_, r) => (
        <span className={r.indicator.parent ? 'indent' : undefined}>
          <Highlight text={r.indicator.code} query={q} />
        </span>
      ),
    },
    {
      title: 'Chỉ tiêu',
      render: (_, r) => (
        <div className={r.indicator.parent ? 'indent' : r.heading ? 'heading-cell' : undefined}>
          <Highlight text={r.indicator.text} query={q} />
        </div>
      ),
    },
    {
      title: 'Đơn vị tính',
      width: 110,
      render: (_, r) => <Highlight text={r.indicator.unit} query={q} />,
    },
    {
      title: 'Mục tiêu',
      width: 190,
      render: (_, r) => {
        const t = r.indicator.target;
        if (!t) return null;
        const tag = targetTag(t);
        return (
          <div className="target-cell">
            {tag ? (
              <Tag color={t.op === 'text' ? 'default' : 'blue'} className="target-tag">
                {tag}
              </Tag>
            ) : null}
            {t.op === 'text' || t.qualifier || !/^[\d\s≥≤<>=,.%-]+$/u.test(t.text) ? (
              <Typography.Text type="secondary" className="target-text">
                <Highlight text={t.text} query={q} />
              </Typography.Text>
            ) : null}
          </div>
        );
      },
    },
    {
      title: 'Cơ quan theo dõi',
      width: 210,
      render: (_, r) => {
        const a = r.indicator.agency;
        if (!a)
          return r.heading ? null : <Typography.Text type="secondary">Chưa giao</Typography.Text>;
        return (
          <Tooltip
            title={r.indicator.agencyText ? `Ghi trong kế hoạch: ${r.indicator.agencyText}` : null}
          >
            <span>
              <Highlight text={a.currentName} query={q} />
              {a.id !== a.currentId ? (
                <Typography.Text type="secondary">
                  {' '}
                  (trước: <Highlight text={a.name} query={q} />)
                </Typography.Text>
              ) : null}
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: 'Giai đoạn',
      width: 110,
      render: (_, r) => horizonLabel(r.indicator.horizon),
    },
  ];

  return (
    <>
      <ScreenHeader
        title="Chỉ tiêu"
        description="Các chỉ tiêu của kế hoạch; chỉ tiêu 6 và 13 là nhóm, các dòng con thụt vào bên dưới. Tìm kiếm không cần gõ dấu; bấm vào một dòng để sửa."
      />
      <Card>
        <Toolbar>
          <SearchBox
            label="Tìm chỉ tiêu"
            placeholder="Tìm theo mã, tên chỉ tiêu, cơ quan…"
            value={filter.search}
            onChange={(v) => setQuery({ [Q.search]: v })}
          />
          <Select
            className="toolbar-agency"
            aria-label="Lọc theo cơ quan theo dõi"
            placeholder="Tất cả cơ quan theo dõi"
            allowClear
            showSearch={foldedSearch}
            value={filter.agencyId ?? undefined}
            onChange={(v?: number) => setQuery({ [Q.agency]: v === undefined ? null : String(v) })}
            options={agencyFilterOptions(index)}
            popupMatchSelectWidth={420}
            notFoundContent="Không có đơn vị nào khớp"
          />
          <Segmented
            aria-label="Giai đoạn"
            value={filter.horizon === null ? 'all' : String(filter.horizon)}
            onChange={(v) => setQuery({ [Q.horizon]: v === 'all' ? null : String(v) })}
            options={[
              { value: 'all', label: 'Tất cả giai đoạn' },
              ...horizons.map((h) => ({ value: String(h), label: horizonLabel(h) })),
            ]}
          />
        </Toolbar>
        <ResultCount
          shown={shown}
          total={total}
          noun="chỉ tiêu"
          filtered={filtered}
          onClear={() => setQuery({ [Q.search]: null, [Q.agency]: null, [Q.horizon]: null })}
        />
        <Table<IndicatorRow>
          rowKey={(r) => r.indicator.id}
          columns={columns}
          dataSource={rows}
          size="small"
          sticky={{ offsetHeader: 56 }}
          scroll={{ x: 940 }}
          pagination={pager}
          rowClassName={(r) =>
            ['clickable-row', r.heading ? 'heading-row' : '', r.contextOnly ? 'context-row' : '']
              .filter(Boolean)
              .join(' ')
          }
          onRow={(r) => clickableRow(() => setQuery({ [Q.open]: r.indicator.code }))}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="Không có chỉ tiêu nào khớp với bộ lọc. Hãy thử bỏ bớt điều kiện lọc."
              />
            ),
          }}
        />
      </Card>
      <IndicatorDrawer indicator={open} onClose={() => setQuery({ [Q.open]: null })} />
    </>
  );
}
