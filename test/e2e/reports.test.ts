// The secretariat's compile step for quý III 2025: the dashboard's figures against the backend's
// own counts (and the lists behind them), the narrative edited and kept after a reload, the Word
// report and Excel appendices generated and downloaded, the number and date recorded after
// signing, and the history of files.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import type { PeriodStatus } from '../../shared/api';
import { countByGroup, countByStatus, countRegister } from '../../shared/domain/status';
import { TASK_STATUS_LABEL, TASK_STATUS_ORDER } from '../../shared/domain/status-labels';
import type { TaskStatus } from '../../shared/domain/types';
import { fillForm } from '../fixtures/fill-form';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { expectCount, formItem, openedDialog, rowCodes, toast } from './ui-helpers';

const PERIOD = '2025-Q3';
// .ci/run installs LibreOffice: in CI the PDF must be made, never the "not installed" message.
const hasOffice =
  !!process.env.CI || spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const SENTENCE = 'Sở đã tổ chức hội nghị sơ kết chuyển đổi số quý III với 120 đại biểu tham dự.';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
let status: PeriodStatus;
const problems: string[] = [];

/** Files to import: the example submissions, or forms generated and filled as agencies would. */
async function submissionFiles(): Promise<{ name: string; data: string }[]> {
  const dir = join(process.cwd(), 'seeds', 'examples');
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.(xlsx|xls|ods)$/i.test(n))
        .sort()
    : [];
  if (names.length > 0)
    return names.map((n) => ({
      name: n,
      data: readFileSync(join(dir, n)).toString('base64'),
    }));
  const forms = await call(app.backend.dispatch, 'forms.generate', { period: PERIOD });
  const picked = forms.files.slice(0, 10);
  return Promise.all(
    picked.map(async (f, i) => {
      const filled = await fillForm(f.fileName, f.data, i);
      return { name: filled.name, data: filled.data };
    }),
  );
}

async function seed(): Promise<void> {
  const files = await submissionFiles();
  const preview = await call(app.backend.dispatch, 'imports.preview', { files, period: PERIOD });
  const readable = preview.files.filter((f) => f.ok);
  expect(readable.length).toBeGreaterThan(0);
  await call(app.backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: readable.map((f) => ({ fileId: f.fileId, acceptSuggested: true })),
  });
  status = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
}

/** Runs `action` and returns the downloads it starts (waits for `count` of them). */
async function downloads(count: number, action: () => Promise<void>): Promise<Download[]> {
  const got: Download[] = [];
  const listener = (d: Download) => got.push(d);
  page.on('download', listener);
  try {
    await action();
    await expect.poll(() => got.length, { timeout: 60_000 }).toBe(count);
  } finally {
    page.off('download', listener);
  }
  return got;
}

/** The text of a downloaded .docx's body, tags removed (runs joined). */
async function docxText(d: Download): Promise<string> {
  const path = await d.path();
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(zip['word/document.xml']!);
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<w:noBreakHyphen\/>/g, '-')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

async function figure(label: string): Promise<number> {
  const link = page.locator('a.stat-tile').filter({ has: page.getByText(label, { exact: true }) });
  await link.first().waitFor();
  const text = (await link.first().locator('.stat-value').textContent()) ?? '';
  return Number(text.replace(/\./g, ''));
}

beforeAll(async () => {
  app = await startApp();
  await seed();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('Tổng quan', () => {
  it('shows the same figures as the backend, and each figure opens its list', async () => {
    await page.goto(`${app.server.url.replace(/#.*$/, '')}#/tong-quan?ky=${PERIOD}`);
    await page.getByRole('heading', { level: 3, name: 'Tổng quan', exact: true }).waitFor();
    await page.getByText(`Nhiệm vụ theo tình trạng (${status.tasks.length} nhiệm vụ)`).waitFor();

    const byStatus = countByStatus(status.tasks);
    for (const s of TASK_STATUS_ORDER)
      expect(await figure(TASK_STATUS_LABEL[s]), s).toBe(byStatus[s]);
    const register = countRegister(status.register);
    expect(await figure('Chưa báo cáo')).toBe(register.missing);
    expect(await figure('Gửi đúng hạn')).toBe(register.on_time);
    expect(await figure('Gửi muộn')).toBe(register.late);
    expect(await page.getByText(`Nhiệm vụ quá hạn (${byStatus.overdue})`).count()).toBe(1);
    expect(await page.getByText(`Đơn vị chưa gửi báo cáo (${register.missing})`).count()).toBe(1);
    expect(byStatus.no_report).toBeLessThan(status.tasks.length);
    await shot(page, 'reports-overview');

    // The missing agencies open the register filtered to them.
    const missingHref = await page
      .locator('a.stat-tile')
      .filter({ has: page.getByText('Chưa báo cáo', { exact: true }) })
      .getAttribute('href');
    expect(missingHref).toBe(`#/tiep-nhan?ky=${PERIOD}&tinh-trang=missing`);

    // A status figure opens the task list with exactly that many rows.
    const pick: TaskStatus =
      byStatus.overdue > 0
        ? 'overdue'
        : TASK_STATUS_ORDER.find((s) => byStatus[s] > 0 && byStatus[s] <= 50)!;
    await page
      .locator('a.stat-tile')
      .filter({ has: page.getByText(TASK_STATUS_LABEL[pick], { exact: true }) })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Báo cáo tổng hợp' }).waitFor();
    expect(page.url()).toContain(`#/bao-cao-tong-hop?ky=${PERIOD}&tab=nhiem-vu&trang-thai=${pick}`);
    await expectCount(page, `Hiển thị ${byStatus[pick]} / ${status.tasks.length} nhiệm vụ`);
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(byStatus[pick]);
    await shot(page, `reports-tasks-${pick}`);

    // A group bar opens that group's tasks.
    await page.goBack();
    await page.getByRole('heading', { level: 3, name: 'Tổng quan', exact: true }).waitFor();
    const groupI = countByGroup(status.tasks).find((g) => g.group === 'I')!;
    await page.locator('a.bar-label', { hasText: /^Nhóm I$/ }).click();
    await expectCount(page, `Hiển thị ${groupI.total} / ${status.tasks.length} nhiệm vụ`);
    expect((await rowCodes(page)).every((c) => c.startsWith('I.'))).toBe(true);
    expect(page.url()).toContain('nhom=I');
  });

  it('says so when no report has arrived for the period', async () => {
    await page.goto(`${app.server.url.replace(/#.*$/, '')}#/tong-quan?ky=2025-Q2`);
    await page.getByText('Chưa nhận được báo cáo nào của kỳ này').waitFor();
    // Tasks already past due (02/2025, 3/2025) are overdue even without a report.
    const q2 = await call(app.backend.dispatch, 'status.get', { period: '2025-Q2' });
    const byStatus = countByStatus(q2.tasks);
    expect(byStatus.overdue).toBeGreaterThan(0);
    expect(q2.tasks.filter((t) => t.status === 'overdue').every((t) => !t.reported)).toBe(true);
    expect(await figure('Quá hạn, chưa hoàn thành')).toBe(byStatus.overdue);
    expect(await figure('Chưa có báo cáo')).toBe(status.tasks.length - byStatus.overdue);
    // The dashboard's list of overdue tasks names each as unreported.
    await expect
      .poll(() => page.locator('.short-list .unreported-note').count())
      .toBe(byStatus.overdue);
    await shot(page, 'reports-overview-empty');
  });
});

describe('Báo cáo tổng hợp', () => {
  it('filters tasks by status and searches without diacritics', async () => {
    await page.goto(`${app.server.url.replace(/#.*$/, '')}#/bao-cao-tong-hop?ky=${PERIOD}`);
    await expectCount(page, `Hiển thị ${status.tasks.length} / ${status.tasks.length} nhiệm vụ`);
    const done = countByStatus(status.tasks).done_on_time;
    await page
      .getByRole('group', { name: 'Lọc theo tình trạng' })
      .getByRole('button', { name: /Hoàn thành đúng hạn/ })
      .click();
    await expectCount(page, `Hiển thị ${done} / ${status.tasks.length} nhiệm vụ`);
    expect(page.url()).toContain('trang-thai=done_on_time');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await page.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('chuyen doi so');
    const n = status.tasks.filter((t) => /chuyển đổi số/i.test(t.text)).length;
    await expect
      .poll(async () => page.locator('.ant-table-tbody tr.ant-table-row').count())
      .toBeGreaterThanOrEqual(Math.min(n, 50));
    await shot(page, 'reports-tasks');
  });

  it('shows indicators with their values and records a qualitative judgement', async () => {
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByText(/^Hiển thị \d+ \/ \d+ chỉ tiêu/).waitFor();
    const qualitative = status.indicators.find((x) => x.target?.op === 'text');
    if (qualitative) {
      const select = page.getByRole('combobox', { name: `Đánh giá chỉ tiêu ${qualitative.code}` });
      await select.click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: /^Đạt$/ })
        .click();
      await toast(page, `Đã ghi đánh giá chỉ tiêu ${qualitative.code}`).waitFor();
      const after = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
      expect(after.indicators.find((x) => x.code === qualitative.code)?.assessment).toBe('met');
    }
    await shot(page, 'reports-indicators');
  });

  it('keeps an edited narrative after a reload', async () => {
    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await page.getByText('Bản nháp tự động từ báo cáo của các đơn vị').waitFor();
    const box = page.getByRole('textbox', { name: /^Mục I\. / });
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(SENTENCE);
    await page.getByText('Có thay đổi chưa lưu').waitFor();

    // Leaving the tab with unsaved edits asks first.
    await page.getByRole('tab', { name: 'Xuất văn bản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nội dung báo cáo chưa được lưu' });
    await openedDialog(dialog);
    await shot(page, 'reports-unsaved');
    await dialog.getByRole('button', { name: 'Ở lại chỉnh sửa' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // So does the menu: the screen stays, with the text typed.
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
    await openedDialog(dialog);
    await dialog.getByRole('button', { name: 'Ở lại chỉnh sửa' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toContain('#/bao-cao-tong-hop');
    expect(await box.inputValue()).toContain(SENTENCE);

    await page.getByRole('button', { name: 'Lưu nội dung' }).click();
    await toast(page, 'Đã lưu nội dung báo cáo').waitFor();
    await shot(page, 'reports-narrative');

    await page.reload();
    const again = page.getByRole('textbox', { name: /^Mục I\. / });
    await again.waitFor();
    expect(await again.inputValue()).toContain(SENTENCE);
    expect(await page.getByText('Bản nháp tự động từ báo cáo của các đơn vị').count()).toBe(0);
  });

  it('generates the Word report and the Excel appendices, then records number and date', async () => {
    await page.getByRole('tab', { name: 'Xuất văn bản' }).click();
    // A fresh install names no signer: the clerk is told before printing an unnamed signature.
    const noSigner = page.locator('.ant-alert').filter({ hasText: 'Chưa có họ tên người ký' });
    await noSigner.waitFor();
    expect(
      await noSigner.getByRole('link', { name: 'Nhập trong Cài đặt' }).getAttribute('href'),
    ).toBe('#/cai-dat');
    // The seed plan has no number or date: the screen asks for them before the report cites it.
    const planAlert = page.locator('.ant-alert').filter({ hasText: 'Kế hoạch chưa có số' });
    await planAlert.waitFor();
    await planAlert.getByRole('button', { name: 'Nhập số, ngày kế hoạch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Số và ngày ban hành của kế hoạch' });
    await dialog.getByRole('textbox', { name: 'Số kế hoạch' }).fill('45');
    const issued = dialog.getByRole('textbox', { name: 'Ngày ban hành kế hoạch' });
    await issued.click();
    await issued.fill('10/02/2025');
    await dialog.getByRole('textbox', { name: 'Số kế hoạch' }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await planAlert.waitFor({ state: 'detached' });
    const first = await downloads(2, () =>
      page.getByRole('button', { name: 'Tạo báo cáo Word và phụ lục Excel' }).click(),
    );
    const names = first.map((d) => d.suggestedFilename()).sort();
    expect(names[0]).toMatch(/\.docx$/);
    expect(names[1]).toMatch(/\.xlsx$/);
    const docx = first.find((d) => d.suggestedFilename().endsWith('.docx'))!;
    const firstText = await docxText(docx);
    expect(firstText).toContain(SENTENCE);
    // The first mention cites the plan in full, with the number and date just entered.
    expect(firstText).toContain(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh',
    );
    const history = page.locator('.history-card');
    for (const n of names) await history.getByText(n, { exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Số văn bản' }).fill('12');
    const date = page.getByRole('textbox', { name: 'Ngày ký' });
    await date.click();
    await date.fill('05/10/2025');
    // Leave the box (Enter would submit the form at once).
    await page.getByRole('textbox', { name: 'Số văn bản' }).click();
    expect(await formItem(page, 'Ngày ký').locator('input').inputValue()).toBe('05/10/2025');
    const signed = await downloads(2, () =>
      page.getByRole('button', { name: 'Ghi số và tạo lại văn bản' }).click(),
    );
    const signedDocx = signed.find((d) => d.suggestedFilename().endsWith('.docx'))!;
    expect(signedDocx.suggestedFilename()).toContain('so-12');
    const text = await docxText(signedDocx);
    expect(text).toContain('Số: 12/BC-');
    expect(text).toContain(SENTENCE);

    // The history lists all four files.
    await expect.poll(() => history.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(4);
    for (const d of [...first, ...signed])
      expect(await history.textContent()).toContain(d.suggestedFilename());
    const workspace = await call(app.backend.dispatch, 'reports.get', { period: PERIOD });
    expect(workspace.report?.number).toBe('12');
    expect(workspace.report?.date).toBe('2025-10-05');
    await shot(page, 'reports-export');

    // PDF of the signed report: LibreOffice converts it in browser mode (installed by .ci/run);
    // without it the backend's message must say so.
    const pdfButton = page.getByRole('button', {
      name: `Chuyển ${signedDocx.suggestedFilename()} sang PDF`,
    });
    if (hasOffice) {
      const [pdf] = await downloads(1, () => pdfButton.click());
      expect(pdf!.suggestedFilename()).toMatch(/so-12\.pdf$/);
      const path = await pdf!.path();
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      await pdfButton.click();
      await page
        .locator('.ant-message-error')
        .getByText(/LibreOffice/)
        .waitFor({ timeout: 60_000 });
    }
  });

  it.skipIf(!hasOffice)(
    'opens the print-ready PDF in a window of its own for printing',
    async () => {
      const docxName = (await page.locator('.history-card .file-name').allTextContents()).find(
        (n) => /so-12\.docx$/.test(n.trim()),
      )!;
      const [popup] = await Promise.all([
        page.waitForEvent('popup', { timeout: 90_000 }),
        page.getByRole('button', { name: `In ${docxName.trim()}` }).click(),
      ]);
      const url = popup.url();
      expect(url).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
      // The window shows the PDF the app made, in the browser's PDF viewer.
      await popup.waitForLoadState();
      expect(await popup.evaluate(() => document.contentType)).toBe('application/pdf');
      await popup.close();
    },
  );

  it('makes the reminder letter for the agencies that have not reported', async () => {
    const missing = countRegister(status.register).missing;
    if (missing === 0) {
      await page.getByText('Tất cả đơn vị đã gửi báo cáo kỳ này').waitFor();
      return;
    }
    await page.getByText(`Còn ${missing} đơn vị chưa gửi báo cáo`).waitFor();
    const [letter] = await downloads(1, () =>
      page.getByRole('button', { name: 'Tạo công văn đôn đốc' }).click(),
    );
    expect(letter!.suggestedFilename()).toMatch(/\.docx$/);
    expect(await docxText(letter!)).toMatch(/đôn đốc/i);
    await toast(page, `Đã tạo công văn đôn đốc gửi ${missing} đơn vị`).waitFor();
    // The letter is kept with its hash, ready to download, save as PDF or print again.
    await page.getByRole('heading', { name: 'Công văn đã tạo' }).waitFor();
    await page
      .getByRole('button', { name: `Chuyển ${letter!.suggestedFilename()} sang PDF` })
      .waitFor();
    await shot(page, 'reports-letters');
  });

  it('logs no errors in the browser', () => {
    expect(problems).toEqual([]);
  });
});
