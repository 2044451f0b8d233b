import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, type RunningServer } from '../../electron/backend/http-server';
import { memoryBackend } from './helpers';

describe('HTTP transport', () => {
  const app = memoryBackend();
  const staticDir = mkdtempSync(join(tmpdir(), 'thbc-static-'));
  let server: RunningServer;
  const base = () => `http://127.0.0.1:${server.port}`;

  beforeAll(async () => {
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><html><head><title>Tổng hợp Báo cáo</title></head><body></body></html>',
    );
    server = await startHttpServer({ dispatch: app.dispatch, staticDir, maxBodyBytes: 10_000 });
  });
  afterAll(async () => {
    await server.close();
    app.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, on a random port', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.port).toBeGreaterThan(0);
  });

  const json = () => ({ 'x-thbc-token': server.token, 'content-type': 'application/json' });

  it('refuses API calls and pages without the token', async () => {
    const res = await fetch(`${base()}/api/catalogue.get`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Phiên làm việc không hợp lệ/);
    expect((await fetch(`${base()}/`)).status).toBe(401);
    expect((await fetch(`${base()}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
  });

  it('hands the browser a cookie from the start URL, then serves the UI with a CSP and the token', async () => {
    const first = await fetch(server.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await fetch(`${base()}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const html = await page.text();
    expect(html).toContain('Tổng hợp Báo cáo');
    // The page's copy of the token, for the API header (other origins cannot read the page).
    expect(html).toContain(`<meta name="thbc-token" content="${server.token}" /></head>`);
  });

  it('wants the token in a header for the API: the cookie alone is not enough', async () => {
    const cookie = `thbc_token=${server.token}`;
    const res = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{}',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Phiên làm việc không hợp lệ/);
    const wrong = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{}',
      headers: { ...json(), 'x-thbc-token': 'x'.repeat(server.token.length) },
    });
    expect(wrong.status).toBe(401);
  });

  it('accepts only JSON bodies, so plain forms and no-cors fetches cannot call it', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
    ]) {
      const res = await fetch(`${base()}/api/settings.update`, {
        method: 'POST',
        body: JSON.stringify({ patch: { place: 'Nơi khác' } }),
        headers: { 'x-thbc-token': server.token, ...(type ? { 'content-type': type } : {}) },
      });
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { message: 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).' },
      });
    }
    const ok = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{}',
      headers: { ...json(), 'content-type': 'application/json; charset=utf-8' },
    });
    expect(ok.status).toBe(200);
    expect(await app.call('settings.get', {})).toMatchObject({ place: 'Lai Châu' });
  });

  it('refuses requests from other origins, even same-site ones on another port', async () => {
    const refusals: Record<string, string>[] = [
      { origin: 'http://127.0.0.1:1' },
      { origin: 'http://localhost:1' },
      { origin: 'null' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const extra of refusals) {
      const res = await fetch(`${base()}/api/settings.get`, {
        method: 'POST',
        body: '{}',
        headers: { ...json(), ...extra },
      });
      expect(res.status, JSON.stringify(extra)).toBe(403);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/^Yêu cầu đến từ một trang khác nên bị từ chối/) },
      });
    }
    // Its own origin, as Chromium sends it on every POST.
    const own = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{}',
      headers: { ...json(), origin: base(), 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(200);
    // The app's scripts are not for other sites' pages either; a navigation to the app is fine.
    // (node:http, since fetch always sends its own Sec-Fetch-Mode.)
    const get = async (mode: string) => {
      const { request } = await import('node:http');
      return new Promise<number>((resolve) => {
        const headers = {
          cookie: `thbc_token=${server.token}`,
          'sec-fetch-site': 'same-site',
          'sec-fetch-mode': mode,
        };
        request({ host: '127.0.0.1', port: server.port, path: '/', headers }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        }).end();
      });
    };
    expect(await get('no-cors')).toBe(403);
    expect(await get('navigate')).toBe(200);
  });

  it('answers API calls with the envelope, and rejects foreign Host headers', async () => {
    const headers = json();
    const res = await fetch(`${base()}/api/settings.get`, { method: 'POST', body: '{}', headers });
    expect(await res.json()).toMatchObject({ ok: true, value: { abbreviation: 'SKHCN' } });
    const unknown = await fetch(`${base()}/api/nope`, { method: 'POST', body: '{}', headers });
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/settings.get',
          method: 'POST',
          headers: { ...headers, host: 'evil.example:80' },
        },
        (r) => resolve(r.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('rejects bodies over the limit (413) and non-JSON bodies with a Vietnamese message', async () => {
    const headers = json();
    const big = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: 'x'.repeat(20_000),
      headers,
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGS',
        message:
          'Dữ liệu gửi lên quá lớn (tối đa 10 KB mỗi lần). Hãy gửi ít tệp hơn mỗi lần, hoặc chia tệp lớn.',
      },
    });
    // Sent in chunks without a Content-Length: counted as it arrives.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(4000)));
        controller.close();
      },
    });
    const streamed = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: chunks,
      headers,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // The server still answers afterwards.
    const after = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{}',
      headers,
    });
    expect(after.status).toBe(200);
    const bad = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: '{oops',
      headers,
    });
    expect(await bad.json()).toMatchObject({
      ok: false,
      error: { message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' },
    });
  });

  it('never serves files outside the build folder', async () => {
    const res = await fetch(`${base()}/..%2F..%2Fetc%2Fpasswd`, {
      headers: { 'x-thbc-token': server.token },
    });
    expect(await res.text()).not.toMatch(/root:/);
  });
});
