// Which tasks a filter shows: search ignoring case and diacritics, group, agency and role.
import type { Agency, Assignee, Task } from '../../../../shared/domain/types';
import { foldVietnamese } from '../../../../shared/domain/text';
import { assigneeNames } from '../../lib/assignees';
import type { CatalogueIndex } from '../../lib/catalogue-index';
import { foldedHasWords, searchWords } from '../../lib/search';

export interface TaskFilter {
  search: string;
  group: string | null;
  agencyId: number | null;
  /** Only tasks the agency leads (chủ trì), not those it cooperates on. */
  leadOnly: boolean;
  /** Also tasks given to a collective group the agency belongs to ("Các sở, ban, ngành"). */
  includeShared: boolean;
}

/**
 * A task matches the search when one of its fields holds every word of it (at word starts,
 * ignoring case and diacritics): the code, the task text, the output, the plan's lead/partner
 * wording, or one agency's name (today's or the plan's). Field by field, so "so noi vu" finds
 * Sở Nội vụ rather than a task that happens to say "cơ sở", "nội dung" and "dịch vụ" in
 * different places.
 */
function taskMatchesSearch(task: Task, search: string, index: CatalogueIndex): boolean {
  if (search.trim() === '') return true;
  const words = searchWords(search);
  if (words.length === 0) return true;
  return foldedFields(task, index).some((f) => foldedHasWords(f, words));
}

// Each task's search fields folded once per catalogue load (a new index) and per task version
// (an edited task is a new object): typing then only scans, 750 tasks × ten fields a keystroke.
const folded = new WeakMap<CatalogueIndex, WeakMap<Task, string[]>>();

function foldedFields(task: Task, index: CatalogueIndex): string[] {
  let byTask = folded.get(index);
  if (!byTask) folded.set(index, (byTask = new WeakMap()));
  let fields = byTask.get(task);
  if (!fields) byTask.set(task, (fields = searchFields(task, index).map(foldVietnamese)));
  return fields;
}

/**
 * Also each linked agency's short name and aliases, so "KH&CN" finds Sở KH&CN's tasks. The code
 * comes first: `rankBySearch` puts the task whose code was typed on top.
 */
function searchFields(task: Task, index: CatalogueIndex): string[] {
  const otherNames = [...task.lead, ...task.partners].flatMap((a) => {
    if (a.type !== 'agency') return [];
    return [a.id, a.currentId].flatMap((id) => {
      const agency = index.agencyById.get(id);
      return agency ? [agency.shortName ?? '', ...agency.aliases] : [];
    });
  });
  return [
    task.code,
    task.text,
    task.output,
    task.leadText,
    task.partnersText,
    ...assigneeNames(task.lead),
    ...assigneeNames(task.partners),
    ...otherNames.filter((n) => n !== ''),
  ];
}

/**
 * Search results in plan order, except that the task whose code was typed ("I.6", not III.6 or
 * VI.6) comes first, then tasks where the words stand together as typed ("Sở Nội vụ"), then tasks
 * where they are scattered over a field ("cơ sở … nội dung … dịch vụ").
 */
export function rankBySearch(
  tasks: readonly Task[],
  search: string,
  index: CatalogueIndex,
): Task[] {
  const phrase = foldVietnamese(search);
  if (phrase === '') return [...tasks];
  const rank = (t: Task) => {
    const fields = foldedFields(t, index);
    if (fields[0] === phrase) return 0; // the code comes first
    return fields.some((f) => f.includes(phrase)) ? 1 : 2;
  };
  return tasks
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.t);
}

function involves(
  list: readonly Assignee[],
  agency: Agency,
  index: CatalogueIndex,
  includeShared: boolean,
): boolean {
  return list.some((a) => {
    if (a.type === 'agency') return index.chain(a.id).includes(agency.id);
    if (!includeShared) return false;
    return index.assignmentGroupById.get(a.id)?.memberKinds.includes(agency.kind) ?? false;
  });
}

export function taskMatches(task: Task, filter: TaskFilter, index: CatalogueIndex): boolean {
  if (filter.group && task.group !== filter.group) return false;
  if (filter.agencyId !== null) {
    const agency = index.agencyById.get(filter.agencyId);
    if (!agency) return false;
    const lists = filter.leadOnly ? [task.lead] : [task.lead, task.partners];
    if (!lists.some((l) => involves(l, agency, index, filter.includeShared))) return false;
  }
  return taskMatchesSearch(task, filter.search, index);
}
