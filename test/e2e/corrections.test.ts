// Correcting a committed report in Chromium: the clerk fixes the received date and a wrongly
// matched row, downloads the agency's original file, withdraws the wrong version (the period falls
// back to the previous one), and finds each change in Nhật ký thay đổi.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { fillForm } from '../fixtures/fill-form';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { choose, openedDialog, toast } from './ui-helpers';

const PERIOD = '2025-Q3';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];
let agency: { id: number; name: string };
let fileName: string;
let firstData: string;
let moved: { from: string; to: string };

async function commit(file: { name: string; data: string }, receivedOn: string): Promise<void> {
  const preview = await call(app.backend.dispatch, 'imports.preview', {
    files: [file],
    period: PERIOD,
  });
  const { files } = await call(app.backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: [{ fileId: preview.files[0]!.fileId, receivedOn }],
  });
  if (!files[0]!.ok) throw new Error(files[0]!.message);
}

beforeAll(async () => {
  app = await startApp();
  // An agency that leads a task sent its report twice (versions 1 and 2).
  const { files } = await call(app.backend.dispatch, 'forms.generate', { period: PERIOD });
  const status = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
  const form = files.find((f) =>
    status.tasks.some((t) =>
      t.lead.some((l) => l.type === 'agency' && l.currentId === f.agency.id),
    ),
  )!;
  agency = form.agency;
  const v1 = await fillForm(form.fileName, form.data, 1);
  const v2 = await fillForm(form.fileName, form.data, 2);
  fileName = form.fileName;
  firstData = v1.data;
  await commit(v1, '2025-09-05');
  await commit(v2, '2025-09-08');
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

async function openScreen(name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

function registerRow(name: string): Locator {
  return page
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ has: page.getByRole('cell', { name, exact: true }) });
}

function drawer(): Locator {
  return page.getByRole('dialog', { name: `Báo cáo của ${agency.name}` });
}

async function modal(title: string): Promise<Locator> {
  const d = page.getByRole('dialog', { name: title, exact: true });
  await openedDialog(d);
  return d;
}

describe('correcting a committed report', () => {
  it('fixes the received date and a row match, downloads the original, withdraws a version', async () => {
    await openScreen('Tiếp nhận báo cáo');
    await choose(page, page.getByRole('combobox', { name: 'Loại kỳ' }), 'Quý');
    await choose(page, page.getByRole('combobox', { name: 'Kỳ', exact: true }), 'Quý III');
    await choose(page, page.getByRole('combobox', { name: 'Năm', exact: true }), 'Năm 2025');
    const row = registerRow(agency.name);
    await expect.poll(() => row.textContent()).toContain('08/09/2025');
    await row.click();
    await drawer().waitFor();
    await expect.poll(() => drawer().textContent()).toContain('Phiên bản 2 / 2 phiên bản');

    // The received date was entered wrong.
    await drawer().getByRole('button', { name: 'Sửa ngày nhận' }).click();
    const dateDialog = await modal('Sửa ngày nhận báo cáo');
    await dateDialog.getByRole('textbox', { name: 'Ngày nhận mới' }).fill('09/09/2025');
    await dateDialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(page, 'Đã sửa ngày nhận thành 09/09/2025').waitFor();
    await expect.poll(() => drawer().textContent()).toContain('09/09/2025');

    // A row was matched to the wrong task: match it to another one.
    const firstEdit = drawer()
      .getByRole('button', { name: /^Sửa dòng / })
      .first();
    const from = ((await firstEdit.getAttribute('aria-label')) ?? '').replace('Sửa dòng ', '');
    const catalogue = await call(app.backend.dispatch, 'catalogue.get', {});
    const detail = await call(app.backend.dispatch, 'submissions.get', {
      id: (await call(app.backend.dispatch, 'submissions.register', { period: PERIOD })).rows.find(
        (r) => r.agency.id === agency.id,
      )!.submission!.id,
    });
    const carried = new Set(detail.progress.map((p) => p.code));
    const to = catalogue.tasks.find((t) => !carried.has(t.code))!.code;
    moved = { from, to };
    await drawer()
      .getByRole('button', { name: `Sửa dòng ${from}`, exact: true })
      .click();
    const rowDialog = await modal(`Sửa dòng ${from}`);
    await choose(
      page,
      rowDialog.getByRole('combobox', { name: 'Khớp với nhiệm vụ' }),
      `${to} —`,
      to,
    );
    await rowDialog.getByRole('button', { name: 'Lưu' }).click();
    await toast(page, `Đã sửa dòng ${from}.`).waitFor();
    await drawer()
      .getByRole('button', { name: `Sửa dòng ${to}`, exact: true })
      .waitFor();
    expect(
      await drawer()
        .getByRole('button', { name: `Sửa dòng ${from}`, exact: true })
        .count(),
    ).toBe(0);

    // The agency's original file of version 1, as it was received.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      drawer().getByRole('button', { name: 'Tải tệp gốc phiên bản 1' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    expect(readFileSync((await download.path())!).toString('base64')).toBe(firstData);

    // Version 2 was sent by mistake: withdraw it; the period falls back to version 1.
    await drawer().getByRole('button', { name: 'Rút phiên bản' }).click();
    const withdrawDialog = await modal('Rút phiên bản 2');
    await withdrawDialog.getByRole('textbox', { name: 'Lý do rút' }).fill('Đơn vị gửi nhầm tệp');
    await withdrawDialog.getByRole('button', { name: 'Rút phiên bản' }).click();
    await toast(page, 'Đã rút phiên bản 2.').waitFor();
    await drawer().getByText('Phiên bản 2 đã được rút').waitFor();
    await expect.poll(() => drawer().textContent()).toContain('Đơn vị gửi nhầm tệp');
    await shot(page, 'corrections-drawer', { fullPage: false });
    // The drawer's × is "Đóng" in Vietnamese (waiting for an English "Close" cost 30 s).
    await drawer().getByRole('button', { name: 'Đóng', exact: true }).click();
    await drawer().waitFor({ state: 'hidden' });
    await expect.poll(() => row.textContent()).toContain('05/09/2025');

    const status = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
    const current = status.register.find((r) => r.agency.id === agency.id)!.submission!;
    expect(current.version).toBe(1);
  }, 120_000);

  it('shows each change in Nhật ký thay đổi, with who made it and the values before and after', async () => {
    await openScreen('Nhật ký thay đổi');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
    const text = (await page.locator('.ant-table-tbody').textContent()) ?? '';
    expect(text).toContain('Rút phiên bản');
    expect(text).toContain('Lý do: Đơn vị gửi nhầm tệp');
    expect(text).toContain('Sửa ngày nhận');
    expect(text).toContain('08/09/2025 → 09/09/2025');
    expect(text).toContain(`dòng ${moved.from} khớp lại với ${moved.to}`);
    expect(text).toContain('Nhập báo cáo');

    // Filter: only reports; expand the received-date change to see before and after.
    await choose(
      page,
      page.getByRole('combobox', { name: 'Lọc theo đối tượng' }),
      'Báo cáo của đơn vị',
    );
    const dateRow = rows.filter({ hasText: 'Sửa ngày nhận' });
    await dateRow.getByRole('button', { name: /Expand row|Mở rộng/ }).click();
    const expanded = page.locator('.ant-table-expanded-row');
    await expect.poll(() => expanded.textContent()).toContain('"receivedOn": "2025-09-08"');
    await expect.poll(() => expanded.textContent()).toContain('"receivedOn": "2025-09-09"');
    await shot(page, 'corrections-audit');
    expect(problems).toEqual([]);
  }, 60_000);

  it('enters a report given by phone: the register and Nhật ký show it', async () => {
    const register = await call(app.backend.dispatch, 'submissions.register', { period: PERIOD });
    const c = await call(app.backend.dispatch, 'catalogue.get', {});
    const missing = register.rows.find(
      (r) =>
        r.expected &&
        r.state === 'missing' &&
        c.tasks.some((t) => t.lead.some((l) => l.type === 'agency' && l.currentId === r.agency.id)),
    )!.agency;
    await openScreen('Tiếp nhận báo cáo');
    await page.getByRole('button', { name: 'Nhập tay', exact: true }).click();
    const dialog = await modal('Nhập tay báo cáo của đơn vị');
    await choose(
      page,
      dialog.getByRole('combobox', { name: 'Đơn vị báo cáo' }),
      missing.name,
      missing.name,
    );
    await dialog.getByRole('textbox', { name: 'Ngày nhận' }).fill('07/09/2025');
    await dialog.getByRole('textbox', { name: 'Ghi chú' }).fill('Bà Lò Thị C báo qua điện thoại');
    const firstStatus = dialog.getByRole('combobox', { name: /^Tình trạng / }).first();
    await choose(page, firstStatus, 'Đang thực hiện');
    await dialog.getByRole('button', { name: 'Ghi báo cáo' }).click();
    // If the toast never comes, say what the dialog shows instead (a field message, a question).
    await toast(page, `Đã ghi phiên bản 1 báo cáo của ${missing.name}.`)
      .waitFor()
      .catch(async (error: Error) => {
        const shown = (await dialog.isVisible()) ? await dialog.innerText() : '(đã đóng)';
        const notices = await page
          .locator('.ant-message-notice, .ant-modal-confirm')
          .allInnerTexts();
        throw new Error(`${error.message}\nHộp thoại: ${shown}\nThông báo: ${notices.join(' | ')}`);
      });
    await expect.poll(() => registerRow(missing.name).textContent()).toContain('07/09/2025');

    await openScreen('Nhật ký thay đổi');
    const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect.poll(() => first.textContent()).toContain(`Nhập tay (điện thoại) phiên bản 1`);
    expect(await first.textContent()).toContain(missing.name);
    expect(problems).toEqual([]);
  }, 60_000);
});
