import { Checkbox, Segmented, Select } from 'antd';
import { useCatalogue } from '../../data/catalogue-context';
import { agencyFilterOptions } from '../../lib/agency-options';
import { foldedSearch } from '../../lib/select-search';
import type { TaskFilter } from './task-filter';
import { Q } from '../../routing/routes';
import type { QueryPatch } from '../../routing/hash-location';
import { GroupSelect } from '../../components/GroupSelect';
import { SearchBox } from '../../components/SearchBox';
import { Toolbar } from '../../components/Toolbar';

interface Props {
  filter: TaskFilter;
  setQuery: (patch: QueryPatch) => void;
}

export function TaskFilterBar({ filter, setQuery }: Props) {
  const { index } = useCatalogue();
  return (
    <Toolbar>
      <SearchBox
        label="Tìm nhiệm vụ"
        placeholder="Tìm theo mã, nội dung, cơ quan…"
        value={filter.search}
        onChange={(v) => setQuery({ [Q.search]: v })}
      />
      <GroupSelect value={filter.group} onChange={(v) => setQuery({ [Q.group]: v })} />
      <Select
        className="toolbar-agency"
        aria-label="Lọc theo đơn vị"
        placeholder="Tất cả đơn vị"
        allowClear
        showSearch={foldedSearch}
        value={filter.agencyId ?? undefined}
        onChange={(v?: number) => setQuery({ [Q.agency]: v === undefined ? null : String(v) })}
        options={agencyFilterOptions(index)}
        popupMatchSelectWidth={420}
        notFoundContent="Không có đơn vị nào khớp"
      />
      {filter.agencyId !== null ? (
        <>
          <Segmented
            aria-label="Vai trò của đơn vị"
            value={filter.leadOnly ? 'lead' : 'any'}
            onChange={(v) => setQuery({ [Q.role]: v === 'lead' ? 'chu-tri' : null })}
            options={[
              { value: 'any', label: 'Chủ trì hoặc phối hợp' },
              { value: 'lead', label: 'Chỉ chủ trì' },
            ]}
          />
          <Checkbox
            checked={filter.includeShared}
            onChange={(e) => setQuery({ [Q.shared]: e.target.checked ? '1' : null })}
          >
            Tính cả nhiệm vụ giao chung (“Các sở, ban, ngành”…)
          </Checkbox>
        </>
      ) : null}
    </Toolbar>
  );
}
