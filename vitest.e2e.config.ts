import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time (2 cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
