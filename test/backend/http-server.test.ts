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
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tổng hợp Báo cáo</title>');
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

  it('refuses API calls and pages without the token', async () => {
    const res = await fetch(`${base()}/api/catalogue.get`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/Phiên làm việc không hợp lệ/);
    expect((await fetch(`${base()}/`)).status).toBe(401);
    expect((await fetch(`${base()}/?token=wrong`, { redirect: 'manual' })).status).toBe(401);
  });

  it('hands the browser a cookie from the start URL, then serves the UI with a CSP', async () => {
    const first = await fetch(server.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await fetch(`${base()}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('Tổng hợp Báo cáo');
  });

  it('answers API calls with the envelope, and rejects foreign Host headers', async () => {
    const headers = { 'x-thbc-token': server.token };
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

  it('rejects bodies over the limit and non-JSON bodies with a Vietnamese message', async () => {
    const headers = { 'x-thbc-token': server.token };
    const big = await fetch(`${base()}/api/settings.get`, {
      method: 'POST',
      body: 'x'.repeat(20_000),
      headers,
    }).catch(() => null);
    if (big) expect(big.status).toBe(400);
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
