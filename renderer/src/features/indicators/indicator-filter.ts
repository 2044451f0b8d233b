// Which indicators a filter shows. Sub-rows (6.1, 6.2…) keep their parent row (6) above them as a
// heading, so a filtered list never shows a sub-row without its context.
import type { Indicator } from '../../../../shared/domain/types';
import type { CatalogueIndex } from '../../lib/catalogue-index';
import { matchesWords } from '../../lib/search';

export interface IndicatorFilter {
  search: string;
  agencyId: number | null;
  horizon: number | null;
}

function indicatorMatchesSearch(i: Indicator, search: string): boolean {
  if (search.trim() === '') return true;
  const fields = [
    i.code,
    i.text,
    i.unit,
    i.target?.text ?? '',
    i.agencyText,
    i.agency?.name ?? '',
    i.agency?.currentName ?? '',
  ];
  return fields.some((f) => matchesWords(f, search));
}

function matchesOwn(i: Indicator, filter: IndicatorFilter, index: CatalogueIndex): boolean {
  if (filter.horizon !== null && i.horizon !== filter.horizon) return false;
  if (
    filter.agencyId !== null &&
    (!i.agency || !index.chain(i.agency.id).includes(filter.agencyId))
  )
    return false;
  return indicatorMatchesSearch(i, filter.search);
}

export interface IndicatorRow {
  indicator: Indicator;
  /** A parent row (6, 13): a heading without its own target. */
  heading: boolean;
  /** Shown only as the heading of matching sub-rows, not because it matches itself. */
  contextOnly: boolean;
}

export function filterIndicators(
  list: readonly Indicator[],
  filter: IndicatorFilter,
  index: CatalogueIndex,
): IndicatorRow[] {
  const parents = new Set(list.map((i) => i.parent).filter((p): p is string => p !== null));
  const own = new Set(list.filter((i) => matchesOwn(i, filter, index)).map((i) => i.id));
  const neededParents = new Set(
    list.filter((i) => own.has(i.id) && i.parent !== null).map((i) => i.parent),
  );
  const rows: IndicatorRow[] = [];
  for (const i of list) {
    const heading = parents.has(i.code);
    if (own.has(i.id)) rows.push({ indicator: i, heading, contextOnly: false });
    else if (heading && neededParents.has(i.code))
      rows.push({ indicator: i, heading, contextOnly: true });
  }
  // A heading that matched by itself keeps its sub-rows, so "6" never shows alone.
  const headingsShown = new Set(
    rows.filter((r) => r.heading && !r.contextOnly).map((r) => r.indicator.code),
  );
  if (headingsShown.size === 0) return rows;
  return list
    .filter(
      (i) =>
        rows.some((r) => r.indicator.id === i.id) ||
        (i.parent !== null && headingsShown.has(i.parent) && matchesScope(i, filter, index)),
    )
    .map(
      (i) =>
        rows.find((r) => r.indicator.id === i.id) ?? {
          indicator: i,
          heading: parents.has(i.code),
          contextOnly: false,
        },
    );
}

/** Horizon and agency only (a sub-row under a heading the search found). */
function matchesScope(i: Indicator, filter: IndicatorFilter, index: CatalogueIndex): boolean {
  return matchesOwn(i, { ...filter, search: '' }, index);
}
