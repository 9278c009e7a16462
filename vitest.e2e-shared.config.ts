import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// Real-browser suites that read ../shared (outside the repository); run by `npm run test:shared`.
export default defineConfig({
  test: { ...e2e.test, include: ['test/e2e-shared/**/*.e2e.ts'] },
});
