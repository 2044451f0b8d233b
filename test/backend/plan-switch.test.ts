// Two plans in one database: the one chosen on the Kế hoạch screen is what forms, imports, status
// and reports work on; the choice survives a restart, and a form of the other plan is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/backend/logger';
import { SECOND_PLAN as META, secondPlanFile } from '../fixtures/second-plan';
import { snapshot } from './db-snapshot';
import { memoryBackend } from './helpers';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('the tracked plan', () => {
  it('is the seeded plan on a fresh install', async () => {
    const app = memoryBackend();
    const c = await app.call('catalogue.get', {});
    expect(c.plans).toHaveLength(1);
    expect(c.activePlanId).toBe(c.plans[0]!.id);
    app.close();
  });

  it('switches forms, status and reports to the chosen plan, and is remembered', async () => {
    dir = mkdtempSync(join(tmpdir(), 'plans-'));
    const dbPath = join(dir, 'db.sqlite');
    const app = memoryBackend({ dbPath, logger: silentLogger });
    const first = (await app.call('catalogue.get', {})).plans[0]!;
    const second = await app.call('plans.import', { file: await secondPlanFile(), plan: META });
    // Importing a plan does not change what is being tracked.
    expect((await app.call('catalogue.get', {})).activePlanId).toBe(first.id);
    expect((await app.call('status.get', { period: '2026-Q4' })).tasks).toHaveLength(75);

    const c = await app.call('plans.activate', { planId: second.id });
    expect(c.activePlanId).toBe(second.id);
    const status = await app.call('status.get', { period: '2026-Q4' });
    expect(status.tasks.map((t) => t.text)).toEqual([
      'Nâng cấp trung tâm dữ liệu tỉnh',
      'Phủ sóng 5G các trung tâm xã',
      'Số hóa hồ sơ lưu trữ',
    ]);
    const forms = await app.call('forms.generate', { period: '2026-Q4' });
    // Only the agencies leading or cooperating on the new plan's tasks get a form.
    expect(forms.files.length).toBeGreaterThan(0);
    expect(forms.files.length).toBeLessThanOrEqual(3);
    const drafted = await app.call('reports.narrative', { period: '2026-Q4' });
    expect(drafted.narrative.map((s) => s.paragraphs.join(' ')).join(' ')).not.toContain(
      'Nghị quyết số 57',
    );
    app.close();

    const reopened = memoryBackend({ dbPath, logger: silentLogger });
    expect((await reopened.call('catalogue.get', {})).activePlanId).toBe(second.id);
    reopened.close();
  });

  it('refuses a form made for the other plan, saying which plan to choose', async () => {
    const app = memoryBackend();
    const forms = await app.call('forms.generate', { period: '2025-Q3' });
    const second = await app.call('plans.import', { file: await secondPlanFile(), plan: META });
    await app.call('plans.activate', { planId: second.id });
    const preview = await app.call('imports.preview', {
      files: [{ name: forms.files[0]!.fileName, data: forms.files[0]!.data }],
    });
    const file = preview.files[0]!;
    expect(file.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(
          new RegExp(
            `^Biểu mẫu này được tạo cho kế hoạch "Thực hiện Nghị quyết số 03/NQ-CP.*", không phải kế hoạch đang theo dõi "${META.title}"\\.`,
          ),
        ),
      }),
    );
    const before = snapshot(app.ctx.db);
    const commit = await app.call('imports.commit', {
      previewId: preview.id,
      files: [{ fileId: file.fileId, acceptSuggested: true }],
    });
    expect(commit.files[0]!.ok).toBe(false);
    expect(snapshot(app.ctx.db)).toBe(before);
    app.close();
  });

  it('refuses a plan that does not exist and keeps the current one', async () => {
    const app = memoryBackend();
    const before = (await app.call('catalogue.get', {})).activePlanId;
    await expect(app.call('plans.activate', { planId: 999 })).rejects.toThrow(
      'Không tìm thấy kế hoạch này',
    );
    expect((await app.call('catalogue.get', {})).activePlanId).toBe(before);
    app.close();
  });
});
