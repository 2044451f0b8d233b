// Báo cáo tổng hợp: the status arrives without the cooperating agencies' reports; opening
// "Báo cáo của đơn vị phối hợp (N)" on a task loads its N reports (status.task). Kỳ báo cáo: the
// forms for every agency are made as a job whose progress shows while the backend works.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { quarterlyReports } from '../../bench/large-province';
import { createBackend } from '../../electron/backend/backend';
import { call } from '../../electron/backend/dispatch';
import { silentLogger } from '../../electron/backend/logger';
import { launchBrowser, openApp, shot, startApp, type TestApp } from './harness';

const PERIOD = '2025-Q3';
let app: TestApp;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  app = await startApp({
    prepare: async (dbPath) => {
      const b = createBackend({
        dbPath,
        transport: 'cli',
        logger: silentLogger,
        dailyBackup: false,
      });
      quarterlyReports(b.ctx.db, await call(b.dispatch, 'catalogue.get', {}), [PERIOD]);
      b.close();
    },
  });
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await openApp(browser, app);
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('cooperating agencies’ reports and the forms job', () => {
  it('loads a task’s cooperating agencies’ reports when they are opened', async () => {
    await page.goto(`${new URL(app.server.url).origin}/#/bao-cao-tong-hop?ky=${PERIOD}`);
    const summary = page.locator('details.report-partners > summary').first();
    await summary.waitFor();
    const n = Number(/\((\d+)\)/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(0);
    const details = page.locator('details.report-partners').first();
    await expect.poll(() => details.locator('li').count()).toBe(0);
    const asked = page.waitForRequest((r) => r.url().endsWith('/api/status.task'));
    await summary.click();
    await asked;
    await expect.poll(() => details.locator('li').count(), { timeout: 15_000 }).toBe(n);
    await details.scrollIntoViewIfNeeded();
    await shot(page, 'partner-reports-opened', { fullPage: false });
  }, 60_000);

  it('shows the forms job’s progress, then downloads one zip', async () => {
    await page.goto(`${new URL(app.server.url).origin}/#/ky-bao-cao?ky=${PERIOD}`);
    const button = page.getByRole('button', { name: 'Tạo biểu mẫu cho tất cả đơn vị' });
    await button.waitFor();
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await button.click();
    // On the button the user clicked: "Đang chuẩn bị biểu mẫu…", then counting up ("Đang tạo
    // biểu mẫu 12/22…") — on this plan the forms take well under a second, so the count may not
    // be polled before the job ends; the first words always show.
    await page
      .getByRole('button', { name: /Đang (chuẩn bị biểu mẫu|tạo biểu mẫu \d+\/\d+)…/ })
      .waitFor({ timeout: 30_000 });
    await shot(page, 'forms-job-progress', { fullPage: false });
    expect((await download).suggestedFilename()).toBe(`BieuMau_${PERIOD}.zip`);
  }, 120_000);
});
