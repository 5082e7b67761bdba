import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests drive the built extension in Debian's Chromium and Firefox ESR. Each file
 * launches its browsers once; files run one after another, since two browsers per file already
 * fill a 2-core machine.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
