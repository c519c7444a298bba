import { defineConfig } from 'vitest/config';

// Browser specs: the real server, the built web app, Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
