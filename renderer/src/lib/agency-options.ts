// Options for agency pickers: searchable without diacritics, merged agencies marked as such.
import type { Agency, AssignmentGroup } from '../../../shared/domain/types';
import { agencySearchText } from './agency-labels';
import type { CatalogueIndex } from './catalogue-index';

export interface PickOption {
  value: string | number;
  label: string;
  /** What the search box looks in: name, short name, aliases. */
  search: string;
}

export interface PickGroup {
  label: string;
  options: PickOption[];
}

function inactiveLabel(a: Agency): string {
  return a.successor
    ? `${a.name} (đã sáp nhập vào ${a.current.name})`
    : `${a.name} (ngừng hoạt động)`;
}

function agencyOption<V extends string | number>(a: Agency, value: V): PickOption {
  return {
    value,
    label: a.active ? a.name : inactiveLabel(a),
    search: agencySearchText(a),
  };
}

/** For filters: every agency, the merged ones in their own group (the plan still names them). */
export function agencyFilterOptions(index: CatalogueIndex): PickGroup[] {
  const inactive = index.sortedAgencies.filter((a) => !a.active);
  const groups: PickGroup[] = [
    {
      label: 'Đơn vị đang hoạt động',
      options: index.activeAgencies.map((a) => agencyOption(a, a.id)),
    },
  ];
  if (inactive.length > 0)
    groups.push({
      label: 'Đơn vị đã sáp nhập, ngừng hoạt động',
      options: inactive.map((a) => agencyOption(a, a.id)),
    });
  return groups;
}

/**
 * For editing a task's lead or partners: the collective groups, the active agencies, and inactive
 * agencies only where the task still names them (new work goes to the successor).
 */
export function assigneeOptions(
  index: CatalogueIndex,
  groups: readonly AssignmentGroup[],
  selected: readonly string[],
): PickGroup[] {
  const kept = index.sortedAgencies.filter((a) => !a.active && selected.includes(`agency:${a.id}`));
  const short = (a: (typeof kept)[number]): PickOption => ({
    value: `agency:${a.id}`,
    label: `${a.name} (đã sáp nhập)`,
    search: agencySearchText(a),
  });
  const result: PickGroup[] = [
    {
      label: 'Nhóm cơ quan (giao chung)',
      options: groups.map((g) => ({ value: `group:${g.id}`, label: g.name, search: g.name })),
    },
    {
      label: 'Đơn vị',
      options: index.activeAgencies.map((a) => agencyOption(a, `agency:${a.id}`)),
    },
  ];
  if (kept.length > 0)
    result.push({
      label: 'Đơn vị đã sáp nhập (kế hoạch còn ghi)',
      options: kept.map(short),
    });
  return result;
}

/** For a single monitoring agency: active agencies, plus the current one if it is inactive. */
export function singleAgencyOptions(index: CatalogueIndex, currentId: number | null): PickGroup[] {
  const current = currentId === null ? undefined : index.agencyById.get(currentId);
  const groups: PickGroup[] = [
    { label: 'Đơn vị', options: index.activeAgencies.map((a) => agencyOption(a, a.id)) },
  ];
  if (current && !current.active)
    groups.push({ label: 'Đơn vị đã sáp nhập', options: [agencyOption(current, current.id)] });
  return groups;
}
