import { z } from 'zod';
import { keyidOf, keyidPattern, RAW_PUBLIC_KEY_BYTES } from './keys.js';

export const keyidSchema = z.string().regex(keyidPattern, 'a key id is 64 lowercase hex digits');

/**
 * Standard base64 of exactly `bytes` bytes, in its one canonical spelling: Node's decoder would also accept
 * whitespace, missing padding or stray bits, and a signature must not have several spellings.
 */
export function base64OfBytes(bytes: number, what: string): z.ZodString {
  return z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${what} must be base64`)
    .refine((text) => {
      const decoded = Buffer.from(text, 'base64');
      return decoded.length === bytes && decoded.toString('base64') === text;
    }, `${what} must be base64 of ${bytes} bytes`);
}

/** Base64 of any length (at least one byte), canonical spelling. */
export function base64Schema(what: string, maxBytes: number): z.ZodString {
  return z
    .string()
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${what} must be base64`)
    .refine((text) => {
      const decoded = Buffer.from(text, 'base64');
      return decoded.length <= maxBytes && decoded.toString('base64') === text;
    }, `${what} must be canonical base64 of at most ${maxBytes} bytes`);
}

export const rawPublicKeyBase64Schema = base64OfBytes(32, 'publicKey');
export const signatureBase64Schema = base64OfBytes(64, 'sig');

/** Whether `keyid` is the id of the base64 raw public key; false for anything malformed, never a throw. */
export function keyidMatchesPublicKey(keyid: string, publicKeyBase64: string): boolean {
  const raw = Buffer.from(publicKeyBase64, 'base64');
  return raw.length === RAW_PUBLIC_KEY_BYTES && keyidOf(raw) === keyid;
}
