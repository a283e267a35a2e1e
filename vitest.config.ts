import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The files that take longest (child processes killed in loops, Chromium laying out the M plan, the CLI
 * deriving scrypt keys), started first so that the workers finish together instead of one running a long file
 * alone at the end. A clean checkout has no timing cache to sort by; a file missing here only starts later.
 */
const longestFirst = [
  'main/core/data-dir/at-rest-conversion-crash.test.ts',
  'main/core/store/crash-safety.test.ts',
  'main/core/documents/html/printables-layout.test.ts',
  'main/cli/commands/bundle.test.ts',
  'main/core/crisis/crisis-crash-safety.test.ts',
  'main/core/bundles/approvals-by-bundle.test.ts',
  'main/core/documents/html/printables-pdf.test.ts',
  'main/core/api/sync-decisions.test.ts',
  'main/core/bundles/sync-between-laptops.test.ts',
];

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = longestFirst.findIndex((path) => file.moduleId.endsWith(path));
      return index === -1 ? longestFirst.length : index;
    };
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Timeouts catch a hang, not slowness (speed is measured by `npm run bench`): two files run side by side on a
    // two-core machine, and the longest test lays out a 230-page binder in Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default leaves one core idle on a two-core machine; every file runs in its own process and its
    // own temporary folders, so two at a time share nothing. Measured in clean-clone runs here: 1,067 s one file
    // at a time, 916 s two at a time, though the crash tests' rounds take longer beside another file.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirstSequencer },
  },
});
