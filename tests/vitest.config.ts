import { configDefaults, defineConfig } from 'vitest/config';

// Browser tests drive Chromium against the production build; everything else runs in Node.
const browserTests = 'browser/*.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'integration',
          // Every other test file, wherever it sits, so that none is silently left out.
          include: ['**/*.test.ts'],
          exclude: [...configDefaults.exclude, browserTests],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // A ceiling against hangs on a busy shared machine; no test asserts on time.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: [browserTests],
          environment: 'node',
          globalSetup: ['browser/support/global-setup.ts'],
          // One file at a time, after the integration tests: Chromium is heavy on 2 shared cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          // Generous ceilings for a busy machine; no test asserts on time.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
