// The dispatcher says which kinds of data a call changed, so the renderer's cache asks again for
// exactly the results that read them (shared/api-effects.ts, renderer/src/api/cache.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { METHODS } from '../../shared/api';
import { EFFECTS, readsAny, type Effect } from '../../shared/api-effects';
import { memoryBackend } from './helpers';

const app = memoryBackend();
afterAll(() => app.close());

/** The read methods whose kept results a change of `method` makes the screens ask for again. */
function refreshedBy(method: keyof typeof EFFECTS): string[] {
  const effect: Effect = EFFECTS[method];
  const changed = 'changes' in effect ? effect.changes : [];
  return METHODS.filter((m) => readsAny(m, changed)).sort();
}

describe('what a call changed', () => {
  it('a change answers with the domains it touched; a read answers without', async () => {
    const catalogue = await app.dispatch('catalogue.get', {});
    expect(catalogue).toMatchObject({ ok: true });
    expect(catalogue).not.toHaveProperty('changed');
    if (!catalogue.ok) return;
    const task = (catalogue.value as { tasks: { id: number; output: string }[] }).tasks[0]!;
    const updated = await app.dispatch('tasks.update', {
      id: task.id,
      patch: { output: `${task.output} (đã sửa)` },
    });
    expect(updated).toMatchObject({ ok: true, changed: ['catalogue'] });
  });

  it('a refused change says nothing changed', async () => {
    const refused = await app.dispatch('tasks.update', { id: 999_999, patch: { output: 'x' } });
    expect(refused).toMatchObject({ ok: false });
    expect(refused).not.toHaveProperty('changed');
  });

  it('a committed import refreshes the dashboard, register, report and audit log, not the plan', () => {
    expect(refreshedBy('imports.commit')).toEqual([
      'audit.list',
      'reports.narrative',
      'status.get',
      'status.search',
      'status.task',
      'status.trace',
      'submissions.get',
      'submissions.register',
    ]);
  });

  it('a judgement refreshes the figures and the draft, a saved narrative only the report', () => {
    expect(refreshedBy('indicators.judge')).toEqual([
      'audit.list',
      'reports.narrative',
      'status.get',
      'status.search',
      'status.task',
    ]);
    expect(refreshedBy('reports.saveNarrative')).toEqual([
      'audit.list',
      'reports.get',
      'reports.narrative',
      'status.search',
      'status.task',
    ]);
  });

  it('a new due rule reaches every screen that shows a due date', () => {
    expect(refreshedBy('periods.updateRules')).toEqual([
      'audit.list',
      'periods.get',
      'periods.overview',
      'reports.get',
      'reports.narrative',
      'status.get',
      'status.search',
      'status.task',
      'submissions.register',
    ]);
  });

  it('a restored backup refreshes every kept result', () => {
    const reads = METHODS.filter((m) => {
      const effect: Effect = EFFECTS[m];
      return 'reads' in effect && effect.reads.length > 0;
    });
    expect(refreshedBy('backups.restore')).toEqual(reads.sort());
  });
});
