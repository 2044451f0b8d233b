import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built UI in Debian's Chromium against the real backend over HTTP.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // What a screen shows after a click may take more than vitest's default second on a loaded
    // CI machine (a re-read preview, a refetched register): polls wait up to 10 s, never sleep.
    expect: { poll: { timeout: 10_000 } },
  },
});
