import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  hardenedWebPreferences,
  isAllowedNavigation,
  isTrustedSender,
  resolveAppAsset,
} from '../../electron/security';

describe('Electron security rules', () => {
  it('trusts only frames of the app:// origin', () => {
    expect(isTrustedSender(APP_ENTRY)).toBe(true);
    expect(isTrustedSender('app://thbc/index.html#/nhiem-vu')).toBe(true);
    for (const url of [
      'https://thbc/index.html',
      'app://other/index.html',
      'file:///C:/x.html',
      'about:blank',
      '',
      null,
      undefined,
      'not a url',
    ])
      expect(isTrustedSender(url)).toBe(false);
  });

  it('blocks navigation away from the app', () => {
    expect(isAllowedNavigation('https://example.com')).toBe(false);
    expect(isAllowedNavigation('app://thbc/index.html')).toBe(true);
  });

  it('maps app:// requests into the renderer folder and refuses escapes', () => {
    expect(resolveAppAsset('app://thbc/', '/opt/app/renderer')).toBe(
      '/opt/app/renderer/index.html',
    );
    expect(resolveAppAsset('app://thbc/assets/a.js', '/opt/app/renderer/')).toBe(
      '/opt/app/renderer/assets/a.js',
    );
    // The URL parser folds encoded dot segments away: the path stays inside the folder.
    expect(resolveAppAsset('app://thbc/%2e%2e/%2e%2e/secret', '/r')).toBe('/r/secret');
    expect(resolveAppAsset('app://thbc/..%5C..%5Csecret', '/r')).toBeNull();
    expect(resolveAppAsset('app://evil/index.html', '/r')).toBeNull();
  });

  it('keeps the window sandboxed with context isolation and no Node', () => {
    expect(hardenedWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: '/p.cjs',
    });
  });
});
