import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // A ceiling against hangs on a busy shared machine; no test asserts on time.
    testTimeout: 60_000,
  },
});
