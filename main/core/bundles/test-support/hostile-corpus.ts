import { Encrypter, generateIdentity, identityToRecipient, armor } from 'age-encryption';
import { signToEnvelopeText } from '../../crypto/envelope.js';
import type { DeviceKeyPair } from '../../crypto/keys.js';
import type { ErrorCode } from '../../../../shared/errors.js';
import { SPEC_VERSION } from '../../../../shared/plan/plan.js';
import { encryptWithPassphrase } from '../age-passphrase.js';
import { BUNDLE_VERSION } from '../bundle-format.js';

/** How the bundle's version reads in its canonical plaintext. */
const VERSION_FIELD = `"bundleVersion":${BUNDLE_VERSION}`;

export interface HostileCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly passphrase?: string;
  readonly trustSigner?: boolean;
  readonly code: ErrorCode;
}

export interface CorpusSources {
  /** A valid plain bundle that the target folder would merge: every case below spoils it one way. */
  readonly fresh: Uint8Array;
  /** A valid plain bundle of an older copy of the target's plan. */
  readonly older: Uint8Array;
  /** Valid bundles signed by a stranger, by a removed signer, and of another plan. */
  readonly stranger: Uint8Array;
  readonly removed: Uint8Array;
  readonly otherPlan: Uint8Array;
  /** The key that signed `fresh`, to forge manifests that are validly signed but wrong. */
  readonly freshKey: DeviceKeyPair;
  readonly passphrase: string;
}

type Json = Record<string, unknown>;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

function edit(bytes: Uint8Array, change: (bundle: Json) => void): Uint8Array {
  const bundle = JSON.parse(text(bytes)) as Json;
  change(bundle);
  return utf8(JSON.stringify(bundle));
}

function at(value: unknown, ...path: string[]): Json {
  let current = value as Json;
  for (const key of path) current = current[key] as Json;
  return current;
}

/** Replace the first occurrence of `find` in the raw text (for what JSON.parse would hide: duplicates, __proto__). */
function rawReplace(bytes: Uint8Array, find: string, replacement: string): Uint8Array {
  const source = text(bytes);
  const index = source.indexOf(find);
  if (index < 0) throw new Error(`corpus: ${find} not found`);
  return utf8(source.slice(0, index) + replacement + source.slice(index + find.length));
}

function spliceBytes(bytes: Uint8Array, offset: number, inserted: readonly number[], removeCount = 0): Uint8Array {
  const buffer = Buffer.from(bytes);
  return Buffer.concat([buffer.subarray(0, offset), Buffer.from(inserted), buffer.subarray(offset + removeCount)]);
}

function withWorkFactor(ciphertext: Uint8Array, workFactor: string): Uint8Array {
  const latin = Buffer.from(ciphertext).toString('latin1');
  return Buffer.from(latin.replace(/^(-> scrypt \S+ )\d+$/m, `$1${workFactor}`), 'latin1');
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** Offsets just after `"name":"` inside the plan: flipping a letter there keeps the JSON and the schema valid. */
function nameOffsets(bytes: Uint8Array, count: number): number[] {
  const source = text(bytes);
  const planStart = source.indexOf('"plan":{');
  const offsets: number[] = [];
  let from = planStart;
  while (offsets.length < count) {
    const found = source.indexOf('"name":"', from);
    if (found < 0) break;
    if (/[A-Za-z]/.test(source[found + 8] ?? '')) offsets.push(Buffer.byteLength(source.slice(0, found + 8), 'utf8'));
    from = found + 8 + 40;
  }
  return offsets;
}

export function resignManifest(bytes: Uint8Array, key: DeviceKeyPair, change: (signed: Json) => void): Uint8Array {
  return edit(bytes, (bundle) => {
    const manifest = at(bundle, 'manifest');
    const signed = structuredClone(at(manifest, 'signed'));
    change(signed);
    bundle['manifest'] = JSON.parse(signToEnvelopeText(signed, [key])) as Json;
  });
}

/** The plan re-signed after `change` by `key`, and the manifest re-signed to name the new plan signature. */
export function resignPlan(bytes: Uint8Array, key: DeviceKeyPair, change: (sync: Json) => void): Uint8Array {
  const replanned = edit(bytes, (bundle) => {
    const signed = structuredClone(at(bundle, 'plan', 'signed'));
    change(at(signed, 'plan', 'sync'));
    bundle['plan'] = JSON.parse(signToEnvelopeText(signed, [key])) as Json;
  });
  const sig = at(JSON.parse(text(replanned)), 'plan', 'signatures', '0')['sig'];
  return resignManifest(replanned, key, (signed) => (signed['planSignature'] = sig));
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/** A stamp of `node` at `ms`, in the clock's fixed-width form. */
export function stampAt(ms: number, node: string, counter = 0): string {
  return `${String(Math.floor(ms)).padStart(15, '0')}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** Stamp cases: validly signed by a trusted laptop, with one stamp that must never be merged. */
function stampCases(fresh: Uint8Array, key: DeviceKeyPair): [string, ErrorCode, Uint8Array][] {
  const sync = at(JSON.parse(text(fresh)), 'plan', 'signed', 'plan', 'sync');
  const [node = '', latest = ''] = Object.entries(sync['versionVector'] as Record<string, string>)[0] ?? [];
  const people = at(sync, 'stamps', 'people');
  const [personId = ''] = Object.keys(people);
  const inFiveYears = Date.now() + 5 * YEAR_MS;
  const setName = (stamp: string) => (draft: Json) => (at(draft, 'stamps', 'people', personId)['name'] = stamp);
  return [
    ['a field stamped five years ahead, the version vector normal', 'CLOCK_SKEW', resignPlan(fresh, key, setName(stampAt(inFiveYears, node)))],
    ['a field stamped in the year 33658', 'CLOCK_SKEW', resignPlan(fresh, key, setName('999999999999999-0000-' + node))],
    [
      'a deletion stamped five years ahead',
      'CLOCK_SKEW',
      resignPlan(fresh, key, (draft) => (draft['tombstones'] = { people: { 'p-weg-voor-altijd': stampAt(inFiveYears, node) } })),
    ],
    [
      'a conflict stamped five years ahead',
      'CLOCK_SKEW',
      resignPlan(fresh, key, (draft) => (draft['conflicts'] = [{ collection: 'people', recordId: personId, field: 'name', value: 'x', stamp: stampAt(inFiveYears, node) }])),
    ],
    [
      'a field stamped later than its device has seen',
      'STAMP_NOT_IN_VERSION_VECTOR',
      resignPlan(fresh, key, setName(stampAt(Number(latest.slice(0, 15)) + 60_000, node))),
    ],
    [
      'a field stamped by a device the version vector does not know',
      'STAMP_NOT_IN_VERSION_VECTOR',
      resignPlan(fresh, key, setName(stampAt(Number(latest.slice(0, 15)) - 60_000, 'abcdefabcdef0000'))),
    ],
    [
      'a deletion stamped later than its device has seen',
      'STAMP_NOT_IN_VERSION_VECTOR',
      resignPlan(fresh, key, (draft) => (draft['tombstones'] = { people: { 'p-weg': stampAt(Number(latest.slice(0, 15)) + 1, node) } })),
    ],
  ];
}

/** The hostile bundles, each with the code it must be refused with. */
export async function buildHostileCorpus(sources: CorpusSources): Promise<HostileCase[]> {
  const { fresh, passphrase } = sources;
  const cases: HostileCase[] = [];
  const add = (name: string, code: ErrorCode, bytes: Uint8Array, extra: Partial<HostileCase> = {}): void => {
    cases.push({ name, code, bytes, ...extra });
  };
  const encrypted = (await encryptWithPassphrase(fresh, passphrase, 10)).ciphertext;
  const withPassphrase = { passphrase };

  // Encryption
  add('wrong passphrase', 'BUNDLE_PASSPHRASE_WRONG', encrypted, { passphrase: 'niet de goede' });
  add('encrypted, no passphrase given', 'BUNDLE_PASSPHRASE_REQUIRED', encrypted);
  for (const factor of ['19', '20', '21', '22', '30', '64', '999']) {
    add(`scrypt work factor ${factor}`, 'BUNDLE_WORK_FACTOR_TOO_HIGH', withWorkFactor(encrypted, factor), withPassphrase);
  }
  add('scrypt work factor 0', 'BUNDLE_DAMAGED', withWorkFactor(encrypted, '0'), withPassphrase);
  add('scrypt work factor with a leading zero', 'BUNDLE_DAMAGED', withWorkFactor(encrypted, '018'), withPassphrase);
  const headerEnd = Buffer.from(encrypted).indexOf('\n---') + 1;
  for (const cut of [30, 45, headerEnd - 10, headerEnd + 5, headerEnd + 60, headerEnd + 200, encrypted.length - 100, encrypted.length - 17, encrypted.length - 1]) {
    add(`encrypted, truncated at ${cut}`, 'BUNDLE_DAMAGED', encrypted.subarray(0, cut), withPassphrase);
  }
  const payloadStart = headerEnd + 60;
  for (const offset of [payloadStart, payloadStart + 1_000, payloadStart + 65_536, encrypted.length - 20, encrypted.length - 1]) {
    const flipped = Uint8Array.from(encrypted);
    flipped[Math.min(offset, flipped.length - 1)] = (flipped[Math.min(offset, flipped.length - 1)] ?? 0) ^ 0x40;
    add(`encrypted, byte ${offset} flipped`, 'BUNDLE_DAMAGED', flipped, withPassphrase);
  }
  const macFlipped = Uint8Array.from(encrypted);
  macFlipped[headerEnd + 6] = (macFlipped[headerEnd + 6] ?? 0) ^ 0x01;
  add('encrypted, header MAC changed', 'BUNDLE_DAMAGED', macFlipped, withPassphrase);
  const recipientEncrypter = new Encrypter();
  recipientEncrypter.addRecipient(await identityToRecipient(await generateIdentity()));
  add('encrypted to a key, not a passphrase', 'BUNDLE_ENCRYPTION_UNSUPPORTED', await recipientEncrypter.encrypt(fresh), withPassphrase);
  add('armored, damaged', 'BUNDLE_DAMAGED', utf8(armor.encode(encrypted).replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!')), withPassphrase);

  // Not a bundle at all
  add('empty file', 'FILE_EMPTY', new Uint8Array());
  add('plain text', 'BUNDLE_NOT_RECOGNISED', utf8('Dit is geen bundel.'));
  add('a PDF', 'BUNDLE_NOT_RECOGNISED', utf8('%PDF-1.7\n%âãÏÓ\n'));
  add('a zip file', 'BUNDLE_NOT_RECOGNISED', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
  add('a JSON array', 'BUNDLE_NOT_RECOGNISED', utf8('[1,2,3]'));
  add('a plan file, not a bundle', 'BUNDLE_NOT_RECOGNISED', utf8(JSON.stringify(at(JSON.parse(text(fresh)), 'plan'))));
  add('wrong _type', 'BUNDLE_NOT_RECOGNISED', edit(fresh, (bundle) => (bundle['_type'] = 'draaiboek.plan')));
  add('no _type', 'BUNDLE_NOT_RECOGNISED', edit(fresh, (bundle) => delete bundle['_type']));

  // Truncated and flipped plain bundles
  for (const cut of [1, 2, 20, 100, 500, 2_000, Math.floor(fresh.length / 2), fresh.length - 50, fresh.length - 2, fresh.length - 1]) {
    add(`plain, truncated at ${cut}`, 'INVALID_JSON', fresh.subarray(0, cut));
  }
  for (const offset of nameOffsets(fresh, 12)) {
    const flipped = Uint8Array.from(fresh);
    flipped[offset] = (flipped[offset] ?? 0) ^ 0x20;
    add(`plain, a name letter at ${offset} flipped`, 'SIGNATURE_INVALID', flipped);
  }
  add('plain, a quote flipped', 'INVALID_JSON', rawReplace(fresh, '"_type":"draaiboek.bundle"', '"_type":"draaiboek.bundle\''));

  // Invalid UTF-8
  const firstName = nameOffsets(fresh, 1)[0] ?? 0;
  for (const [label, bytes] of [
    ['0xff', [0xff]],
    ['a lone continuation byte', [0x80]],
    ['an overlong slash', [0xc0, 0xaf]],
    ['a surrogate half', [0xed, 0xa0, 0x80]],
    ['a cut-off sequence', [0xe2, 0x82]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ] as const) {
    add(`invalid UTF-8: ${label}`, 'INVALID_UTF8', spliceBytes(fresh, firstName, bytes));
  }

  // Deep nesting
  for (const depth of [65, 200, 5_000]) {
    add(`nesting ${depth} deep at the top`, 'NESTING_TOO_DEEP', rawReplace(fresh, VERSION_FIELD, `${VERSION_FIELD},"x":${nested(depth)}`));
  }
  add('nesting deep inside the plan', 'NESTING_TOO_DEEP', rawReplace(fresh, '"plan":{', `"plan":{"x":${nested(100)},`));

  // Prototype keys
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    add(`${key} at the top`, 'FORBIDDEN_KEY', rawReplace(fresh, VERSION_FIELD, `${VERSION_FIELD},"${key}":{"polluted":true}`));
    add(`${key} in the plan`, 'FORBIDDEN_KEY', rawReplace(fresh, '"plan":{', `"plan":{"${key}":{},`));
  }
  add('__proto__ in the manifest', 'FORBIDDEN_KEY', rawReplace(fresh, '"manifest":{', '"manifest":{"__proto__":{"isAdmin":true},'));
  add('__proto__ in a person', 'FORBIDDEN_KEY', spliceBytes(fresh, firstName - 8, [...utf8('"__proto__":1,')]));

  // Duplicate keys
  add('_type twice', 'DUPLICATE_KEY', rawReplace(fresh, VERSION_FIELD, `${VERSION_FIELD},"_type":"draaiboek.bundle"`));
  add('bundleVersion twice', 'DUPLICATE_KEY', rawReplace(fresh, VERSION_FIELD, `${VERSION_FIELD},${VERSION_FIELD}`));
  add('plan twice', 'DUPLICATE_KEY', rawReplace(fresh, '"plan":{', '"plan":{},"plan":{'));
  add('a person name twice', 'DUPLICATE_KEY', spliceBytes(fresh, firstName - 8, [...utf8('"name":"Dubbel",')]));
  add('signed twice in the plan', 'DUPLICATE_KEY', rawReplace(fresh, '"plan":{', '"plan":{"signed":{},'));

  // Bundle version
  for (const version of [BUNDLE_VERSION + 1, 99, 0, '"1"', 'null', '1.5']) {
    add(`bundleVersion ${version}`, 'BUNDLE_VERSION_UNKNOWN', rawReplace(fresh, VERSION_FIELD, `"bundleVersion":${version}`));
  }
  add('no bundleVersion', 'BUNDLE_VERSION_UNKNOWN', edit(fresh, (bundle) => delete bundle['bundleVersion']));

  // Schema violations of the bundle
  const schemaCases: [string, (bundle: Json) => void][] = [
    ['no manifest', (bundle) => delete bundle['manifest']],
    ['no plan', (bundle) => delete bundle['plan']],
    ['plan is a string', (bundle) => (bundle['plan'] = 'plan')],
    ['an extra top-level field', (bundle) => (bundle['extra'] = 1)],
    ['manifest without signatures', (bundle) => delete at(bundle, 'manifest')['signatures']],
    ['manifest with an extra field', (bundle) => (at(bundle, 'manifest', 'signed')['extra'] = true)],
    ['manifest with no signers', (bundle) => (at(bundle, 'manifest', 'signed')['signers'] = [])],
    ['signer key id of another key', (bundle) => (at(bundle, 'manifest', 'signed', 'signers', '0')['keyid'] = 'a'.repeat(64))],
    ['signer public key not base64', (bundle) => (at(bundle, 'manifest', 'signed', 'signers', '0')['publicKey'] = 'not base64!')],
    ['signer name empty', (bundle) => (at(bundle, 'manifest', 'signed', 'signers', '0')['name'] = '  ')],
    ['signer name of 10,000 characters', (bundle) => (at(bundle, 'manifest', 'signed', 'signers', '0')['name'] = 'x'.repeat(10_000))],
    ['manifest createdAt not a date', (bundle) => (at(bundle, 'manifest', 'signed')['createdAt'] = 'gisteren')],
    ['manifest revision negative', (bundle) => (at(bundle, 'manifest', 'signed')['revision'] = -1)],
    ['plan revision a string', (bundle) => (at(bundle, 'plan', 'signed')['revision'] = '7')],
    ['a person without a name', (bundle) => delete at(bundle, 'plan', 'signed', 'plan', 'content', 'people', '0')['name']],
    ['a person with an unknown field', (bundle) => (at(bundle, 'plan', 'signed', 'plan', 'content', 'people', '0')['salary'] = 1)],
    ['an unknown collection', (bundle) => (at(bundle, 'plan', 'signed', 'plan', 'content')['secrets'] = [])],
    ['a malformed clock stamp', (bundle) => (at(bundle, 'plan', 'signed', 'plan', 'sync')['versionVector'] = { '0123456789abcdef': 'now' })],
  ];
  for (const [name, change] of schemaCases) add(`schema: ${name}`, 'SCHEMA_INVALID', edit(fresh, change));

  // The plan's own format version and signatures
  add('plan of a newer specVersion', 'SPEC_TOO_NEW', edit(fresh, (bundle) => (at(bundle, 'plan', 'signed')['specVersion'] = SPEC_VERSION + 1)));
  add('plan specVersion missing', 'SPEC_UNKNOWN', edit(fresh, (bundle) => delete at(bundle, 'plan', 'signed')['specVersion']));
  add('plan signatures removed', 'UNSIGNED', edit(fresh, (bundle) => (at(bundle, 'plan')['signatures'] = [])));
  const olderPlan = at(JSON.parse(text(sources.older)), 'plan');
  add('plan signature taken from another revision', 'SIGNATURE_INVALID', edit(fresh, (bundle) => (at(bundle, 'plan')['signatures'] = olderPlan['signatures'])));
  add('an older signed plan under this manifest', 'BUNDLE_MANIFEST_MISMATCH', edit(fresh, (bundle) => (bundle['plan'] = olderPlan)));
  add('manifest signature broken', 'BUNDLE_MANIFEST_MISMATCH', edit(fresh, (bundle) => (at(bundle, 'manifest', 'signed')['title'] = 'Ander plan')));
  for (const [field, value] of [
    ['planId', '00000000-0000-4000-8000-000000000000'],
    ['revision', 99],
    ['planSavedAt', '2020-01-01T00:00:00.000Z'],
    ['planSignature', at(olderPlan, 'signatures', '0')['sig']],
    ['createdBy', 'b'.repeat(64)],
  ] as const) {
    add(`validly signed manifest naming another ${field}`, 'BUNDLE_MANIFEST_MISMATCH', resignManifest(fresh, sources.freshKey, (signed) => (signed[field] = value)));
  }

  // Signers and the plan's place in this folder
  add('signed by a stranger', 'SIGNER_UNKNOWN', sources.stranger);
  add('signed by a stranger, with its key left out', 'SIGNER_UNKNOWN', edit(sources.stranger, (bundle) => (at(bundle, 'manifest', 'signed')['signers'] = at(JSON.parse(text(fresh)), 'manifest', 'signed')['signers'])));
  add('signed by a removed signer', 'SIGNER_REMOVED', sources.removed, { trustSigner: true });
  add('signed by a removed signer, key left out', 'SIGNER_REMOVED', edit(sources.removed, (bundle) => (at(bundle, 'manifest', 'signed')['signers'] = at(JSON.parse(text(fresh)), 'manifest', 'signed')['signers'])), { trustSigner: true });
  add('an older copy (rollback)', 'ROLLBACK', sources.older, { trustSigner: true });
  add('an older copy, encrypted', 'ROLLBACK', (await encryptWithPassphrase(sources.older, passphrase, 10)).ciphertext, { passphrase, trustSigner: true });
  add('a validly signed bundle of another plan', 'PLAN_MISMATCH', sources.otherPlan, { trustSigner: true });

  // Identifying text that would forge or reorder lines where the user decides whom to trust
  const forgedLine = 'Laptop\nOndertekenaar: Laptop BCM-coördinator, vingerafdruk 0000 0000 0000 0000 (vertrouwd)';
  for (const [name, value] of [
    ['a newline forging a trusted line', forgedLine],
    ['a terminal escape sequence', 'Laptop \u001b[2J\u001b]0;vertrouwd\u0007'],
    ['a C1 control', 'Laptop \u009b31m'],
    ['a bidi override', 'Laptop \u202Edrouwtrev'],
    ['a bidi isolate', 'Laptop \u2067x\u2069'],
    ['121 characters', 'L'.repeat(121)],
  ] as const) {
    add(
      `validly signed manifest, signer name with ${name}`,
      'SCHEMA_INVALID',
      resignManifest(fresh, sources.freshKey, (signed) => (at(signed, 'signers', '0')['name'] = value)),
    );
  }
  add('validly signed manifest, title with a newline', 'SCHEMA_INVALID', resignManifest(fresh, sources.freshKey, (signed) => (signed['title'] = forgedLine)));

  // Stamps that would win every later edit of their field, on every laptop
  for (const [name, code, bytes] of stampCases(fresh, sources.freshKey)) add(name, code, bytes);
  return cases;
}
