import { describe, expect, it } from 'vitest';
import { DraaiboekError, MAX_DETAIL_CHARS, MAX_PARAM_CHARS, errorCodes, type ErrorCode, type ErrorParamsOf } from '../errors.js';
import { createTranslator, languages, translateRuntime } from './index.js';

/**
 * A complete set of params for every code. The type demands every placeholder of the code's message, and the
 * same type guards each throw site, so a message can only meet the params its throw sites pass.
 */
const paramsFor: { readonly [Code in ErrorCode]: ErrorParamsOf<Code> } = {
  FILE_NOT_FOUND: { path: '/media/stick/plan.json' },
  FILE_TOO_LARGE: { size: 200, max: 100 },
  FILE_EMPTY: {},
  INVALID_UTF8: {},
  INVALID_JSON: { detail: 'line 1, column 2' },
  NESTING_TOO_DEEP: { max: 64 },
  FORBIDDEN_KEY: { key: '__proto__' },
  DUPLICATE_KEY: { key: 'name' },
  SCHEMA_INVALID: { detail: 'people.0.name' },
  SPEC_TOO_NEW: { found: 2, supported: 1 },
  SPEC_UNKNOWN: {},
  UNSIGNED: {},
  SIGNATURE_INVALID: {},
  SIGNER_UNKNOWN: { fingerprint: 'abcd ef01 2345 6789' },
  SIGNER_NAME_TAKEN: { name: 'Laptop BCM', fingerprint: 'abcd ef01 2345 6789', trustedName: 'Laptop BCM', trustedFingerprint: '1111 2222 3333 4444' },
  ROLLBACK: { revision: 3, highest: 7 },
  PLAN_MISMATCH: {},
  PLAN_ID_CHANGED: { planId: '5d0c7f1e-0000-4000-8000-000000000001', expected: '5d0c7f1e-0000-4000-8000-000000000002' },
  STATE_TAMPERED: { detail: 'mac' },
  STATE_MISSING: {},
  SEAL_KEYS_DAMAGED: { detail: 'keys.0.publicKey: publicKey must be base64' },
  DEVICE_KEY_MISMATCH: { path: '/data/keys/device.json' },
  KEY_WITHOUT_PLAN: { dataDir: '/data' },
  KEY_MISSING: { dataDir: '/data' },
  KEY_PASSPHRASE_REQUIRED: {},
  KEY_PASSPHRASE_WRONG: {},
  PASSPHRASE_TOO_SHORT: { min: 12 },
  DEVICE_NAME_REQUIRED: {},
  DEVICE_NAME_INVALID: { max: 60 },
  KEY_FILE_INVALID: {},
  FOLDER_KEY_MISSING: { path: '/data/keys/folder-key.age' },
  FILE_UNREADABLE_ENCRYPTED: { path: '/data/plan.json', reason: 'mac' },
  FOLDER_NOT_ENCRYPTED: { dataDir: '/data' },
  PORTABLE_FOLDER_ENCRYPTED: { dataDir: '/data' },
  STORE_LOCKED: { dataDir: '/data', pid: 42 },
  STORE_NOT_INITIALISED: { dataDir: '/data' },
  STORE_ALREADY_INITIALISED: { dataDir: '/data' },
  PLAN_REFUSED: { reason: 'SIGNATURE_INVALID', movedTo: 'rejected/plan.json', lastGood: 6 },
  REVISION_NOT_FOUND: { revision: 9 },
  PLAN_CHANGED: { revision: 3, current: 4 },
  RECORD_NOT_FOUND: { collection: 'people', id: 'p-1' },
  RECORD_EXISTS: { collection: 'people', id: 'p-1' },
  CONTACTS_NAME_MATCH_UNCONFIRMED: { name: 'Jan Jansen', index: 3 },
  RECORD_ID_DUPLICATE: { collection: 'people', id: 'p-1' },
  PLAN_TEXT_UNSAFE: { field: 'people.p-1.name', character: '<U+202E>' },
  PHONE_NOT_DIALABLE: { record: 'Anouk Smits-de Boer', number: '+3164009002', count: 1 },
  RECORD_DELETED: { collection: 'people', id: 'p-1' },
  REFERENCE_UNKNOWN: { detail: 'scenarios.s-x' },
  CONFLICT_NOT_FOUND: {},
  CONFLICT_NOT_A_LIST: { field: 'title' },
  APPROVAL_BINDING_INVALID: { approval: 'vast-2026', revision: 12 },
  APPROVAL_NOT_EDITABLE: {},
  APPROVAL_BODY_NAME_REQUIRED: {},
  CALL_TREE_NUMBER_UNKNOWN: { number: '+31612345678', person: 'Anna de Vries' },
  CRISIS_NOT_EVALUATED: { crisisId: '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b' },
  CRISIS_NOT_FOUND: { crisisId: '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b' },
  CRISIS_CLOSED: { crisisId: '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b' },
  BUNDLE_NOT_RECOGNISED: {},
  BUNDLE_VERSION_UNKNOWN: { found: 2, supported: 1 },
  BUNDLE_PASSPHRASE_REQUIRED: {},
  BUNDLE_PASSPHRASE_WRONG: {},
  BUNDLE_WORK_FACTOR_TOO_HIGH: { found: 30, max: 18 },
  BUNDLE_PLAN_TOO_LARGE: { size: 30_000_000, max: 25_165_824 },
  BUNDLE_ENCRYPTION_UNSUPPORTED: {},
  BUNDLE_DAMAGED: { detail: 'scrypt stanza' },
  BUNDLE_MANIFEST_MISMATCH: { detail: 'planId' },
  BUNDLE_PREVIEW_STALE: {},
  BUNDLE_NOT_OPEN: {},
  BUNDLE_READ_BACK_FAILED: { path: '/media/stick/a.draaiboek', detail: 'BUNDLE_DAMAGED' },
  SIGNER_REMOVED: { fingerprint: 'abcd ef01 2345 6789' },
  CLOCK_SKEW: { date: '2031-05-01', place: 'people/p-1.name' },
  STAMP_NOT_IN_VERSION_VECTOR: { date: '2026-12-01', place: 'people/p-1.name' },
  BUNDLE_NOT_FOR_ORGANISATION: {},
  KIT_OUT_OUTSIDE: { out: '/media/stick/k.draaiboek', kit: '/media/stick/kit' },
  CONTACTS_NOT_RECOGNISED: { fileName: 'contacts.csv' },
  CONTACTS_TOO_MANY: { count: 20_000, max: 10_000 },
  CONTACTS_LINE_TOO_LONG: { line: 3, max: 100_000 },
  CONTACTS_ENTRY_TOO_LONG: { line: 3, max: 1_000_000 },
  CONTACTS_TOO_MANY_CONTINUATIONS: { line: 3, max: 10_000 },
  CONTACTS_DECISION_INVALID: { index: 2 },
  PRINT_UNAVAILABLE: {},
  PDF_UNAVAILABLE: {},
  PDF_NEEDS_LIBREOFFICE: {},
  SAVE_DIALOG_UNAVAILABLE: {},
  USAGE: { detail: '--data-dir' },
  IO_ERROR: { detail: 'EACCES' },
  INTERNAL: { detail: 'adapter' },
};

const rawPlaceholder = /\{\w+\}/;

function messagesOf(error: DraaiboekError): string[] {
  return languages.map((language) => translateRuntime(createTranslator(language), `error.${error.code}`, error.params));
}

describe('error messages and their params', () => {
  it('fill every placeholder of every error code, in both languages', () => {
    for (const code of errorCodes) {
      const error = new (DraaiboekError as new (code: ErrorCode, message: string, params: object) => DraaiboekError)(code, code, paramsFor[code]);
      for (const message of messagesOf(error)) expect([code, message]).not.toEqual([code, expect.stringMatching(rawPlaceholder)]);
    }
  });

  it('cut long text in params and messages to a readable length, with an ellipsis', () => {
    const key = 'k'.repeat(20 * 1024 * 1024);
    const error = new DraaiboekError('DUPLICATE_KEY', `the key ${key} twice`, { key, keyPath: `$.${key}`, line: 1 });
    expect(String(error.params['key'])).toHaveLength(MAX_PARAM_CHARS);
    expect(String(error.params['key']).endsWith('…')).toBe(true);
    expect(String(error.params['keyPath'])).toHaveLength(MAX_PARAM_CHARS);
    expect(error.params['line']).toBe(1);
    expect(error.message.length).toBeLessThan(1_000);
    for (const message of messagesOf(error)) expect(message.length).toBeLessThan(300);
  });

  it('never split a character made of two UTF-16 units', () => {
    const error = new DraaiboekError('FILE_NOT_FOUND', 'x', { path: `${'a'.repeat(MAX_PARAM_CHARS - 2)}😀😀😀` });
    expect(String(error.params['path'])).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const usage = new DraaiboekError('USAGE', 'x', { detail: `${'a'.repeat(MAX_DETAIL_CHARS - 2)}😀😀😀` });
    expect(String(usage.params['detail'])).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(String(usage.params['detail'])).toHaveLength(MAX_DETAIL_CHARS - 1);
  });
});
