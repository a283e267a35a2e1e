import type { MigrationStep } from './migration-step.js';
import { v1ToV2 } from './v1-to-v2.js';
import { v2ToV3 } from './v2-to-v3.js';

/**
 * Every upgrade step of the stored format, oldest first. The step that takes version N to N+1 lives in
 * `vN-to-vN+1.ts` and is listed here (see README.md).
 */
export const registeredSteps: readonly MigrationStep[] = [v1ToV2, v2ToV3];
