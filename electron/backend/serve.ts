// Browser mode: the backend and the built UI over HTTP on 127.0.0.1, for machines where the
// Electron binary is missing and for the end-to-end tests.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, type Backend } from './backend';
import { describeStartupProblem, startupProblemText } from './db/problems';
import { startHttpServer } from './http-server';
import { fileLogger } from './logger';
import { appRoot, resolveDbPath } from './paths';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
  },
});

const dbPath = resolveDbPath(values.db);
const backend = openBackend(dbPath);
if (backend) await serve(backend);
else process.exitCode = 1;

/** The backend, or null after saying (in Vietnamese, not as a stack) why the database won't open. */
function openBackend(path: string): Backend | null {
  try {
    return createBackend({ dbPath: path, transport: 'http' });
  } catch (error) {
    // Damaged, newer, locked or read-only: what happened and what to do next.
    const problem = describeStartupProblem(error, path);
    if (problem.kind === 'unknown')
      fileLogger(join(dirname(path), 'logs', 'app.log')).error(
        'Không mở được cơ sở dữ liệu',
        error,
      );
    console.error(startupProblemText(problem));
    return null;
  }
}

async function serve(backend: Backend): Promise<void> {
  const running = await startHttpServer({
    dispatch: backend.dispatch,
    staticDir: join(appRoot(), 'dist', 'renderer'),
    port: values.port ? Number(values.port) : 0,
  });

  console.log('Tổng hợp Báo cáo đang chạy ở chế độ trình duyệt.');
  console.log(`Cơ sở dữ liệu: ${backend.ctx.dbPath}`);
  console.log(`Mở địa chỉ này trong trình duyệt: ${running.url}`);
  console.log('Nhấn Ctrl+C để dừng.');

  if (!values['no-open'] && !process.env.CI) openBrowser(running.url);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void running.close().then(() => {
        backend.close();
        process.exit(0);
      });
    });
  }
}

function openBrowser(url: string): void {
  const command =
    process.platform === 'win32'
      ? { cmd: 'cmd', args: ['/c', 'start', '""', url] }
      : process.platform === 'darwin'
        ? { cmd: 'open', args: [url] }
        : { cmd: 'xdg-open', args: [url] };
  // No browser installed is fine: the URL is printed above.
  const child = spawn(command.cmd, command.args, { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
