// Ad hoc periods and due-date rules on the Kỳ báo cáo screen: an inspection team asks for a report
// outside the regular periods, so the secretariat creates an ad hoc period (a wrong date first, a
// message next to the field), finds it selected with its own due date, then moves the quarterly
// due day to the 5th and sees quý III's due date follow. Both survive a reload, and the period
// picker reads an ad hoc key from the address on other screens too.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { choose, doneOpening, formItem, toast } from './ui-helpers';

const TITLE = 'Báo cáo phục vụ Đoàn giám sát của HĐND tỉnh';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];

async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

const kindSelect = () => page.getByRole('combobox', { name: 'Loại kỳ' });
const periodSelect = () => page.getByRole('combobox', { name: 'Kỳ', exact: true });
const yearSelect = () => page.getByRole('combobox', { name: 'Năm', exact: true });

/** What the period picker shows, as one line ("Đột xuất Báo cáo … Năm 2025"). */
/** What the period picker shows: the chosen entry of each list, then its words. */
async function pickerText(): Promise<string> {
  const shown = await page
    .getByRole('group', { name: 'Chọn kỳ báo cáo' })
    .evaluate((picker) =>
      [...picker.children].map((c) =>
        c instanceof HTMLSelectElement
          ? (c.selectedOptions[0]?.text ?? '')
          : (c as HTMLElement).innerText,
      ),
    );
  return squash(shown.join(' '));
}

function facts(): Locator {
  return page.getByRole('group', { name: 'Thông tin kỳ báo cáo' });
}

async function factText(): Promise<string> {
  return squash(await facts().innerText());
}

function rulesCard(): Locator {
  return page.getByRole('group', { name: 'Hạn gửi báo cáo theo quy định' });
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Types a date into an antd DatePicker of the dialog and confirms it. */
async function fillDate(dialog: Locator, label: string, date: string): Promise<void> {
  const input = dialog.getByLabel(label, { exact: true });
  await input.fill(date);
  await input.press('Enter');
}

function url(hash: string): string {
  return `${app.server.url.replace(/\/\?token=.*$/, '/')}${hash}`;
}

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('Kỳ báo cáo đột xuất và hạn gửi báo cáo', () => {
  it('hiện hạn gửi báo cáo theo quy định; năm chưa có kỳ đột xuất thì nói rõ', async () => {
    await page.getByRole('navigation').getByRole('link').first().waitFor();
    await openScreen('Kỳ báo cáo');
    await choose(page, kindSelect(), 'Quý');
    await choose(page, periodSelect(), 'Quý III');
    await choose(page, yearSelect(), 'Năm 2025');
    await expect.poll(factText).toContain('Hạn báo cáo 10/09/2025');
    await expect
      .poll(async () => squash(await rulesCard().innerText()))
      .toBe(
        'Báo cáo tháng trước ngày 20 hằng tháng Báo cáo quý trước ngày 10 của tháng cuối quý ' +
          'Báo cáo 6 tháng trước ngày 10/6 và 10/12 Báo cáo năm trước ngày 30/11',
      );

    await choose(page, kindSelect(), 'Đột xuất');
    await page.getByText('Tạo kỳ đột xuất ở mục Kỳ báo cáo.').waitFor();
    expect(await pickerText()).toContain('Đột xuất Chưa có kỳ đột xuất Năm 2025');
    // Nothing is selected yet: the screen still shows quý III.
    expect(page.url()).toContain('ky=2025-Q3');
    // The list offers nothing to choose, and says why.
    const options = periodSelect().locator('option');
    expect(await options.allInnerTexts()).toEqual(['Chưa có kỳ đột xuất']);
    expect(await options.first().isDisabled()).toBe(true);
    await shot(page, 'periods-none', { fullPage: false });
  });

  it('tạo kỳ đột xuất: ngày sai báo lỗi cạnh ô, ngày đúng thì kỳ mới được chọn', async () => {
    await page.getByRole('button', { name: 'Tạo kỳ báo cáo đột xuất' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo kỳ báo cáo đột xuất' });
    await dialog.getByLabel('Tên kỳ báo cáo', { exact: true }).fill(TITLE);
    await fillDate(dialog, 'Từ ngày', '15/09/2025');
    await fillDate(dialog, 'Đến ngày', '01/09/2025');
    await fillDate(dialog, 'Hạn gửi báo cáo', '20/09/2025');
    await dialog.getByRole('button', { name: 'Tạo kỳ' }).click();
    const endError = formItem(page, 'Đến ngày').getByText('Ngày kết thúc phải sau ngày bắt đầu.');
    await endError.waitFor();
    expect(await formItem(page, 'Từ ngày').locator('.ant-form-item-explain').count()).toBe(0);
    await doneOpening(endError);
    await shot(page, 'periods-create-error', { fullPage: false });

    await fillDate(dialog, 'Từ ngày', '01/09/2025');
    await fillDate(dialog, 'Đến ngày', '15/09/2025');
    await dialog.getByRole('button', { name: 'Tạo kỳ' }).click();
    await toast(page, `Đã tạo kỳ đột xuất: ${TITLE}`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => page.url()).toContain('ky=2025-A1');
    await expect.poll(factText).toContain(`Kỳ báo cáo đột xuất ${TITLE} Mã kỳ: 2025-A1`);
    const text = await factText();
    expect(text).toContain('Thời gian 01/09/2025 – 15/09/2025');
    expect(text).toContain('Hạn báo cáo 20/09/2025');
    await expect.poll(pickerText).toBe(`Đột xuất ${TITLE} (01/09/2025 – 15/09/2025) Năm 2025`);
    await shot(page, 'periods-created');
  });

  it('sửa hạn báo cáo quý: ngày sai báo lỗi cạnh ô; hạn quý III năm 2025 thành 05/09/2025', async () => {
    await choose(page, kindSelect(), 'Quý');
    await choose(page, periodSelect(), 'Quý III');
    await expect.poll(factText).toContain('Hạn báo cáo 10/09/2025');

    await page.getByRole('button', { name: 'Sửa hạn gửi báo cáo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa hạn gửi báo cáo' });
    await dialog.getByLabel('Ngày hạn báo cáo tháng').fill('40');
    await dialog.getByLabel('Ngày hạn báo cáo quý').fill('5');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const monthError = formItem(page, 'Ngày hạn báo cáo tháng').getByText(
      'Báo cáo tháng: ngày phải từ 1 đến 31.',
    );
    await monthError.waitFor();
    await doneOpening(monthError);
    await shot(page, 'periods-rules-error', { fullPage: false });

    await dialog.getByLabel('Ngày hạn báo cáo tháng').fill('20');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(page, 'Đã lưu hạn gửi báo cáo').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(factText).toContain('Hạn báo cáo 05/09/2025');
    expect(squash(await rulesCard().innerText())).toContain(
      'Báo cáo tháng trước ngày 20 hằng tháng Báo cáo quý trước ngày 5 của tháng cuối quý',
    );
    const rules = await call(app.backend.dispatch, 'periods.overview', {});
    expect(rules.rules.quarterDay).toBe(5);
    expect(rules.rules.monthDay).toBe(20);
    await shot(page, 'periods-rules');
  });

  it('tải lại vẫn giữ hạn mới và kỳ đột xuất', async () => {
    await page.reload();
    await expect.poll(factText).toContain('Quý III năm 2025');
    expect(await factText()).toContain('Hạn báo cáo 05/09/2025');
    await expect
      .poll(async () => squash(await rulesCard().innerText()))
      .toContain('Báo cáo quý trước ngày 5 của tháng cuối quý');

    // Choosing "Đột xuất" again picks the year's ad hoc period.
    await choose(page, kindSelect(), 'Đột xuất');
    await expect.poll(() => page.url()).toContain('ky=2025-A1');
    await expect.poll(factText).toContain('Hạn báo cáo 20/09/2025');

    // An ad hoc key in the address of another screen reads as the period's title and dates.
    await page.goto(url('#/tiep-nhan?ky=2025-a1'));
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Tiếp nhận báo cáo', exact: true }).waitFor();
    await expect.poll(pickerText).toBe(`Đột xuất ${TITLE} (01/09/2025 – 15/09/2025) Năm 2025`);
    await shot(page, 'periods-intake');
    expect(problems).toEqual([]);
  });
});
