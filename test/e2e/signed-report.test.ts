// Issue 9 end to end: the clerk marks the period's report as signed (Bản đã ký); a new version of
// an agency's report arrives for the period; the signed report's figures on screen are still the
// ones it was signed with, while the current figures follow the new version. From a figure, one
// click shows where it came from (Truy vết) and opens the agency's submission at that row.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import type { PeriodStatus } from '../../shared/api';
import { TASK_STATUS_LABEL } from '../../shared/domain/status-labels';
import type { TaskStatusRow } from '../../shared/domain/types';
import { fillForm } from '../fixtures/fill-form';
import { launchBrowser, openApp, shot, startApp, type TestApp, watchProblems } from './harness';
import { openedDialog, row, toast } from './ui-helpers';

const PERIOD = '2025-Q3';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
let form: { fileName: string; data: string };
let before: PeriodStatus;
const problems: string[] = [];

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

function statusText(status: PeriodStatus, code: string): string {
  return TASK_STATUS_LABEL[status.tasks.find((t) => t.code === code)!.status];
}

beforeAll(async () => {
  app = await startApp();
  const forms = await call(app.backend.dispatch, 'forms.generate', { period: PERIOD });
  form = forms.files.find((f) => /KHCN/i.test(f.fileName)) ?? forms.files[0]!;
  const filled = await fillForm(form.fileName, form.data, 0);
  const preview = await call(app.backend.dispatch, 'imports.preview', {
    files: [{ name: filled.name, data: filled.data }],
    period: PERIOD,
  });
  await call(app.backend.dispatch, 'imports.commit', {
    previewId: preview.id,
    files: preview.files.map((f) => ({
      fileId: f.fileId,
      acceptSuggested: true,
      ...(f.needsReceivedOn ? { receivedOn: '2025-09-08' } : {}),
    })),
  });
  before = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('the signed report is a record, and every figure traces to its source', () => {
  let traced: TaskStatusRow;

  it('marks the numbered report as the signed version; the history says which files', async () => {
    await page.goto(`${app.server.url}#/bao-cao-tong-hop?ky=${PERIOD}&tab=xuat-van-ban`);
    await downloads(2, () =>
      page.getByRole('button', { name: 'Tạo báo cáo Word và phụ lục Excel' }).click(),
    );
    const mark = page.getByRole('button', { name: 'Đánh dấu là bản đã ký' });
    // Not before the number and date are recorded.
    expect(await mark.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Số văn bản' }).fill('12');
    const date = page.getByRole('textbox', { name: 'Ngày ký' });
    await date.click();
    await date.fill('05/10/2025');
    await page.getByRole('textbox', { name: 'Số văn bản' }).click();
    await downloads(2, () =>
      page.getByRole('button', { name: 'Ghi số và tạo lại văn bản' }).click(),
    );
    await expect.poll(() => mark.isDisabled()).toBe(false);
    await mark.click();
    const dialog = page.getByRole('dialog');
    await openedDialog(dialog);
    await dialog.getByRole('button', { name: 'Đánh dấu bản đã ký' }).click();
    await toast(page, 'là bản đã ký').waitFor();
    const history = page.locator('.history-card');
    await history.getByRole('columnheader', { name: 'Mã kiểm tra' }).waitFor();
    await expect.poll(() => history.locator('tr.signed-row').count()).toBe(2);
    for (const text of await history.locator('tr.signed-row').allTextContents()) {
      expect(text).toContain('Bản đã ký');
      expect(text).toContain('so-12');
    }
    await page.locator('.ant-alert').filter({ hasText: 'là bản đã ký' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ghi số và tạo lại văn bản' }).isDisabled()).toBe(
      true,
    );
    await shot(page, 'signed-marked');
    // The narrative tab says that saving an edit makes a new report, never changes the signed one.
    await page.getByRole('tab', { name: 'Nội dung báo cáo' }).click();
    await page.getByText('Nội dung của bản đã ký số 12').waitFor();
  });

  it('a new version imported for the period leaves the signed figures as they were', async () => {
    const filled = await fillForm(form.fileName, form.data, 1);
    const path = join(app.dir, filled.name.replace(/\.xlsx$/, '_lan2.xlsx'));
    writeFileSync(path, Buffer.from(filled.data, 'base64'));
    await page.goto(`${app.server.url}#/tiep-nhan?ky=${PERIOD}&phan=nhap`);
    await page.locator('.ant-upload-drag input[type=file]').setInputFiles([path]);
    await page.getByRole('button', { name: 'Xem trước 1 tệp' }).click();
    await page.getByText(/tệp này sẽ là phiên bản 2/).waitFor({ timeout: 30_000 });
    const received = page.getByRole('textbox', { name: /Ngày nhận/ });
    if ((await received.count()) > 0 && (await received.first().inputValue()) === '') {
      await received.first().fill('20/09/2025');
      await page.keyboard.press('Tab');
    }
    await page
      .getByRole('region', { name: 'Ghi các tệp' })
      .getByRole('button', { name: /Ghi vào cơ sở dữ liệu/ })
      .click();
    await page.getByText(/Đã ghi phiên bản 2/).waitFor({ timeout: 30_000 });

    const now = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
    traced = before.tasks.find((t) => {
      const later = now.tasks.find((x) => x.taskId === t.taskId)!;
      return t.leadReports.length === 1 && later.status !== t.status;
    })!;
    expect(traced).toBeDefined();

    await page.goto(
      `${app.server.url}#/bao-cao-tong-hop?ky=${PERIOD}&tab=nhiem-vu&q=${traced.code}`,
    );
    const current = row(page, traced.code);
    await current.waitFor();
    expect(await current.textContent()).toContain(statusText(now, traced.code));
    await page.getByText(/^Số liệu bản đã ký số 12, ngày 05\/10\/2025$/).click();
    await page.getByText(/Đang xem số liệu của bản đã ký số 12/).waitFor();
    const signedRow = row(page, traced.code);
    await expect.poll(() => signedRow.textContent()).toContain(statusText(before, traced.code));
    // Every status the signed view shows is the one the report was signed with.
    await page.goto(
      `${app.server.url}#/bao-cao-tong-hop?ky=${PERIOD}&tab=nhiem-vu&so-lieu=ban-da-ky`,
    );
    await page.getByText(/Đang xem số liệu của bản đã ký số 12/).waitFor();
    const ws = await call(app.backend.dispatch, 'reports.get', { period: PERIOD });
    expect(ws.signed!.figures!.tasks.map((t) => t.status)).toEqual(
      before.tasks.map((t) => t.status),
    );
    await shot(page, 'signed-signed-figures');
  });

  it('one click on a signed status shows its source and opens that submission at the row', async () => {
    await page.goto(
      `${app.server.url}#/bao-cao-tong-hop?ky=${PERIOD}&tab=nhiem-vu&so-lieu=ban-da-ky&q=${traced.code}`,
    );
    await page
      .getByRole('button', { name: `Truy vết tình trạng nhiệm vụ ${traced.code}`, exact: true })
      .click();
    const pop = page.locator('.trace-popover');
    await pop.getByText('Mở báo cáo của đơn vị').waitFor();
    const text = (await pop.textContent()) ?? '';
    const source = (
      await call(app.backend.dispatch, 'submissions.get', {
        id: traced.leadReports[0]!.submissionId,
      })
    ).progress.find((p) => p.taskId === traced.taskId)!;
    const [sheet, rowNo] = source.sourceRow!.split('!');
    expect(text).toContain(traced.leadReports[0]!.agency.name);
    expect(text).toContain(`Trang tính${sheet}`);
    expect(text).toContain(`Dòng${rowNo}`);
    expect(text).toContain('Phiên bản 1');
    expect(text).toContain('Đã có phiên bản mới hơn');
    expect(text).toMatch(/Tệp.*\.xlsx/);
    expect(text).toMatch(/Ngày nhận\d{2}\/\d{2}\/\d{4}/);
    await shot(page, 'signed-trace-popover');

    await pop.getByRole('link', { name: 'Mở báo cáo của đơn vị' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(/Phiên bản 1 \/ 2 phiên bản/).waitFor();
    // An earlier version is not in the register's rows; its own agency names the drawer.
    await drawer.getByText(`Báo cáo của ${traced.leadReports[0]!.agency.name}`).waitFor();
    const focused = drawer.locator('tr.source-focus-row');
    await focused.waitFor();
    expect(await focused.textContent()).toContain(traced.code);
    expect(await focused.textContent()).toContain(source.sourceRow);
    await shot(page, 'signed-trace-drawer');
  });

  it('an indicator value traces to its source too', async () => {
    const x = (await call(app.backend.dispatch, 'status.get', { period: PERIOD })).indicators.find(
      (i) => i.submissionId && i.value !== null,
    )!;
    await page.goto(
      `${app.server.url}#/bao-cao-tong-hop?ky=${PERIOD}&tab=chi-tieu&q=${encodeURIComponent(x.text.slice(0, 30))}`,
    );
    await page
      .getByRole('button', { name: `Truy vết số liệu chỉ tiêu ${x.code}`, exact: true })
      .first()
      .click();
    const pop = page.locator('.trace-popover');
    await pop.getByText('Mở báo cáo của đơn vị').waitFor();
    expect(await pop.textContent()).toContain('Phiên bản 2');
    await shot(page, 'signed-trace-indicator');
  });

  it('overdue tasks on the dashboard trace to their source the same way', async () => {
    const now = await call(app.backend.dispatch, 'status.get', { period: PERIOD });
    const overdue = now.tasks.filter((t) => t.status === 'overdue' && t.leadReports.length > 0);
    expect(overdue.length).toBeGreaterThan(0);
    await page.goto(`${app.server.url}#/tong-quan?ky=${PERIOD}`);
    const first = page.getByRole('button', { name: /^Truy vết tình trạng nhiệm vụ / }).first();
    await first.click();
    const pop = page.locator('.trace-popover');
    await pop.getByText('Mở báo cáo của đơn vị').waitFor();
    expect(await pop.textContent()).toContain('Phiên bản 2');
    await shot(page, 'signed-trace-dashboard');
    expect(problems.join('\n')).toBe('');
  });
});
