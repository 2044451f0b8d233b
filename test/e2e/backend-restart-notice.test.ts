// The desktop app's notice when the backend process stopped and was restarted: preload.ts relays
// main's event as window.thbcShell.onBackendRestarted; here a stand-in for that bridge fires it
// in the page served over HTTP, which draws the same UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, shot, startApp, type TestApp } from './harness';

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  const context = await launched.browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1400, height: 900 },
  });
  await context.addInitScript(() => {
    const listeners = new Set<() => void>();
    const shell = {
      onBackendRestarted: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    Object.assign(window, {
      thbcShell: shell,
      fireBackendRestarted: () => listeners.forEach((l) => l()),
      shellListeners: () => listeners.size,
    });
  });
  page = await context.newPage();
  await page.goto(app.server.url);
});

afterAll(async () => {
  await closeBrowser?.();
  await app?.close();
});

describe('backend restarted', () => {
  it('is said once in Vietnamese, and stays until the user closes it', async () => {
    await page.getByRole('navigation').waitFor();
    // The notice listens once (and stops listening when it unmounts).
    await expect.poll(() => page.evaluate('shellListeners()')).toBe(1);
    await page.evaluate('fireBackendRestarted()');
    await page.evaluate('fireBackendRestarted()');
    const notice = page.locator('.ant-notification-notice');
    await notice.getByText('Đã khởi động lại phần xử lý dữ liệu').waitFor();
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('Dữ liệu đã lưu không bị ảnh hưởng');
    await shot(page, 'backend-restart-notice', { fullPage: false });
    await notice.getByRole('button', { name: /close|đóng/i }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
