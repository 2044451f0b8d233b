// Browser mode: a page served from another port of 127.0.0.1 is the same "site" as the app, so
// Chromium sends it the app's SameSite=Strict cookie. Such a page must still not reach the API: a
// no-cors fetch, a CORS fetch and a plain form POST (text/plain, shaped as JSON) are all refused,
// and nothing is written, while the app's own page keeps working.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/backend/dispatch';
import { launchBrowser, openApp, startApp, type TestApp, watchProblems } from './harness';

interface ApiRequest {
  path: string;
  method: string;
  status: number;
  site: string | undefined;
}

let app: TestApp;
let closeBrowser: () => Promise<void>;
let page: Page;
let other: Server;
let otherOrigin: string;
const api: ApiRequest[] = [];
const problems: string[] = [];

/** The other port's page: three ways to call the API that a same-site page has. */
function otherPage(apiBase: string): string {
  const body = JSON.stringify({ patch: { place: 'Bị sửa bằng fetch' } });
  return `<!doctype html><html><head><title>Trang khác</title></head><body>
<form id="f" method="POST" enctype="text/plain" action="${apiBase}/api/settings.update">
  <input name='{"patch":{"place":"Bị sửa bằng form' value='"}}'>
</form>
<script>
  window.results = {};
  const url = ${JSON.stringify(`${apiBase}/api/settings.update`)};
  const body = ${JSON.stringify(body)};
  (async () => {
    try {
      const r = await fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include',
        headers: { 'Content-Type': 'text/plain' }, body });
      window.results.noCors = r.type;
    } catch (e) { window.results.noCors = 'error'; }
    try {
      const r = await fetch(url, { method: 'POST', credentials: 'include',
        headers: { 'Content-Type': 'application/json' }, body });
      window.results.cors = r.status;
    } catch (e) { window.results.cors = 'error'; }
    window.done = true;
  })();
</script></body></html>`;
}

beforeAll(async () => {
  app = await startApp();
  app.server.server.on('request', (req, res) => {
    if (!req.url?.startsWith('/api/')) return;
    const site = req.headers['sec-fetch-site'] as string | undefined;
    res.on('finish', () =>
      api.push({ path: req.url!, method: req.method!, status: res.statusCode, site }),
    );
  });
  const apiBase = `http://127.0.0.1:${app.server.port}`;
  other = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(otherPage(apiBase));
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  const launched = await launchBrowser();
  closeBrowser = launched.close;
  page = await openApp(launched.browser, app);
  watchProblems(page, problems);
});

afterAll(async () => {
  await closeBrowser?.();
  await new Promise<void>((resolve) => other?.close(() => resolve()) ?? resolve());
  await app?.close();
});

describe('a page on another port of 127.0.0.1', () => {
  it('cannot write through the API, though the browser holds the session cookie', async () => {
    // The app itself works: its requests carry the token header and are answered.
    await page.getByRole('navigation').waitFor();
    await expect.poll(() => api.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    expect(api.every((r) => r.status === 200 && r.site === 'same-origin')).toBe(true);
    const cookies = await page.context().cookies(app.server.url);
    expect(cookies.map((c) => c.name)).toContain('thbc_token');
    const before = await call(app.backend.dispatch, 'settings.get', {});
    const ownCount = api.length;

    // The other port's page, in the same browser profile (so with the cookie).
    const foreign = await page.context().newPage();
    await foreign.goto(`${otherOrigin}/`);
    await foreign.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
    const results = await foreign.evaluate(
      () => (window as unknown as { results: Record<string, unknown> }).results,
    );
    // no-cors hides the answer from the page; the CORS request dies at its preflight.
    expect(results).toEqual({ noCors: 'opaque', cors: 'error' });

    // A form posting "JSON" as text/plain: the server's answer is a refusal.
    const [response] = await Promise.all([
      foreign.waitForResponse((r) => r.url().includes('/api/settings.update')),
      foreign.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit()),
    ]);
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Yêu cầu đến từ một trang khác nên bị từ chối/) },
    });

    // The app's own page may still be loading in the background; its requests say same-origin.
    const later = api.slice(ownCount);
    const attempts = later.filter((r) => r.site !== 'same-origin');
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(attempts.filter((r) => r.status !== 403 || r.site !== 'same-site')).toEqual([]);
    expect(later.filter((r) => r.site === 'same-origin' && r.status !== 200)).toEqual([]);
    expect(await call(app.backend.dispatch, 'settings.get', {})).toEqual(before);
    await foreign.close();

    // And the app's own page still writes.
    await page.reload();
    await page.getByRole('navigation').waitFor();
    const status = await page.evaluate(async () => {
      const token = document.querySelector('meta[name="thbc-token"]')?.getAttribute('content');
      const r = await fetch('./api/settings.update', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-THBC-Token': token ?? '' },
        body: JSON.stringify({ patch: { place: 'Lai Châu' } }),
      });
      return r.status;
    });
    expect(status).toBe(200);
    expect(problems).toEqual([]);
  });
});
