import { defineConfig } from 'vitest/config';

/** The packaging pipeline tests: run by scripts/test-all.mjs after the build, not with the unit tests. */
export default defineConfig({
  test: {
    include: ['scripts/packaging/*.pipeline.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
