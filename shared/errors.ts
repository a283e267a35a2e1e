/**
 * Stable error codes. They cross IPC and the CLI as strings and are translated at the edge
 * (shared/i18n); a code, once released, keeps its meaning.
 */
import type { errorsNl } from './i18n/errors.nl.js';
import type { PlaceholdersOf } from './i18n/translate.js';

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
  'PLAN_ID_CHANGED',
  'STATE_TAMPERED',
  'STATE_MISSING',
  'SEAL_KEYS_DAMAGED',
  // keys
  'KEY_MISSING',
  'KEY_PASSPHRASE_REQUIRED',
  'KEY_PASSPHRASE_WRONG',
  'KEY_FILE_INVALID',
  'DEVICE_KEY_MISMATCH',
  // encryption at rest
  'FOLDER_KEY_MISSING',
  'FILE_UNREADABLE_ENCRYPTED',
  'FOLDER_NOT_ENCRYPTED',
  'PORTABLE_FOLDER_ENCRYPTED',
  'PASSPHRASE_TOO_SHORT',
  'DEVICE_NAME_REQUIRED',
  'DEVICE_NAME_INVALID',
  // the store
  'STORE_LOCKED',
  'STORE_NOT_INITIALISED',
  'KEY_WITHOUT_PLAN',
  'STORE_ALREADY_INITIALISED',
  'PLAN_REFUSED',
  'REVISION_NOT_FOUND',
  'PLAN_CHANGED',
  // changes
  'RECORD_NOT_FOUND',
  'RECORD_EXISTS',
  'RECORD_ID_DUPLICATE',
  'PLAN_TEXT_UNSAFE',
  'PHONE_NOT_DIALABLE',
  'RECORD_DELETED',
  'REFERENCE_UNKNOWN',
  'CONFLICT_NOT_FOUND',
  'CONFLICT_NOT_A_LIST',
  // the yearly cycle
  'APPROVAL_BINDING_INVALID',
  'APPROVAL_NOT_EDITABLE',
  'APPROVAL_BODY_NAME_REQUIRED',
  'CALL_TREE_NUMBER_UNKNOWN',
  'CRISIS_NOT_EVALUATED',
  // crisis logs
  'CRISIS_NOT_FOUND',
  'CRISIS_CLOSED',
  // USB bundles
  'BUNDLE_NOT_RECOGNISED',
  'BUNDLE_VERSION_UNKNOWN',
  'BUNDLE_PASSPHRASE_REQUIRED',
  'BUNDLE_PASSPHRASE_WRONG',
  'BUNDLE_WORK_FACTOR_TOO_HIGH',
  'BUNDLE_PLAN_TOO_LARGE',
  'BUNDLE_ENCRYPTION_UNSUPPORTED',
  'BUNDLE_DAMAGED',
  'BUNDLE_MANIFEST_MISMATCH',
  'BUNDLE_PREVIEW_STALE',
  'BUNDLE_NOT_OPEN',
  'BUNDLE_READ_BACK_FAILED',
  'SIGNER_REMOVED',
  'CLOCK_SKEW',
  'STAMP_NOT_IN_VERSION_VECTOR',
  'BUNDLE_NOT_FOR_ORGANISATION',
  'KIT_OUT_OUTSIDE',
  // contacts import
  'CONTACTS_NOT_RECOGNISED',
  'CONTACTS_TOO_MANY',
  'CONTACTS_LINE_TOO_LONG',
  'CONTACTS_ENTRY_TOO_LONG',
  'CONTACTS_TOO_MANY_CONTINUATIONS',
  'CONTACTS_DECISION_INVALID',
  'CONTACTS_NAME_MATCH_UNCONFIRMED',
  // what this device cannot do
  'PRINT_UNAVAILABLE',
  'PDF_UNAVAILABLE',
  'PDF_NEEDS_LIBREOFFICE',
  'SAVE_DIALOG_UNAVAILABLE',
  // everything else
  'USAGE',
  'IO_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type ErrorParams = Record<string, string | number>;


/** The placeholders the message of `code` fills; the Dutch catalog is the source, English has the same ones. */
export type ErrorPlaceholders<Code extends ErrorCode> = PlaceholdersOf<(typeof errorsNl)[`error.${Code}`]>;

/** What a throw of `code` must pass: every placeholder of its message, and any further context. */
export type ErrorParamsOf<Code extends ErrorCode> = { readonly [Name in ErrorPlaceholders<Code>]: string | number } & ErrorParams;

type ParamsArgument<Code extends ErrorCode> = [ErrorPlaceholders<Code>] extends [never]
  ? [params?: ErrorParams]
  : [params: ErrorParamsOf<Code>];

/** Longest text a param or message keeps: a key, path or value from a hostile file can be megabytes long. */
export const MAX_PARAM_CHARS = 80;
/** `detail` is a sentence the code composed (a usage line, a schema path), whose values are bounded already. */
export const MAX_DETAIL_CHARS = 240;
const MAX_MESSAGE_CHARS = 400;

/** `text` cut to `max` characters (the last one an ellipsis), never splitting a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

function boundedParams(params: ErrorParams): ErrorParams {
  const bounded: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    bounded[name] = typeof value === 'string' ? truncateText(value, name === 'detail' ? MAX_DETAIL_CHARS : MAX_PARAM_CHARS) : value;
  }
  return bounded;
}

/** An expected failure with a stable code: shown to the user translated, never as a stack trace. */
export class DraaiboekError<Code extends ErrorCode = ErrorCode> extends Error {
  readonly code: Code;
  readonly params: ErrorParams;

  constructor(code: Code, message: string, ...[params = {}]: ParamsArgument<Code>) {
    super(truncateText(message, MAX_MESSAGE_CHARS));
    this.name = 'DraaiboekError';
    this.code = code;
    this.params = boundedParams(params);
  }

  /** The same refusal with more context (say, which change of a list it was about). */
  static withContext(error: DraaiboekError, context: ErrorParams): DraaiboekError {
    return DraaiboekError.revive(error.code, error.message, { ...error.params, ...context });
  }

  /** An error made elsewhere (a worker thread) again: its params were checked where it was first made. */
  static revive(code: ErrorCode, message: string, params: ErrorParams): DraaiboekError {
    const ctor = DraaiboekError as new (code: ErrorCode, message: string, params: ErrorParams) => DraaiboekError;
    return new ctor(code, message, params);
  }
}

export function isDraaiboekError(value: unknown): value is DraaiboekError {
  return value instanceof DraaiboekError;
}
