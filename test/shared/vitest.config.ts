// Tests that read the real third-party data in ../shared/data (outside this repository), kept
// out of the default unit run: `npx vitest run --config test/shared/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/shared/**/*.test.ts'],
    environment: 'node',
  },
});
