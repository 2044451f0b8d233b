// A screen that fails while drawing (here: the backend answers with data of the wrong shape)
// shows a Vietnamese message and "Tải lại" instead of a blank window; the menu keeps working, and
// once the data is right again "Tải lại" brings the screen back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shot, startApp, type TestApp } from './harness';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

describe('a screen that fails', () => {
  it('says so in Vietnamese, leaves the menu working and recovers with "Tải lại"', async () => {
    const broken = '**/api/periods.overview';
    await page.route(broken, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ok: true, value: { unexpected: true } }),
      }),
    );
    await openScreen('Kỳ báo cáo');
    await page.getByText('Màn hình này gặp lỗi khi hiển thị').waitFor();
    expect(
      await page.getByText('Dữ liệu của bạn không bị ảnh hưởng', { exact: false }).count(),
    ).toBe(1);
    await shot(page, 'error-boundary', { fullPage: false });

    // The other screens still open.
    await openScreen('Nhiệm vụ');
    await page.getByRole('heading', { level: 3, name: 'Nhiệm vụ', exact: true }).waitFor();

    await openScreen('Kỳ báo cáo');
    await page.getByText('Màn hình này gặp lỗi khi hiển thị').waitFor();
    await page.unroute(broken);
    await page.getByRole('button', { name: 'Tải lại' }).click();
    await page.getByRole('heading', { level: 3, name: 'Kỳ báo cáo', exact: true }).waitFor();
    expect(await page.getByText('Màn hình này gặp lỗi khi hiển thị').count()).toBe(0);
  });

  it('whose code went away with an update (browser left open) reloads once and opens', async () => {
    // Screens load their code on first use; a rebuild renames those files.
    let asked = 0;
    await page.route(/\/assets\/AuditScreen-[^/]+\.js$/, (route) =>
      asked++ === 0 ? route.fulfill({ status: 404, body: '' }) : route.continue(),
    );
    await openScreen('Nhật ký thay đổi');
    await page.getByRole('heading', { level: 3, name: 'Nhật ký thay đổi', exact: true }).waitFor();
    expect(asked).toBe(2);
    expect(await page.getByText('Màn hình này gặp lỗi khi hiển thị').count()).toBe(0);
  });
});
