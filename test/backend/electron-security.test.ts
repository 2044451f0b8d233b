import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  hardenedWebPreferences,
  isAllowedNavigation,
  isPrintPreviewUrl,
  isTrustedSender,
  printPreviewWebPreferences,
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

  it('opens a window only for a PDF the app itself made, with no Node and no preload', () => {
    expect(isPrintPreviewUrl('blob:app://thbc/6f1c2a3e-1111-4a4a-9b9b-123456789abc')).toBe(true);
    for (const url of [
      'blob:http://127.0.0.1:5173/6f1c2a3e',
      'blob:app://other/6f1c2a3e',
      'https://example.com/report.pdf',
      'app://thbc/index.html',
      'data:application/pdf;base64,JVBERi0=',
      'javascript:alert(1)',
      '',
    ]) {
      expect(isPrintPreviewUrl(url), url).toBe(false);
    }
    const prefs: Record<string, unknown> = printPreviewWebPreferences();
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(prefs.preload).toBeUndefined();
  });
});
