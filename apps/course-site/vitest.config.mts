import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only the site's own unit tests: never Docusaurus output (build/, .docusaurus/).
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'shared/**/*.test.ts',
      'plugins/**/*.test.ts',
    ],
    environment: 'node',
    // A ceiling against hangs on a busy shared machine; no test asserts on time.
    testTimeout: 60_000,
  },
});
