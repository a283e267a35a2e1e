export {
  MAX_PLAUSIBLE_SKEW_MS,
  compareHlc,
  createClock,
  formatHlc,
  isHlc,
  maxHlc,
  nodeOfHlc,
  parseHlc,
  skewOf,
  type ClockObservation,
  type HlcParts,
  type Clock,
} from './hlc.js';
export { catchUpWith, latestKnownStamp, type SyncClock } from './sync-clock.js';
export {
  MAX_CHANGES_PER_CALL,
  applyChanges,
  changeListPerCallSchema,
  changeListSchema,
  changeSchema,
  createChangeSchema,
  deleteChangeSchema,
  stampNewDocument,
  updateChangeSchema,
  updateMetaChangeSchema,
  type Change,
  type CreateChange,
  type DeleteChange,
  type UpdateChange,
  type UpdateMetaChange,
} from './changes.js';
export { diffContent } from './diff.js';
export { assertPlausibleStamps, findImplausibleStamp, readableDay, type StampFinding } from './stamp-rules.js';
export { mergeDocuments, type MergeResult } from './merge.js';
export { resolveConflict, type ConflictChoice } from './resolve-conflict.js';
export { conflictKey } from './conflict-key.js';
export { normalizeContent, normalizeDocument } from './canonical-order.js';
