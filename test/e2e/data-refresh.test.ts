// One data layer (renderer/src/api/): a change made on one screen shows on the others without
// reloading the page, and the report's drafted narrative is asked for only by the tab that edits it.
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';

const PERIOD = '2025-Q3';
const FILE = 'SoNoiVu_BC_Q3_2025.xlsx';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];
/** The backend methods the page called, in order. */
const calls: string[] = [];

async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

/** A count tile of the dashboard ("Chưa báo cáo: 23"). */
async function tile(label: string): Promise<number> {
  const link = page.getByRole('link', { name: new RegExp(`^${label}: \\d+$`) });
  return Number(((await link.getAttribute('aria-label')) ?? '').split(': ')[1]);
}

/** A count card of the register ("Chưa báo cáo: 23"). */
async function registerCount(title: string): Promise<number> {
  const card = page.getByRole('button', { name: new RegExp(`^${title}: \\d+$`) });
  return Number(((await card.getAttribute('aria-label')) ?? '').split(': ')[1]);
}

/** Still the page first opened: nothing reloaded it. */
async function samePage(): Promise<boolean> {
  return page.evaluate(() => 'thbcNotReloaded' in window);
}

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
  page.on('request', (r: Request) => {
    const m = /\/api\/([a-zA-Z.]+)/.exec(r.url());
    if (m?.[1]) calls.push(m[1]);
  });
  await page.goto(`${app.server.url}#/tong-quan?ky=${PERIOD}`);
  await page.getByText('Chưa nhận được báo cáo nào của kỳ này').waitFor();
  await page.evaluate(() => Object.assign(window, { thbcNotReloaded: true }));
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('a change on one screen shows on the others', () => {
  it('a report written on Tiếp nhận báo cáo counts on Tổng quan, without reloading', async () => {
    const missing = await tile('Chưa báo cáo');
    const onTime = await tile('Gửi đúng hạn');
    expect(missing).toBeGreaterThan(10);

    await openScreen('Tiếp nhận báo cáo');
    // The register stays mounted behind the other tab: only the change itself can refresh it.
    await expect.poll(() => registerCount('Chưa báo cáo')).toBe(missing);
    await page.getByRole('tab', { name: /^Nhập báo cáo/ }).click();
    await page
      .locator('.ant-upload-drag input[type=file]')
      .setInputFiles(join(process.cwd(), 'seeds', 'examples', FILE));
    await page.getByRole('button', { name: 'Xem trước 1 tệp' }).click();
    const card = page.getByRole('region', { name: `Tệp ${FILE}`, exact: true });
    await card.waitFor();
    await expect
      .poll(() => page.locator('.file-card .ant-spin-spinning').count(), { timeout: 30_000 })
      .toBe(0);
    // Take the suggestions where the file has lines to confirm.
    const accept = card.getByRole('checkbox', { name: 'Chấp nhận gợi ý từ 70% trở lên' });
    if ((await accept.count()) > 0 && !(await accept.isChecked())) await accept.check();
    await expect.poll(() => page.getByText(/^Cần xác nhận \d+ dòng$/).count()).toBe(0);
    await page
      .getByRole('region', { name: 'Ghi các tệp' })
      .getByRole('button', { name: /Ghi vào cơ sở dữ liệu/ })
      .click();
    await card.getByText(/^Đã ghi báo cáo quý III năm 2025 của Sở Nội vụ/).waitFor();
    await page.getByRole('tab', { name: /^Sổ theo dõi/ }).click();
    await expect.poll(() => registerCount('Chưa báo cáo')).toBe(missing - 1);

    await openScreen('Tổng quan');
    await expect.poll(() => tile('Chưa báo cáo')).toBe(missing - 1);
    expect((await tile('Gửi đúng hạn')) + (await tile('Gửi muộn'))).toBe(onTime + 1);
    expect(await page.getByText('Chưa nhận được báo cáo nào của kỳ này').count()).toBe(0);
    expect(await samePage()).toBe(true);
    await shot(page, 'data-refresh-overview');
  });

  it('the drafted narrative loads only with its tab; saving it shows on Xuất văn bản', async () => {
    calls.length = 0;
    await openScreen('Báo cáo tổng hợp');
    await page.getByRole('tab', { name: 'Nhiệm vụ', selected: true }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(calls).toContain('status.get');
    expect(calls).toContain('reports.get');
    expect(calls).not.toContain('reports.narrative');

    await page.getByRole('tab', { name: 'Xuất văn bản' }).click();
    const content = page.locator('.ant-descriptions-item').filter({ hasText: 'Nội dung' });
    await expect.poll(() => content.textContent()).toContain('Bản nháp tự động (chưa sửa)');
    expect(calls).not.toContain('reports.narrative');

    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    const first = page.getByRole('textbox', { name: /^Mục I\. / });
    await first.waitFor();
    expect(calls.filter((c) => c === 'reports.narrative')).toHaveLength(1);
    await page.getByText('Bản nháp tự động từ báo cáo của các đơn vị').waitFor();
    await first.fill(`${await first.inputValue()}\nĐoạn viết thêm khi kiểm tra.`);
    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await page.getByText(/^Đã lưu lúc /).waitFor();
    expect(await page.getByText('Bản nháp tự động từ báo cáo của các đơn vị').count()).toBe(0);

    await page.getByRole('tab', { name: 'Xuất văn bản' }).click();
    await expect.poll(() => content.textContent()).toContain('Đã lưu');
    expect(await samePage()).toBe(true);
    await shot(page, 'data-refresh-export');
  });

  it('không có lỗi hay cảnh báo trong trình duyệt', () => {
    expect(problems).toEqual([]);
  });
});
