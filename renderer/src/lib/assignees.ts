// How lead and partner lists read on screen: current agency names, with the plan's old name after
// a merger ("Sở Khoa học và Công nghệ (trước: Sở Thông tin và Truyền thông)").
import type { AssigneeRef } from '../../../shared/api';
import type { Assignee } from '../../../shared/domain/types';

export interface AssigneeLine {
  key: string;
  name: string;
  /** Names written in the plan that now belong to `name` (mergers). */
  former: string[];
  isGroup: boolean;
  /** Agency ids the plan links on this line (the current agency and merged ones). */
  agencyIds: number[];
}

/**
 * One line per agency that carries the work today: two links that now lead to the same agency
 * (`Sở TT&TT` and `Sở KH&CN` after their merger) are shown once.
 */
export function assigneeLines(list: readonly Assignee[]): AssigneeLine[] {
  const lines: AssigneeLine[] = [];
  const byCurrent = new Map<number, AssigneeLine>();
  for (const a of list) {
    if (a.type === 'group') {
      lines.push({ key: `group:${a.id}`, name: a.name, former: [], isGroup: true, agencyIds: [] });
      continue;
    }
    let line = byCurrent.get(a.currentId);
    if (!line) {
      line = {
        key: `agency:${a.currentId}`,
        name: a.currentName,
        former: [],
        isGroup: false,
        agencyIds: [],
      };
      byCurrent.set(a.currentId, line);
      lines.push(line);
    }
    line.agencyIds.push(a.id);
    if (a.id !== a.currentId && !line.former.includes(a.name)) line.former.push(a.name);
  }
  return lines;
}

/** Every name a search should find an assignee list by: today's names and the plan's names. */
export function assigneeNames(list: readonly Assignee[]): string[] {
  return list.flatMap((a) => (a.type === 'agency' ? [a.name, a.currentName] : [a.name]));
}

/** Select value of an assignee: `agency:5`, `group:1`. */
function refKey(ref: { type: 'agency' | 'group'; id: number }): string {
  return `${ref.type}:${ref.id}`;
}

export function parseRefKey(key: string): AssigneeRef | null {
  const m = /^(agency|group):(\d+)$/.exec(key);
  return m ? { type: m[1] as AssigneeRef['type'], id: Number(m[2]) } : null;
}

export function refKeys(list: readonly Assignee[]): string[] {
  return list.map(refKey);
}

export function toRefs(keys: readonly string[]): AssigneeRef[] {
  return keys.map(parseRefKey).filter((r): r is AssigneeRef => r !== null);
}
