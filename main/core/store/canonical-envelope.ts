import { z } from 'zod';
import {
  signatureSchema,
  verifySignedBytes,
  verifySignedBytesInBackground,
  type KeyLookup,
  type Signature,
} from '../crypto/envelope.js';

const PREFIX = Buffer.from('{"signatures":', 'utf8');
const SEPARATOR = Buffer.from(',"signed":', 'utf8');
const CLOSING_BRACE = 0x7d;
const MAX_SIGNATURES_BYTES = 16 * 1024;
const BACKGROUND_VERIFY_BYTES = 512 * 1024;
const FORBIDDEN_KEY_LITERAL = /"(?:__proto__|constructor|prototype)":/;
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
  const separator = buffer.indexOf(SEPARATOR, PREFIX.length);
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
}

/**
 * The fast way to open a plan file: check the signature over the raw bytes, as they stand, while the text is
 * parsed on this thread. When it holds, the bytes are exactly what a trusted Draaiboek signed after validating
 * them, and nothing needs canonicalizing. Anything else (re-indented, reordered, tampered, unknown signer, a
 * dangerous key) returns undefined and takes the full path, which reports precisely what is wrong.
 */
export async function readAuthenticCanonicalFile(bytes: Uint8Array, lookup: KeyLookup): Promise<AuthenticSigned | undefined> {
  const parts = splitCanonicalFile(bytes);
  if (parts === undefined) return undefined;
  // Handing a small plan to the thread pool costs more than checking it here.
  const verdict =
    parts.signedBytes.length < BACKGROUND_VERIFY_BYTES
      ? Promise.resolve(verifySignedBytes(parts.signedBytes, parts.signatures, lookup))
      : verifySignedBytesInBackground(parts.signedBytes, parts.signatures, lookup);
  let signed: unknown;
  const text = parts.signedBytes.toString('utf8');
  if (!hasForbiddenKeyLiteral(text)) {
    try {
      signed = JSON.parse(text);
    } catch {
      signed = undefined;
    }
  }
  const result = await verdict;
  return result.ok && signed !== undefined ? { signed, signerKeyid: result.keyid } : undefined;
}

/**
 * Keys that would be dangerous as object keys. JCS escapes only control characters, `"` and `\`, so in
 * canonical text such a key can only appear literally.
 */
export function hasForbiddenKeyLiteral(canonicalText: string): boolean {
  return FORBIDDEN_KEY_LITERAL.test(canonicalText);
}
