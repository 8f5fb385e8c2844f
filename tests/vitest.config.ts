import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'integration',
          include: ['*.test.ts', 'browser/support/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['browser/*.test.ts'],
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
