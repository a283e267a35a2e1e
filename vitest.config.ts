import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Timeouts catch a hang, not slowness (speed is measured by `npm run bench`): the longest test lays out a
    // 230-page binder in Chromium, which takes close to a minute on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One file at a time (Vitest's default on two cores). Two at a time was measured slower here: the crash
    // tests start a Node process per round, and beside another file each round took about three times as long.
    pool: 'forks',
  },
});
