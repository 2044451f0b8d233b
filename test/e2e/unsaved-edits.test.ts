// Typed changes are never dropped silently. A clerk edits a task, then presses Esc by habit: the
// app asks "Bỏ các thay đổi chưa lưu?" and "Tiếp tục sửa" keeps every letter; dropping them on
// purpose leaves the database as it was. The same holds for a click outside (even on the menu),
// the Back button, the settings form, the due-date rules, the letter number on Báo cáo tổng hợp,
// hand entry and withdrawing a version; a drawer with nothing changed closes at once.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { fillForm } from '../fixtures/fill-form';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { choose, openedDialog, row } from './ui-helpers';

const QUESTION = 'Bỏ các thay đổi chưa lưu?';
const PERIOD = '2025-Q3';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
const problems: string[] = [];
let reporter: { id: number; name: string };

beforeAll(async () => {
  app = await startApp();
  // One committed report, for the withdraw form of the submission drawer.
  const { files } = await call(app.backend.dispatch, 'forms.generate', { period: PERIOD });
  const form = files[0]!;
  reporter = form.agency;
  const filled = await fillForm(form.fileName, form.data, 1);
  const preview = await call(app.backend.dispatch, 'imports.preview', {
    files: [filled],
    period: PERIOD,
  });
  const committed = await call(app.backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: [{ fileId: preview.files[0]!.fileId, receivedOn: '2025-09-05' }],
  });
  if (!committed.files[0]!.ok) throw new Error(committed.files[0]!.message);
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  page.setDefaultTimeout(10_000);
  watchProblems(page, problems);
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

async function openScreen(name: string): Promise<void> {
  await menuItem(name).click();
  await heading(name).waitFor();
}

function menuItem(name: string): Locator {
  return page.getByRole('navigation').getByRole('link', { name, exact: true });
}

function heading(name: string): Locator {
  return page.getByRole('heading', { level: 3, name, exact: true });
}

/** The question, once it is open and done with its opening animation. */
async function question(): Promise<Locator> {
  const q = page.getByRole('dialog').filter({ hasText: QUESTION });
  await openedDialog(q);
  return q;
}

async function answer(choice: 'Tiếp tục sửa' | 'Bỏ thay đổi'): Promise<void> {
  const q = await question();
  await q.getByRole('button', { name: choice }).click();
  await q.waitFor({ state: 'hidden' });
}

async function questionCount(): Promise<number> {
  return page.getByRole('dialog').filter({ hasText: QUESTION }).count();
}

/** A click where `target` is drawn, through whatever covers it (the mask of a drawer). */
async function clickThrough(target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function taskText(code: string): Promise<string> {
  const c = await call(app.backend.dispatch, 'catalogue.get', {});
  return c.tasks.find((t) => t.code === code)!.text;
}

describe('Không mất chữ đã gõ khi đóng biểu mẫu', () => {
  it('nhiệm vụ: Esc hỏi trước; "Tiếp tục sửa" giữ chữ đã gõ; Huỷ rồi "Bỏ thay đổi" để nguyên dữ liệu', async () => {
    await openScreen('Nhiệm vụ');
    const saved = await taskText('I.1');
    await row(page, 'I.1').click();
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.1' });
    const text = drawer.getByLabel('Nội dung nhiệm vụ');
    expect(await text.inputValue()).toBe(saved);
    const typed = `${saved} (bản nháp chưa lưu)`;
    await text.fill(typed);

    await page.keyboard.press('Escape');
    const q = await question();
    expect(await q.textContent()).toContain('Những gì vừa nhập chưa được lưu');
    await shot(page, 'unsaved-question', { fullPage: false });
    await answer('Tiếp tục sửa');
    expect(await drawer.isVisible()).toBe(true);
    expect(await text.inputValue()).toBe(typed);

    // Esc on the question itself means "keep editing": one question, then back to the text.
    await page.keyboard.press('Escape');
    await question();
    await page.keyboard.press('Escape');
    await expect.poll(questionCount).toBe(0);
    expect(await drawer.isVisible()).toBe(true);
    expect(await text.inputValue()).toBe(typed);

    await drawer.getByRole('button', { name: 'Huỷ' }).click();
    await answer('Bỏ thay đổi');
    await drawer.waitFor({ state: 'hidden' });
    expect(await taskText('I.1')).toBe(saved);
    expect(await row(page, 'I.1').textContent()).not.toContain('bản nháp chưa lưu');

    // Opened again it shows what the database has, and with nothing changed Esc closes at once.
    await row(page, 'I.1').click();
    expect(await text.inputValue()).toBe(saved);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await questionCount()).toBe(0);
  });

  it('gõ rồi xoá về như cũ thì đóng ngay bằng nút ×, không hỏi', async () => {
    await row(page, 'I.2').click();
    const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ I.2' });
    const output = drawer.getByLabel('Kết quả, sản phẩm');
    const before = await output.inputValue();
    await output.fill(`${before} thêm`);
    await output.fill(before);
    await drawer.getByRole('button', { name: 'Đóng', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });
    expect(await questionCount()).toBe(0);
  });

  it('đơn vị: bấm ra ngoài (vào thanh bên) hay nút Back khi đang sửa dở thì hỏi, không rời màn hình', async () => {
    await openScreen('Đơn vị');
    const before = await call(app.backend.dispatch, 'catalogue.get', {});
    const agency = before.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    await row(page, 'Sở Nội vụ').click();
    const drawer = page.getByRole('dialog', { name: 'Sở Nội vụ' });
    const short = drawer.getByLabel('Tên viết tắt');
    await short.fill('SNV-thử');
    const address = page.url();

    // The menu is under the drawer's mask: the click lands outside the drawer.
    await clickThrough(menuItem('Nhiệm vụ'));
    await answer('Tiếp tục sửa');
    expect(await heading('Đơn vị').isVisible()).toBe(true);
    expect(await short.inputValue()).toBe('SNV-thử');
    expect(page.url()).toBe(address);

    await page.evaluate(() => window.history.back());
    await answer('Tiếp tục sửa');
    expect(await drawer.isVisible()).toBe(true);
    expect(await short.inputValue()).toBe('SNV-thử');
    expect(page.url()).toBe(address);

    await clickThrough(menuItem('Nhiệm vụ'));
    await answer('Bỏ thay đổi');
    await drawer.waitFor({ state: 'hidden' });
    const after = await call(app.backend.dispatch, 'catalogue.get', {});
    expect(after.agencies.find((a) => a.id === agency.id)!.shortName).toBe(agency.shortName);
  });

  it('hạn gửi báo cáo: bấm ra ngoài hộp thoại thì hỏi; bỏ thì mở lại thấy hạn đã lưu', async () => {
    await openScreen('Kỳ báo cáo');
    const { rules } = await call(app.backend.dispatch, 'periods.overview', {});
    await page.getByRole('button', { name: 'Sửa hạn gửi báo cáo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa hạn gửi báo cáo' });
    await openedDialog(dialog);
    const quarter = dialog.getByLabel('Ngày hạn báo cáo quý');
    const other = rules.quarterDay === 7 ? '8' : '7';
    await quarter.fill(other);

    await page.mouse.click(30, 450); // on the dimmed page, left of the dialog
    await answer('Tiếp tục sửa');
    expect(await quarter.inputValue()).toBe(other);
    await page.mouse.click(30, 450);
    await answer('Bỏ thay đổi');
    await dialog.waitFor({ state: 'hidden' });
    expect((await call(app.backend.dispatch, 'periods.overview', {})).rules).toEqual(rules);

    // Dropped means dropped: opened again, the box holds the saved day, and Esc closes at once.
    await page.getByRole('button', { name: 'Sửa hạn gửi báo cáo' }).click();
    await openedDialog(dialog);
    expect(await quarter.inputValue()).toBe(String(rules.quarterDay));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await questionCount()).toBe(0);
  });

  it('cài đặt: chuyển màn hình khi chưa lưu thì hỏi; "Huỷ thay đổi" cũng hỏi', async () => {
    await openScreen('Cài đặt');
    const signer = page.getByLabel('Họ và tên người ký');
    const saved = await signer.inputValue();
    await signer.fill('Trần Văn Thử');

    await menuItem('Nhiệm vụ').click();
    await answer('Tiếp tục sửa');
    expect(await heading('Cài đặt').isVisible()).toBe(true);
    expect(page.url()).toContain('#/cai-dat');
    expect(await signer.inputValue()).toBe('Trần Văn Thử');

    await page.getByRole('button', { name: 'Huỷ thay đổi' }).click();
    await answer('Tiếp tục sửa');
    expect(await signer.inputValue()).toBe('Trần Văn Thử');

    await menuItem('Nhiệm vụ').click();
    await answer('Bỏ thay đổi');
    await heading('Nhiệm vụ').waitFor();
    await openScreen('Cài đặt');
    expect(await signer.inputValue()).toBe(saved);
    expect((await call(app.backend.dispatch, 'settings.get', {})).signerName).toBe(saved);
  });

  it('báo cáo tổng hợp: số công văn đã gõ — đổi thẻ hay đổi màn hình thì hỏi', async () => {
    await openScreen('Báo cáo tổng hợp');
    await choose(page, page.getByRole('combobox', { name: 'Loại kỳ' }), 'Quý');
    await choose(page, page.getByRole('combobox', { name: 'Kỳ', exact: true }), 'Quý III');
    await choose(page, page.getByRole('combobox', { name: 'Năm', exact: true }), 'Năm 2025');
    await page.getByRole('tab', { name: 'Xuất văn bản' }).click();
    const number = page.getByRole('textbox', { name: 'Số công văn' });
    await number.fill('27');

    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await answer('Tiếp tục sửa');
    expect(
      await page.getByRole('tab', { name: 'Xuất văn bản' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await number.inputValue()).toBe('27');

    await menuItem('Tổng quan').click();
    await answer('Tiếp tục sửa');
    expect(await number.inputValue()).toBe('27');

    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await answer('Bỏ thay đổi');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Nội dung báo cáo' }).getAttribute('aria-selected'))
      .toBe('true');
  });

  it('tiếp nhận: nhập tay và lý do rút phiên bản cũng hỏi trước khi bỏ', async () => {
    await openScreen('Tiếp nhận báo cáo');
    await page.getByRole('button', { name: 'Nhập tay', exact: true }).click();
    const entry = page.getByRole('dialog', { name: 'Nhập tay báo cáo của đơn vị' });
    await openedDialog(entry);
    await entry.getByRole('textbox', { name: 'Ngày nhận' }).fill('07/09/2025');
    await page.keyboard.press('Escape');
    await answer('Tiếp tục sửa');
    expect(await entry.getByRole('textbox', { name: 'Ngày nhận' }).inputValue()).toBe('07/09/2025');
    await entry.getByRole('button', { name: 'Hủy' }).click();
    await answer('Bỏ thay đổi');
    await entry.waitFor({ state: 'hidden' });

    await choose(page, page.getByRole('combobox', { name: 'Loại kỳ' }), 'Quý');
    await choose(page, page.getByRole('combobox', { name: 'Kỳ', exact: true }), 'Quý III');
    await choose(page, page.getByRole('combobox', { name: 'Năm', exact: true }), 'Năm 2025');
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ has: page.getByRole('cell', { name: reporter.name, exact: true }) })
      .click();
    const drawer = page.getByRole('dialog', { name: `Báo cáo của ${reporter.name}` });
    await drawer.getByRole('button', { name: 'Rút phiên bản' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Rút phiên bản 1', exact: true });
    await openedDialog(withdraw);
    await withdraw.getByRole('textbox', { name: 'Lý do rút' }).fill('Gửi nhầm');
    await page.mouse.click(30, 450);
    await answer('Bỏ thay đổi');
    await withdraw.waitFor({ state: 'hidden' });
    const status = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
    expect(status.register.find((r) => r.agency.id === reporter.id)?.submission?.version).toBe(1);

    expect(problems).toEqual([]);
  });
});
