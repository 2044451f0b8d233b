// The backend over HTTP on 127.0.0.1 for browser mode and end-to-end tests. The Host header must be
// this loopback address (DNS rebinding). Pages need the session token, set as a cookie from the
// start URL. A cookie is not enough for the API: it also reaches this server from pages on other
// ports of 127.0.0.1 (the same "site"), so /api wants the token in the X-THBC-Token header — the
// app's page reads it from a meta tag the server writes into index.html, which another origin
// cannot read — a JSON body, and no foreign Origin or Sec-Fetch-Site.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from './dispatch';
import type { GeneratedFile } from '../../shared/api';
import type { Envelope } from '../../shared/errors';
import { SESSION_MESSAGE } from '../../shared/messages/common';
import { CSP } from './csp';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** Built renderer (dist/renderer); API only when null. */
  staticDir: string | null;
  port?: number;
  token?: string;
  /** Largest request body accepted (uploads arrive base64-encoded). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  token: string;
  /** URL that opens the app and hands the browser its token. */
  url: string;
  close(): Promise<void>;
}

const COOKIE = 'thbc_token';
const TOKEN_HEADER = 'x-thbc-token';
/** The page's copy of the token, read by the renderer's HTTP transport. */
const TOKEN_META = 'thbc-token';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const maxBody = options.maxBodyBytes ?? 300 * 1024 * 1024;
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ nội bộ.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
      res.writeHead(421).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.searchParams.has('token')) {
      if (!same(url.searchParams.get('token') ?? '', token)) return unauthorized(res);
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      res.end();
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (foreign(req)) return refuse(res, 403, FOREIGN_MESSAGE);
      const header = req.headers[TOKEN_HEADER];
      if (typeof header !== 'string' || !same(header, token)) return unauthorized(res);
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') return refuse(res, 415, JSON_ONLY_MESSAGE);
      const tooLarge = tooLargeMessage(maxBody);
      if (Number(req.headers['content-length'] ?? 0) > maxBody) return refuse(res, 413, tooLarge);
      const body = await readBody(req, maxBody);
      if (body === null) return refuse(res, 413, tooLarge);
      let args: unknown;
      try {
        args = JSON.parse(body || '{}');
      } catch {
        return refuse(res, 400, 'Dữ liệu gửi lên không phải JSON hợp lệ.');
      }
      const envelope = await options.dispatch(method(url), args);
      return send(res, 200, envelope);
    }
    if (!authorised(req, token)) return unauthorized(res);
    // Pages may be navigated to from anywhere; their parts load only from this origin.
    const navigation = req.headers['sec-fetch-mode'] === 'navigate';
    if (!navigation && foreign(req)) return refuse(res, 403, FOREIGN_MESSAGE);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    // A finished job's file (the forms' zip) as a download, once: not base64 in a JSON answer.
    const job = /^\/files\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (job) return serveJobFile(await options.dispatch('jobs.file', { id: job[1] }), res);
    if (!options.staticDir) {
      res.writeHead(404).end();
      return;
    }
    await serveStatic(options.staticDir, url.pathname, res, token);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const FOREIGN_MESSAGE =
  'Yêu cầu đến từ một trang khác nên bị từ chối. Hãy dùng ứng dụng từ chính địa chỉ in ra khi khởi động.';
const JSON_ONLY_MESSAGE = 'Dữ liệu gửi lên phải ở dạng JSON (Content-Type: application/json).';

function tooLargeMessage(max: number): string {
  const limit =
    max >= 1024 * 1024 ? `${Math.floor(max / (1024 * 1024))} MB` : `${Math.ceil(max / 1024)} KB`;
  return `Dữ liệu gửi lên quá lớn (tối đa ${limit} mỗi lần). Hãy gửi ít tệp hơn mỗi lần, hoặc chia tệp lớn.`;
}

function method(url: URL): string {
  try {
    return decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return '';
  }
}

/** A request a page of another origin made: its Origin, or the browser's Sec-Fetch-Site, says so. */
function foreign(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  return origin !== undefined && origin !== `http://${req.headers.host}`;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  const code = status === 413 || status === 415 || status === 400 ? 'INVALID_ARGS' : 'UNAUTHORIZED';
  send(res, status, { ok: false, error: { code, message } });
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function authorised(req: IncomingMessage, token: string): boolean {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && same(header, token)) return true;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === COOKIE);
  return cookie !== undefined && same(cookie[1] ?? '', token);
}

function serveJobFile(envelope: Envelope<unknown>, res: ServerResponse): void {
  if (!envelope.ok) return refuse(res, 404, envelope.error.message);
  const file = envelope.value as GeneratedFile;
  const bytes = Buffer.from(file.data, 'base64');
  res.writeHead(200, {
    'Content-Type': 'application/zip',
    'Content-Length': bytes.length,
    // The names are ASCII (BieuMau_2025-Q3.zip): no encoding needed.
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

function unauthorized(res: ServerResponse): void {
  res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(SESSION_MESSAGE);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

/** The body as text, or null when it grows past `max` (the rest is read and dropped). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serveStatic(
  root: string,
  pathname: string,
  res: ServerResponse,
  token: string,
): Promise<void> {
  const base = normalize(root + sep);
  const wanted = normalize(join(root, decodeURIComponent(pathname)));
  // Anything outside the build folder, or not a file, falls back to the single-page entry.
  let file = wanted.startsWith(base) ? wanted : join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) file = join(root, 'index.html');
  let body = await readFile(file).catch(() => null);
  if (body && extname(file) === '.html') {
    // The page's own copy of the token for the API header; no other origin can read this page.
    const meta = `<meta name="${TOKEN_META}" content="${token}" />`;
    const html = body.toString('utf8');
    body = Buffer.from(
      /<\/head>/i.test(html)
        ? html.replace(/<\/head>/i, `${meta}</head>`)
        : html.replace(/^(<!doctype[^>]*>)?/i, (doctype) => doctype + meta),
    );
  }
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Chưa có giao diện đã build. Chạy: npm run build');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  res.end(body);
}
