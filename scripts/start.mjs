// `npm start`: the desktop app when Electron's binary is here or can be fetched; otherwise the
// same UI in the browser, served by the backend on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const passThrough = process.argv.slice(2);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildIfStale() {
  const stamp = 'dist/.build-stamp';
  const sources = Math.max(...['renderer', 'shared', 'electron'].map(newestMtime));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  console.log('Đang build giao diện…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Path of the Electron executable, fetching it on first use (Electron ≥ 42); null offline. */
function electronBinary() {
  if (process.env.THBC_MODE === 'browser') return null;
  console.log('Đang tìm Electron (lần đầu sẽ tải về nếu có mạng)…');
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  if (path && existsSync(path)) return path;
  // The download's stack trace helps nobody here; one line says why.
  const reason = (probe.stderr ?? '').split('\n').find((l) => /Error|failed/i.test(l));
  if (reason) console.log(`Không tải được Electron: ${reason.trim()}`);
  return null;
}

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build the tests use. */
function electronNativeBinding() {
  const abi = spawnSync(process.execPath, ['-p', "require('electron/package.json').version"], {
    encoding: 'utf8',
  }).stdout.trim();
  const target = join('dist', 'native', `electron-${abi}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  console.log(`Đang build better-sqlite3 cho Electron ${abi}…`);
  const script = `
    const { rebuild } = require('@electron/rebuild');
    const fs = require('fs'); const path = require('path');
    const work = path.resolve('dist/native/work');
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
    fs.cpSync('node_modules/better-sqlite3', path.join(work, 'node_modules/better-sqlite3'), { recursive: true });
    fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'w', dependencies: { 'better-sqlite3': '*' } }));
    rebuild({ buildPath: work, electronVersion: '${abi}', onlyModules: ['better-sqlite3'], force: true })
      .then(() => {
        fs.mkdirSync(path.dirname('${target}'), { recursive: true });
        fs.copyFileSync(path.join(work, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), '${target}');
      })
      .catch((e) => { console.error(e.message); process.exit(1); });`;
  // npm on these machines sets nodedir=/usr, which would build for Node instead of Electron.
  const env = { ...process.env, npm_config_nodedir: '' };
  const result = spawnSync(process.execPath, ['-e', script], { stdio: 'inherit', env });
  return result.status === 0 && existsSync(target) ? target : null;
}

function run(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

buildIfStale();
const electron = electronBinary();
const binding = electron ? electronNativeBinding() : null;
if (electron && binding) {
  run(electron, ['dist/electron/main.js', ...passThrough], {
    THBC_NATIVE_BINDING: join(process.cwd(), binding),
  });
} else {
  console.log(
    electron
      ? 'Không build được thư viện SQLite cho Electron; chuyển sang chế độ trình duyệt.'
      : 'Không có Electron trên máy này (không tải được); chuyển sang chế độ trình duyệt.',
  );
  run(process.execPath, ['--import', 'tsx', 'electron/backend/serve.ts', ...passThrough], {});
}
