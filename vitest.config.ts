import { defineConfig } from 'vitest/config';

// Unit and API tests. The browser spec lives in e2e/ with its own config.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    pool: 'forks',
    globalSetup: ['packages/server/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
