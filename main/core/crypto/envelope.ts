import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { isDraaiboekError } from '../../../shared/errors.js';
import { canonicalJson } from './canonical-json.js';
import type { DeviceKeyPair } from './keys.js';
import { keyidSchema, signatureBase64Schema } from './schemas.js';

/** One signature: which key made it, and the base64 Ed25519 signature over the canonical `signed` text. */
export interface Signature {
  keyid: string;
  sig: string;
}

/** A signed file, modelled on The Update Framework's metadata: the content and the signatures over it. */
export interface SignedEnvelope<T> {
  signed: T;
  signatures: Signature[];
}

/** What a verifier needs to know of a trusted key. */
export interface PublicKeyInfo {
  publicKey: KeyObject;
  name?: string;
}

export type KeyLookup = (keyid: string) => PublicKeyInfo | undefined;

export type VerifyFailureCode = 'UNSIGNED' | 'SIGNATURE_INVALID' | 'SIGNER_UNKNOWN' | 'SCHEMA_INVALID';

export type VerifyResult =
  | { ok: true; keyid: string; sig: string; canonicalText: string }
  | { ok: false; code: VerifyFailureCode; keyid?: string };

export const MAX_SIGNATURES = 16;

export const signatureSchema = z.strictObject({ keyid: keyidSchema, sig: signatureBase64Schema });

const envelopeSchema = z.strictObject({
  signed: z.unknown().refine((value) => value !== undefined, 'signed is missing'),
  signatures: z.array(signatureSchema).min(1).max(MAX_SIGNATURES),
});

export function signCanonical(canonicalText: string, key: DeviceKeyPair): Signature {
  const sig = sign(null, Buffer.from(canonicalText, 'utf8'), key.privateKey).toString('base64');
  return { keyid: key.keyid, sig };
}

/** Sign on Node's thread pool, so the caller can write the signed bytes while the signature is made. */
export function signBytesInBackground(canonicalBytes: Buffer, key: DeviceKeyPair): Promise<Signature> {
  return new Promise((resolve, reject) => {
    sign(null, canonicalBytes, key.privateKey, (error, signature) => {
      if (error === null) resolve({ keyid: key.keyid, sig: signature.toString('base64') });
      else reject(error);
    });
  });
}

/** Everything of the envelope's file text that comes before the canonical `signed` text. */
export function envelopeHeader(signatures: Signature[]): string {
  const canonicalSignatures = canonicalJson(signatures.map(({ keyid, sig }) => ({ keyid, sig })));
  return `{"signatures":${canonicalSignatures},"signed":`;
}

/**
 * The file text of an envelope whose `signed` part is already canonical. It is itself the JCS form of the whole
 * envelope ("signatures" sorts before "signed"), so the plan, the largest part, is canonicalized only once.
 */
export function serializeSignedEnvelope(canonicalSignedText: string, signatures: Signature[]): string {
  return `${envelopeHeader(signatures)}${canonicalSignedText}}`;
}

/** Canonicalizes, signs with each key and returns the file text. */
export function signToEnvelopeText(signed: unknown, keys: readonly DeviceKeyPair[]): string {
  const canonicalText = canonicalJson(signed);
  return serializeSignedEnvelope(
    canonicalText,
    keys.map((key) => signCanonical(canonicalText, key)),
  );
}

function signatureHolds(canonicalBytes: Buffer, signature: Signature, publicKey: KeyObject): boolean {
  try {
    return verify(null, canonicalBytes, publicKey, Buffer.from(signature.sig, 'base64'));
  } catch {
    // A key of the wrong type in the lookup cannot vouch for anything.
    return false;
  }
}

export type BytesVerifyResult = { ok: true; keyid: string; sig: string } | { ok: false; code: VerifyFailureCode; keyid?: string };

/**
 * Valid when at least one signature by a known key holds over these exact bytes. A known key whose signature
 * fails means the content was changed (SIGNATURE_INVALID); only unknown keys means nobody trusted signed it
 * (SIGNER_UNKNOWN).
 */
export function verifySignedBytes(
  canonicalBytes: Uint8Array,
  signatures: readonly Signature[],
  lookup: KeyLookup,
): BytesVerifyResult {
  if (signatures.length === 0) return { ok: false, code: 'UNSIGNED' };
  const bytes = Buffer.isBuffer(canonicalBytes)
    ? canonicalBytes
    : Buffer.from(canonicalBytes.buffer, canonicalBytes.byteOffset, canonicalBytes.byteLength);
  let failedKeyid: string | undefined;
  for (const signature of signatures) {
    const known = lookup(signature.keyid);
    if (known === undefined) continue;
    if (signatureHolds(bytes, signature, known.publicKey)) return { ok: true, keyid: signature.keyid, sig: signature.sig };
    failedKeyid ??= signature.keyid;
  }
  if (failedKeyid !== undefined) return { ok: false, code: 'SIGNATURE_INVALID', keyid: failedKeyid };
  const firstKeyid = signatures[0]?.keyid;
  return firstKeyid === undefined ? { ok: false, code: 'SIGNER_UNKNOWN' } : { ok: false, code: 'SIGNER_UNKNOWN', keyid: firstKeyid };
}

/** `verifySignedBytes` over the UTF-8 bytes of canonical text. */
export function verifyCanonical(canonicalText: string, signatures: readonly Signature[], lookup: KeyLookup): VerifyResult {
  const result = verifySignedBytes(Buffer.from(canonicalText, 'utf8'), signatures, lookup);
  return result.ok ? { ...result, canonicalText } : result;
}

function isUnsigned(envelope: unknown): boolean {
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) return false;
  if (!('signed' in envelope)) return false;
  const signatures: unknown = (envelope as { signatures?: unknown }).signatures;
  return signatures === undefined || (Array.isArray(signatures) && signatures.length === 0);
}

/** Checks a parsed envelope: its shape first, then the signatures over the canonical form of `signed`. */
export function verifyEnvelope(envelope: unknown, lookup: KeyLookup): VerifyResult {
  if (isUnsigned(envelope)) return { ok: false, code: 'UNSIGNED' };
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success) return { ok: false, code: 'SCHEMA_INVALID' };
  let canonicalText: string;
  try {
    canonicalText = canonicalJson(parsed.data.signed);
  } catch (error) {
    if (isDraaiboekError(error)) return { ok: false, code: 'SCHEMA_INVALID' };
    throw error;
  }
  return verifyCanonical(canonicalText, parsed.data.signatures, lookup);
}
