// The Nhiệm vụ search folds each task's fields once per catalogue load instead of per keystroke:
// the same tasks in the same order as folding every field on every keystroke, on the seed plan
// and on the plan ten times bigger, and an edited task is found by its new words.
import { describe, expect, it } from 'vitest';
import { buildPlanTimesTen } from '../../bench/plan-times-ten';
import { buildIndex, type CatalogueIndex } from '../../renderer/src/lib/catalogue-index';
import { matchesWords } from '../../renderer/src/lib/search';
import {
  rankBySearch,
  taskMatches,
  type TaskFilter,
} from '../../renderer/src/features/tasks/task-filter';
import { foldVietnamese } from '../../shared/domain/text';
import type { Task } from '../../shared/domain/types';
import { memoryBackend } from './helpers';

const filter = (search: string): TaskFilter => ({
  search,
  group: null,
  agencyId: null,
  leadOnly: false,
  includeShared: false,
});

// The search as it was: every field folded for every task on every keystroke.
function plainFields(task: Task, index: CatalogueIndex): string[] {
  const other = [...task.lead, ...task.partners].flatMap((a) =>
    a.type !== 'agency'
      ? []
      : [a.id, a.currentId].flatMap((id) => {
          const agency = index.agencyById.get(id);
          return agency ? [agency.shortName ?? '', ...agency.aliases] : [];
        }),
  );
  const names = (list: Task['lead']) =>
    list.map((a) => (a.type === 'agency' ? a.currentName : a.name));
  return [
    task.code,
    task.text,
    task.output,
    task.leadText,
    task.partnersText,
    ...names(task.lead),
    ...names(task.partners),
    ...other.filter((n) => n !== ''),
  ];
}
function plainSearch(tasks: Task[], search: string, index: CatalogueIndex): number[] {
  const found = tasks.filter(
    (t) => search.trim() === '' || plainFields(t, index).some((f) => matchesWords(f, search)),
  );
  const phrase = foldVietnamese(search);
  if (phrase === '') return found.map((t) => t.id);
  const rank = (t: Task) =>
    foldVietnamese(t.code) === phrase
      ? 0
      : plainFields(t, index).some((f) => foldVietnamese(f).includes(phrase))
        ? 1
        : 2;
  return found
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.t.id);
}

const search = (tasks: Task[], q: string, index: CatalogueIndex) =>
  rankBySearch(
    tasks.filter((t) => taskMatches(t, filter(q), index)),
    q,
    index,
  ).map((t) => t.id);

/** What a user types, letter by letter, plus a few whole queries. */
const QUERIES = [
  ...['s', 'so', 'so ', 'so n', 'so noi', 'so noi v', 'so noi vu'],
  'Sở Nội vụ',
  'KH&CN',
  'I.6',
  'III.6',
  'chuyển đổi số',
  'CHUYEN DOI SO',
  'ha tang',
  'UBND',
  '2025',
  '',
  '   ',
];

describe('task search', () => {
  it('finds and orders the same tasks as folding on every keystroke, on both plans', async () => {
    const app = memoryBackend();
    const seed = await app.call('catalogue.get', {});
    const seedIndex = buildIndex(seed);
    for (const q of QUERIES)
      expect(search(seed.tasks, q, seedIndex), q).toEqual(plainSearch(seed.tasks, q, seedIndex));
    expect(search(seed.tasks, 'I.6', seedIndex)[0]).toBe(
      seed.tasks.find((t) => t.code === 'I.6')!.id,
    );
    expect(search(seed.tasks, 'so noi vu', seedIndex).length).toBeGreaterThan(0);

    buildPlanTimesTen(app.ctx.db, seed);
    const large = await app.call('catalogue.get', {});
    const index = buildIndex(large);
    expect(large.tasks).toHaveLength(750);
    for (const q of QUERIES)
      expect(search(large.tasks, q, index), q).toEqual(plainSearch(large.tasks, q, index));
    app.close();
  });

  it('finds an edited task by its new words (the edited task is a new object)', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    const index = buildIndex(c);
    expect(search(c.tasks, 'kỳ lân xanh', index)).toEqual([]);
    const edited = { ...c.tasks[3]!, text: 'Ươm tạo kỳ lân xanh của tỉnh' };
    const tasks = c.tasks.map((t) => (t.id === edited.id ? edited : t));
    expect(search(tasks, 'ky lan xanh', index)).toEqual([edited.id]);
    app.close();
  });
});
