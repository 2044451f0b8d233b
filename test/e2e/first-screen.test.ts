// Issue 13, the first screen's JS: what Chromium really fetches before the dashboard (Tổng quan, the
// default route) shows its figures is the build's entry and dashboard chunks with what they import,
// nothing more; the parts drawn later (the error page's illustrations, Card's tabs, Typography's
// editor, dayjs for the date pickers) stay out of it, and still work where they are used. Prints
// the bytes per chunk (also `npm run -s size`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtScripts, firstScreenChunks, firstScreenScripts, scriptTable } from './first-screen';
import { launchBrowser, openApp, startApp, type TestApp } from './harness';

let app: TestApp;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  browser = launched.browser;
  closeBrowser = launched.close;
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

/** The chunk the build made for a module loaded on first draw, by its name. */
function laterChunk(name: string): string {
  const chunk = builtScripts().find((f) => f.startsWith(`${name}-`));
  if (!chunk) throw new Error(`the build has no ${name} chunk of its own`);
  return chunk;
}

async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

describe('first screen', () => {
  it('loads the entry and dashboard chunks with their imports, not the parts drawn later', async () => {
    const scripts = await firstScreenScripts(browser, app);
    console.log(scriptTable(scripts));
    const loaded = scripts.map((s) => s.file);
    expect(loaded.toSorted()).toEqual([...firstScreenChunks()].toSorted());
    for (const later of ['ScreenErrorView', 'tabs', 'Editable', 'dayjs-vi'])
      expect(loaded).not.toContain(laterChunk(later));
  });

  it('gives the date pickers of later screens Vietnamese weekdays, Monday first', async () => {
    const page = await openApp(browser, app);
    await page.locator('.stat-tiles').first().waitFor();
    await openScreen(page, 'Kỳ báo cáo');
    await page.getByRole('button', { name: 'Tạo kỳ báo cáo đột xuất' }).click();
    await page.getByRole('dialog').getByLabel('Từ ngày', { exact: true }).click();
    const weekdays = page.locator('.ant-picker-dropdown .ant-picker-content thead th');
    await expect
      .poll(() => weekdays.allInnerTexts())
      .toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    await page.context().close();
  });
});
