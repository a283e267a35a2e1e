import { isAscii } from 'node:buffer';
import { z } from 'zod';
import { canonicalJsonOfParsedData } from '../crypto/canonical-json.js';
import {
  signatureSchema,
  verifySignedBytes,
  type KeyLookup,
  type Signature,
} from '../crypto/envelope.js';
import { DEFAULT_MAX_DEPTH } from '../safe-json/safe-parse.js';
import { forbiddenKeys } from '../safe-json/structure-scan.js';

const PREFIX = Buffer.from('{"signatures":', 'utf8');
const SEPARATOR = Buffer.from(',"signed":', 'utf8');
const CLOSING_BRACE = 0x7d;
const MAX_SIGNATURES_BYTES = 16 * 1024;
const signaturesSchema = z.array(signatureSchema).min(1).max(16);

/** The parts of a plan file as Draaiboek writes it: `{"signatures":[...],"signed":<JCS text>}`. */
export interface CanonicalFileParts {
  readonly signatures: readonly Signature[];
  readonly signedBytes: Buffer;
}

/** Split a plan file into its signatures and its signed bytes, when it has the exact form Draaiboek writes. */
export function splitCanonicalFile(bytes: Uint8Array): CanonicalFileParts | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, PREFIX.length).equals(PREFIX) || buffer[buffer.length - 1] !== CLOSING_BRACE) return undefined;
  // Searched only where the signatures can end: a large file without a separator is not read through.
  const separator = buffer.subarray(0, MAX_SIGNATURES_BYTES + SEPARATOR.length).indexOf(SEPARATOR, PREFIX.length);
  if (separator < 0 || separator > MAX_SIGNATURES_BYTES) return undefined;
  let signatures: unknown;
  try {
    signatures = JSON.parse(buffer.toString('utf8', PREFIX.length, separator));
  } catch {
    return undefined;
  }
  const parsedSignatures = signaturesSchema.safeParse(signatures);
  if (!parsedSignatures.success) return undefined;
  return { signatures: parsedSignatures.data, signedBytes: buffer.subarray(separator + SEPARATOR.length, buffer.length - 1) };
}

export interface AuthenticSigned {
  readonly signed: unknown;
  readonly signerKeyid: string;
  /** The signature that holds over the bytes. */
  readonly signature: string;
}

/**
 * The fast way to open a plan file. The signature is checked over the raw bytes first, and nothing of the
 * signed part is parsed before that verdict: a hostile file costs a hash, not a parse. Then the bytes must be
 * exactly the canonical form of what they parse to, so the fast path accepts only what the full path would
 * (no duplicate or escaped keys, no lone surrogates, no nesting over the cap): even a trusted key may have
 * signed odd bytes. Anything else returns undefined and takes the full path, which reports precisely what is
 * wrong.
 */
export function readAuthenticCanonicalFile(bytes: Uint8Array, lookup: KeyLookup): AuthenticSigned | undefined {
  const parts = splitCanonicalFile(bytes);
  if (parts === undefined) return undefined;
  // On this thread: Node's thread pool would first copy the bytes, a third copy of a file that may be hostile.
  const verdict = verifySignedBytes(parts.signedBytes, parts.signatures, lookup);
  if (!verdict.ok) return undefined;
  const signed = parseCanonicalBytes(parts.signedBytes);
  return signed === undefined ? undefined : { signed, signerKeyid: verdict.keyid, signature: verdict.sig };
}

const fatalUtf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of the bytes, decoded one-to-one (strict UTF-8, a byte order mark kept as a character), so that
 * equal text means equal bytes; undefined when they are not UTF-8.
 */
function decodeOneToOne(bytes: Buffer): string | undefined {
  if (isAscii(bytes)) return bytes.toString('latin1');
  try {
    return fatalUtf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The value of canonical JSON bytes, or undefined when the bytes are anything but canonical. */
function parseCanonicalBytes(bytes: Buffer): unknown {
  const text = decodeOneToOne(bytes);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // The full path's own limits, so this path accepts nothing that one refuses.
  const canonical = canonicalJsonOfParsedData(value, { maxNesting: DEFAULT_MAX_DEPTH, forbiddenKeys });
  // The decoding is one-to-one, so comparing the text compares the bytes; the length settles most cases.
  return canonical !== undefined && canonical.length === text.length && canonical === text ? value : undefined;
}
