// `electron-builder --dir` on the built app, as the release runner does before making the
// installer. Electron's binary cannot be downloaded here, so a stand-in distribution is given
// (electronDist): a file carrying Electron's fuse wire, and a few locales. What is checked is ours:
// what app.asar holds, that the native module is unpacked, the extra resources, the fuses flipped.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
// @electron/fuses finds the wire after this sentinel: version 1, length, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-asar off, V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = '10110001';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

interface AsarEntry {
  files?: Record<string, AsarEntry>;
  unpacked?: boolean;
  size?: number;
}

/** app.asar's header (a Chromium pickle holding JSON): every path it holds, and which are unpacked. */
function asarListing(file: string): Map<string, AsarEntry> {
  const buf = readFileSync(file);
  const jsonLength = buf.readUInt32LE(12);
  const root = JSON.parse(buf.subarray(16, 16 + jsonLength).toString('utf8')) as AsarEntry;
  const out = new Map<string, AsarEntry>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      out.set(path, child);
      walk(child, path);
    }
  };
  walk(root, '');
  return out;
}

let work: string;
let appDir: string;
let asar: Map<string, AsarEntry>;

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'electron', 'main.js')), 'npm run build first').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'thbc-pack-'));
  const electronDist = join(work, 'electron');
  mkdirSync(join(electronDist, 'locales'), { recursive: true });
  mkdirSync(join(electronDist, 'resources'), { recursive: true });
  for (const locale of ['vi', 'en-US', 'fr', 'zh-CN'])
    writeFileSync(join(electronDist, 'locales', `${locale}.pak`), locale);
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE),
    ]),
    { mode: 0o755 },
  );
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      // The rebuild for Electron's ABI needs Electron's headers from the network: the runner does it.
      '-c.npmRebuild=false',
      `-c.directories.output=${join(work, 'out')}`,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 110_000 },
  );
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  appDir = join(work, 'out', 'linux-unpacked');
  asar = asarListing(join(appDir, 'resources', 'app.asar'));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('holds only package.json, the built bundles and the runtime modules', () => {
    const top = [...asar.keys()].filter((p) => !p.includes('/')).sort();
    expect(top).toEqual(['dist', 'node_modules', 'package.json']);
    const dist = [...asar.keys()].filter((p) => /^dist\/[^/]+$/.test(p)).sort();
    expect(dist).toEqual(['dist/electron', 'dist/renderer']);
    expect(asar.has('dist/electron/main.js')).toBe(true);
    expect(asar.has('dist/electron/preload.cjs')).toBe(true);
    expect(asar.has('dist/renderer/index.html')).toBe(true);
    expect([...asar.keys()].filter((p) => p.endsWith('.map'))).toEqual([]);
  });

  it('carries the runtime modules but none of the UI libraries the renderer bundle already holds', () => {
    const modules = new Set(
      [...asar.keys()]
        .map((p) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1])
        .filter((m): m is string => Boolean(m)),
    );
    for (const m of ['better-sqlite3', 'exceljs', 'docx', '@e965/xlsx', 'fflate', 'pdf-lib'])
      expect(modules.has(m), m).toBe(true);
    for (const m of ['react', 'react-dom', 'antd', '@ant-design/icons', 'zod', 'electron', 'vite'])
      expect(modules.has(m), m).toBe(false);
  });

  it('unpacks better-sqlite3’s native module beside app.asar, without its C sources', () => {
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(asar.get(native)?.unpacked).toBe(true);
    expect(existsSync(join(appDir, 'resources', 'app.asar.unpacked', ...native.split('/')))).toBe(
      true,
    );
    const sqlite = [...asar.keys()].filter((p) => p.startsWith('node_modules/better-sqlite3/'));
    expect(sqlite.filter((p) => /\/(deps|src|obj\.target)\//.test(p))).toEqual([]);
    expect(sqlite).toContain('node_modules/better-sqlite3/lib/index.js');
  });

  it('puts the seed plan, the example reports and the window icon in resources/', () => {
    const resources = join(appDir, 'resources');
    expect(existsSync(join(resources, 'seeds', 'lai-chau-57', 'plan.json'))).toBe(true);
    expect(existsSync(join(resources, 'seeds', 'agencies.json'))).toBe(true);
    const examples = readdirSync(join(ROOT, 'seeds', 'examples')).filter((n) =>
      n.endsWith('.xlsx'),
    );
    expect(readdirSync(join(resources, 'seeds', 'examples')).sort()).toEqual(
      [...examples, 'README.md'].sort(),
    );
    expect(existsSync(join(resources, 'icon.png'))).toBe(true);
    expect(existsSync(join(resources, 'icon.ico'))).toBe(true);
  });

  it('keeps only the Vietnamese and English locales of Chromium', () => {
    expect(readdirSync(join(appDir, 'locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
  });

  it('flips the fuses in the executable', () => {
    const exe = readFileSync(join(appDir, 'tong-hop-bao-cao'));
    const at = exe.indexOf(SENTINEL) + SENTINEL.length;
    const wire = exe.subarray(at + 2, at + 2 + exe[at + 1]!).toString('ascii');
    const fuses = Object.fromEntries(FUSES.map((name, i) => [name, wire[i]]));
    expect(fuses).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      // Left as Electron ships them.
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '1',
    });
  });
});
