import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Browser-only behaviour is proven by test/e2e in real Chromium and Firefox, not here.
    environment: 'node',
  },
});
