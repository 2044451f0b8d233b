// The report screen's tabs that only show figures load the period's reports without the
// narrative; the narrative (drafted from every agency's words) comes with its own call.
import { afterAll, describe, expect, it } from 'vitest';
import { memoryBackend } from './helpers';

const PERIOD = '2025-Q3';
const app = memoryBackend();
afterAll(() => app.close());

describe('reports.get and reports.narrative', () => {
  it('the workspace holds no narrative; the draft comes from reports.narrative', async () => {
    const ws = await app.call('reports.get', { period: PERIOD });
    expect(ws).not.toHaveProperty('narrative');
    expect(ws.drafted).toBe(true);
    expect(ws.report).toBeNull();
    const drafted = await app.call('reports.narrative', { period: PERIOD });
    expect(drafted.drafted).toBe(true);
    expect(drafted.narrative.map((s) => s.key)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('once saved, the narrative is the saved one and the workspace says so, still without it', async () => {
    const { narrative } = await app.call('reports.narrative', { period: PERIOD });
    const edited = narrative.map((s, i) => (i === 0 ? { ...s, paragraphs: ['Đoạn đã sửa.'] } : s));
    const saved = await app.call('reports.saveNarrative', { period: PERIOD, narrative: edited });
    expect(saved.drafted).toBe(false);
    expect(saved.narrative[0]!.paragraphs).toEqual(['Đoạn đã sửa.']);
    expect(await app.call('reports.narrative', { period: PERIOD })).toEqual(saved);
    const ws = await app.call('reports.get', { period: PERIOD });
    expect(ws.drafted).toBe(false);
    expect(ws.report).not.toHaveProperty('narrative');
    expect(ws.history.every((r) => !('narrative' in r))).toBe(true);
    // Generating prints the saved narrative and keeps it.
    await app.call('reports.generate', { period: PERIOD });
    expect((await app.call('reports.narrative', { period: PERIOD })).narrative).toEqual(
      saved.narrative,
    );
  });

  it('redrafting replaces the saved narrative with a fresh draft, saved', async () => {
    const redrafted = await app.call('reports.redraft', { period: PERIOD });
    expect(redrafted.drafted).toBe(false);
    expect(redrafted.narrative[0]!.paragraphs).not.toEqual(['Đoạn đã sửa.']);
    const { entries } = await app.call('audit.list', { entity: 'report' });
    expect(entries.map((e) => e.action)).toContain('report.redraft');
  });
});
