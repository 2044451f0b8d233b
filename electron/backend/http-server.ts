// The backend over HTTP on 127.0.0.1 for browser mode and end-to-end tests. Every request must
// carry the session token (cookie set from the start URL, or the X-THBC-Token header), and the
// Host header must be this loopback address, which closes DNS-rebinding and cross-site requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from './dispatch';
import { AppError } from '../../shared/errors';
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
    if (!authorised(req, token)) return unauthorized(res);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') {
        res.writeHead(405, { Allow: 'POST' }).end();
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      let args: unknown;
      try {
        args = JSON.parse((await readBody(req, maxBody)) || '{}');
      } catch (error) {
        const message =
          error instanceof AppError ? error.message : 'Dữ liệu gửi lên không phải JSON hợp lệ.';
        return send(res, 400, { ok: false, error: { code: 'INVALID_ARGS', message } });
      }
      const envelope = await options.dispatch(method, args);
      return send(res, 200, envelope);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!options.staticDir) {
      res.writeHead(404).end();
      return;
    }
    await serveStatic(options.staticDir, url.pathname, res);
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

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function authorised(req: IncomingMessage, token: string): boolean {
  const header = req.headers['x-thbc-token'];
  if (typeof header === 'string' && same(header, token)) return true;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === COOKIE);
  return cookie !== undefined && same(cookie[1] ?? '', token);
}

function unauthorized(res: ServerResponse): void {
  res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng bằng địa chỉ in ra khi khởi động.');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(
          new AppError('INVALID_ARGS', 'Dữ liệu gửi lên quá lớn. Hãy gửi ít tệp hơn mỗi lần.'),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const base = normalize(root + sep);
  const wanted = normalize(join(root, decodeURIComponent(pathname)));
  // Anything outside the build folder, or not a file, falls back to the single-page entry.
  let file = wanted.startsWith(base) ? wanted : join(root, 'index.html');
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) file = join(root, 'index.html');
  const body = await readFile(file).catch(() => null);
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
