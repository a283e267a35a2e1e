/**
 * Stable error codes. They cross IPC and the CLI as strings and are translated at the edge
 * (shared/i18n); a code, once released, keeps its meaning.
 */
export const errorCodes = [
  // reading a file
  'FILE_NOT_FOUND',
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'INVALID_UTF8',
  'INVALID_JSON',
  'NESTING_TOO_DEEP',
  'FORBIDDEN_KEY',
  'DUPLICATE_KEY',
  'SCHEMA_INVALID',
  'SPEC_TOO_NEW',
  'SPEC_UNKNOWN',
  // signatures and trust
  'UNSIGNED',
  'SIGNATURE_INVALID',
  'SIGNER_UNKNOWN',
  'SIGNER_NAME_TAKEN',
  'ROLLBACK',
  'PLAN_MISMATCH',
  // keys
  'KEY_MISSING',
  'KEY_PASSPHRASE_REQUIRED',
  'KEY_PASSPHRASE_WRONG',
  'KEY_FILE_INVALID',
  'PASSPHRASE_TOO_SHORT',
  'DEVICE_NAME_REQUIRED',
  'DEVICE_NAME_INVALID',
  // the store
  'STORE_LOCKED',
  'STORE_NOT_INITIALISED',
  'STORE_ALREADY_INITIALISED',
  'PLAN_REFUSED',
  'REVISION_NOT_FOUND',
  'PLAN_CHANGED',
  // changes
  'RECORD_NOT_FOUND',
  'RECORD_EXISTS',
  'RECORD_DELETED',
  'REFERENCE_UNKNOWN',
  'CONFLICT_NOT_FOUND',
  // USB bundles
  'BUNDLE_NOT_RECOGNISED',
  'BUNDLE_VERSION_UNKNOWN',
  'BUNDLE_PASSPHRASE_REQUIRED',
  'BUNDLE_PASSPHRASE_WRONG',
  'BUNDLE_WORK_FACTOR_TOO_HIGH',
  'BUNDLE_ENCRYPTION_UNSUPPORTED',
  'BUNDLE_DAMAGED',
  'BUNDLE_MANIFEST_MISMATCH',
  'BUNDLE_PREVIEW_STALE',
  'BUNDLE_NOT_OPEN',
  'BUNDLE_READ_BACK_FAILED',
  'SIGNER_REMOVED',
  'CLOCK_SKEW',
  'BUNDLE_NOT_FOR_ORGANISATION',
  'KIT_OUT_OUTSIDE',
  // contacts import
  'CONTACTS_NOT_RECOGNISED',
  'CONTACTS_TOO_MANY',
  'CONTACTS_LINE_TOO_LONG',
  'CONTACTS_DECISION_INVALID',
  // everything else
  'USAGE',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ErrorParams = Record<string, string | number>;

/** An expected failure with a stable code: shown to the user translated, never as a stack trace. */
export class DraaiboekError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, message: string, params: ErrorParams = {}) {
    super(message);
    this.name = 'DraaiboekError';
    this.code = code;
    this.params = params;
  }
}

export function isDraaiboekError(value: unknown): value is DraaiboekError {
  return value instanceof DraaiboekError;
}
