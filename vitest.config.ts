import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Browser and Redis-restart tests are heavy on a 2-core machine: keep parallelism modest.
    maxWorkers: 2,
  },
});
