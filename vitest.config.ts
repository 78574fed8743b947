import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One PostgreSQL database and one Redis prefix per run, made and dropped by the global setup.
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/test-clock.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2-core machines: a few files at once keeps PostgreSQL and Redis from being the bottleneck.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
