import type { MigrationStep } from './migration-step.js';

/**
 * Every upgrade step of the stored format, oldest first. Empty while the format is at version 1; the step
 * that takes version N to N+1 lives in `vN-to-vN+1.ts` and is listed here (see README.md).
 */
export const registeredSteps: readonly MigrationStep[] = [];
