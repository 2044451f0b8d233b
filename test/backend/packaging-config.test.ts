// The installer's configuration (electron-builder.yml), checked here because the Windows build
// itself runs only on the release runner: valid for electron-builder, per-user Vietnamese NSIS
// plus a portable build, only the built app packed, better-sqlite3 unpacked, every icon present.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { LangConfigurator } from 'app-builder-lib/out/targets/nsis/nsisLang';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, SHIPPED } from '../../electron/app-resources';

const ROOT = process.cwd();
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(ROOT, null, null);
});

/** A target list in any of electron-builder's shapes, as names. */
function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging configuration', () => {
  it('is valid for electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check bites: a misspelt option is refused.
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('names the app and builds an installer and a portable app for Windows', () => {
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9]+)+$/);
    // The window's taskbar identity (window.ts) matches the shortcuts the installer makes.
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Tổng hợp Báo cáo');
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.win?.executableName).toBe('tong-hop-bao-cao');
    expect(config.nsis?.shortcutName).toBe('Tổng hợp Báo cáo');
    // Installers go to release/, never into dist/ (the app being packed).
    expect(config.directories?.output).toBe('release');
  });

  it('installs per user without administrator rights, in Vietnamese, keeping the data', () => {
    const nsis = config.nsis!;
    expect(nsis.oneClick).toBe(false);
    expect(nsis.perMachine).toBe(false);
    expect(nsis.selectPerMachineByDefault).toBe(false);
    expect(nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(nsis.createDesktopShortcut).toBe(true);
    expect(nsis.createStartMenuShortcut).toBe(true);
    expect(nsis.deleteAppDataOnUninstall).toBe(false);
    expect(nsis.installerLanguages).toEqual(['vi_VN']);
    expect(nsis.language).toBe('1066');
    // What electron-builder makes of it: with multiLanguageInstaller off it would build English.
    const langs = new LangConfigurator(nsis);
    expect([langs.isMultiLang, langs.langs]).toEqual([true, ['vi_VN']]);
    expect(nsis.displayLanguageSelector).toBe(false);
    expect(nsis.unicode).toBe(true);
  });

  it('shows the licence in Vietnamese (UTF-8 with a byte-order mark, as NSIS reads it)', () => {
    const license = readFileSync(join(ROOT, config.nsis!.license!));
    expect(license.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const text = license.toString('utf8');
    expect(text).toContain('ĐIỀU KHOẢN SỬ DỤNG');
    expect(text).toContain('Tổng hợp Báo cáo');
  });

  it('configures Linux (AppImage, deb) and macOS (dmg) builds too', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(existsSync(join(ROOT, config.mac!.icon!))).toBe(true);
    expect(statSync(join(ROOT, config.linux!.icon!)).isDirectory()).toBe(true);
  });

  it('packs only the built app: its bundles, the renderer and package.json', () => {
    // electron-builder normalises `files` to [{ filter: [...] }].
    const files = (config.files as { filter: string[] }[]).flatMap((f) => f.filter);
    const included = files.filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']);
    // Sources, seeds, tests and the Electron-ABI build of start.mjs (dist/native) stay out.
    for (const f of included)
      expect(f).not.toMatch(/^(electron|renderer|shared|seeds|test|dist\/native)\//);
    expect(files).toContain('!**/*.map');
  });

  it('ships as runtime modules exactly what the main bundle leaves external', () => {
    // Everything else (React, antd, zod…) is bundled by vite/esbuild and needs no node_modules copy.
    const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8');
    const list = /const external = \[([^\]]*)\]/.exec(build)?.[1] ?? '';
    const external = [...list.matchAll(/'([^']+)'/g)]
      .map((m) => m[1]!)
      .filter((m) => m !== 'electron');
    expect(external.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.dependencies).sort()).toEqual(external.sort());
  });

  it('unpacks better-sqlite3’s native module and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/build/Release/*.node']);
    const release = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release');
    expect(readdirSync(release)).toContain('better_sqlite3.node');
    expect(config.npmRebuild).toBe(true);
    // start.mjs rebuilds it for `npm start` with @electron/rebuild, which is declared.
    expect(pkg.devDependencies['@electron/rebuild']).toBeDefined();
    expect(readFileSync(join(ROOT, 'scripts', 'start.mjs'), 'utf8')).toContain('@electron/rebuild');
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the seed plan, the example reports and the window icon, where the app looks', () => {
    const extra = config.extraResources as { from: string; to: string }[];
    for (const { from } of extra) expect(existsSync(join(ROOT, from)), from).toBe(true);
    expect(extra.map((e) => e.from)).toContain('seeds/lai-chau-57/plan.json');
    // app-resources.ts finds each shipped file where this config puts it.
    for (const [name, { from, to }] of Object.entries(SHIPPED))
      expect(extra, name).toContainEqual(expect.objectContaining({ from, to }));
    const examples = readdirSync(join(ROOT, 'seeds', 'examples')).filter((n) =>
      n.endsWith('.xlsx'),
    );
    expect(examples.length).toBeGreaterThan(0);
  });

  it('has `npm run dist` and `npm run icons`', () => {
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder');
    expect(pkg.scripts.icons).toBe('node scripts/make-icons.mjs');
  });
});

describe('icons', () => {
  it('has a PNG at every size', () => {
    for (const size of PNG_SIZES) {
      const file = join(ROOT, 'resources', 'icons', `${size}x${size}.png`);
      expect(pngSize(readFileSync(file)), file).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(ROOT, 'resources', 'icon.png')))).toEqual({
      width: 512,
      height: 512,
    });
  });

  it('has a Windows .ico with 16 to 256 pixels, each entry readable', () => {
    const ico = readFileSync(join(ROOT, 'resources', 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico[e] || 256;
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(ico.readUInt16LE(e + 6)).toBe(32);
      const data = ico.subarray(offset, offset + length);
      if (data.subarray(1, 4).toString('ascii') === 'PNG') {
        expect(pngSize(data)).toEqual({ width: size, height: size });
      } else {
        // A 32-bit DIB: header size 40, height doubled (colour rows then the mask).
        expect(data.readUInt32LE(0)).toBe(40);
        expect([data.readInt32LE(4), data.readInt32LE(8), data.readUInt16LE(14)]).toEqual([
          size,
          size * 2,
          32,
        ]);
        expect(length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns whose elements are PNGs of the sizes their types say', () => {
    const icns = readFileSync(join(ROOT, 'resources', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = {
      icp4: 16,
      icp5: 32,
      icp6: 64,
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    };
    const seen: string[] = [];
    for (let o = 8; o < icns.length;) {
      const type = icns.subarray(o, o + 4).toString('ascii');
      const length = icns.readUInt32BE(o + 4);
      const size = expected[type];
      expect(size, type).toBeDefined();
      expect(pngSize(icns.subarray(o + 8, o + length))).toEqual({ width: size, height: size });
      seen.push(type);
      o += length;
    }
    expect(seen.sort()).toEqual(Object.keys(expected).sort());
  });

  it('has the installer’s 24-bit bitmaps at the sizes NSIS shows them', () => {
    for (const [key, width, height] of [
      ['installerSidebar', 164, 314],
      ['uninstallerSidebar', 164, 314],
      ['installerHeader', 150, 57],
    ] as const) {
      const bmp = readFileSync(join(ROOT, config.nsis![key]!));
      expect(bmp.subarray(0, 2).toString('ascii'), key).toBe('BM');
      expect([bmp.readInt32LE(18), bmp.readInt32LE(22), bmp.readUInt16LE(28)], key).toEqual([
        width,
        height,
        24,
      ]);
    }
  });

  it('is the favicon of the browser page', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    expect(html).toMatch(
      /<link rel="icon" type="image\/svg\+xml" href="\.\.\/resources\/icon\.svg" \/>/,
    );
  });
});
