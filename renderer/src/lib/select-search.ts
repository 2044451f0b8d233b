import { matchesSearch } from '../../../shared/domain/text';

/** antd Select search that ignores case and diacritics, over an option's `search` text. */
export const foldedSearch = {
  filterOption: (input: string, option?: { search?: string; label?: unknown }) =>
    matchesSearch(option?.search ?? String(option?.label ?? ''), input),
};
