import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium against the built app in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
