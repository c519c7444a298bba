import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The anonymiser's tests each load the word lists (a few seconds); run without isolation,
 * the files of one worker share them (`loadLexicon` is memoised per process) instead of
 * loading them some fifty times. Those tests are pure (no mocks, no globals changed).
 */
const SHARING_THE_LISTS = ['packages/domain/src/anonymise/**/*.test.ts', 'packages/domain/src/case-study/**/*.test.ts', 'bench/anonymise/**/*.test.ts'];

// Unit and API tests. The browser spec lives in e2e/ with its own config.
export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'anonymiser', include: SHARING_THE_LISTS, isolate: false } },
      { extends: true, test: { name: 'unit and api', globalSetup: ['packages/server/src/testing/global-setup.ts'], include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'], exclude: [...configDefaults.exclude, ...SHARING_THE_LISTS] } },
    ],
  },
});
