import type { CatalogueIndex } from '../../lib/catalogue-index';
import { parseRefKey } from '../../lib/assignees';

/** "Sở TT&TT đã sáp nhập vào Sở KH&CN." for each merged agency among the selected keys. */
export function mergedNote(keys: readonly string[] | undefined, index: CatalogueIndex): string {
  return (keys ?? [])
    .map(parseRefKey)
    .map((r) => (r?.type === 'agency' ? index.agencyById.get(r.id) : undefined))
    .filter((a) => a !== undefined && !a.active)
    .map((a) =>
      a!.successor
        ? `${a!.name} đã sáp nhập vào ${a!.current.name}; nhiệm vụ hiển thị ${a!.current.name}.`
        : `${a!.name} đã ngừng hoạt động.`,
    )
    .join(' ');
}
