// Backups from Cài đặt: make one now, change something, restore it, and see the change gone.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { openedDialog, toast } from './ui-helpers';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  page.setDefaultTimeout(10_000);
  watchProblems(page, problems);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

function backupRows() {
  return page.getByRole('table', { name: 'Các bản sao lưu' }).locator('tbody tr.ant-table-row');
}

describe('Sao lưu và khôi phục', () => {
  it('sao lưu ngay, sửa dữ liệu, khôi phục bản vừa sao lưu: dữ liệu trở lại như trước', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('heading', { level: 3, name: 'Cài đặt' }).waitFor();
    // The daily backup made when the app started.
    await expect.poll(() => backupRows().count()).toBe(1);
    expect(await backupRows().first().textContent()).toContain('Hằng ngày');

    // A second copy on a "USB drive".
    const usb = join(app.dir, 'usb');
    mkdirSync(usb);
    await page.getByLabel('Thư mục chép thêm').fill(usb);
    await page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await toast(page, `Từ nay mỗi bản sao lưu được chép thêm vào ${usb}`).waitFor();

    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await toast(page, 'Đã sao lưu').waitFor();
    await expect.poll(() => backupRows().count()).toBe(2);
    expect(readdirSync(usb).filter((n) => n.endsWith('_manual.db'))).toHaveLength(1);
    const manual = backupRows().filter({ hasText: 'Sao lưu thủ công' });
    expect(await manual.textContent()).toMatch(/\d\d\/\d\d\/\d{4} \d\d:\d\d/);
    await shot(page, 'backups');

    await page.getByLabel('Địa danh').fill('Điện Biên');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await toast(page, 'Đã lưu cài đặt').waitFor();

    await manual.getByRole('button', { name: 'Khôi phục…' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Khôi phục bản sao lưu này?' });
    await openedDialog(confirm);
    await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    const done = page.getByRole('dialog').filter({ hasText: 'Đã khôi phục dữ liệu' });
    await openedDialog(done);
    expect(await done.textContent()).toMatch(
      /Đã khôi phục bản sao lưu lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \(sao lưu thủ công, 0 báo cáo của đơn vị, 0 báo cáo tổng hợp\)\. Dữ liệu ngay trước khi khôi phục đã được sao lưu thành .*_pre-restore\.db\./,
    );
    await shot(page, 'backups-restored');
    await done.getByRole('button', { name: 'Tải lại ứng dụng' }).click();

    await page.getByRole('heading', { level: 3, name: 'Cài đặt' }).waitFor();
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Lai Châu');
    await expect.poll(() => backupRows().count()).toBe(3);
    expect(await backupRows().first().textContent()).toContain('Trước khi khôi phục');
    expect(problems).toEqual([]);
  });
});
