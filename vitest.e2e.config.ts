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
  },
});
