import { defineConfig } from 'vitest/config';

// Several server processes against one PostgreSQL (and one Redis for live boards); npm test runs it when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ['packages/server/src/**/*.spec.ts'],
    pool: 'forks',
    globalSetup: ['packages/server/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
