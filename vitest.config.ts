import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A safety net, not a speed check: on a busy 2-core machine a 1,500-paper run took 70 s.
    testTimeout: 240_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
