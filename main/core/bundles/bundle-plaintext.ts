import { DraaiboekError } from '../../../shared/errors.js';
import { parseUntrustedJson } from '../safe-json/safe-parse.js';
import { decryptWithPassphrase, isAgeFile } from './age-passphrase.js';
import { MAX_BUNDLE_BYTES } from './bundle-format.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function firstMeaningfulByte(bytes: Uint8Array): number | undefined {
  let index = UTF8_BOM.every((byte, offset) => bytes[offset] === byte) ? UTF8_BOM.length : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index += 1;
  return bytes[index];
}

async function plaintextOf(bytes: Uint8Array, passphrase: string | undefined): Promise<{ plaintext: Uint8Array; encrypted: boolean }> {
  if (bytes.length === 0) throw new DraaiboekError('FILE_EMPTY', 'empty bundle');
  if (bytes.length > MAX_BUNDLE_BYTES) {
    throw new DraaiboekError('FILE_TOO_LARGE', 'bundle too large', { size: bytes.length, max: MAX_BUNDLE_BYTES });
  }
  if (isAgeFile(bytes)) {
    if (passphrase === undefined || passphrase === '') {
      throw new DraaiboekError('BUNDLE_PASSPHRASE_REQUIRED', 'encrypted bundle needs a passphrase');
    }
    return { plaintext: await decryptWithPassphrase(bytes, passphrase), encrypted: true };
  }
  return { plaintext: bytes, encrypted: false };
}

export interface BundlePlaintextValue {
  /** The bundle's plaintext as parsed JSON: safely parsed, not yet checked for type, version or schema. */
  readonly raw: unknown;
  readonly encrypted: boolean;
}

/**
 * The first steps of opening a bundle, the ones that cost time in proportion to its size: size cap, decrypt,
 * safe parse (strict UTF-8, depth cap, no prototype or duplicate keys). Run in the parse worker.
 */
export async function readBundlePlaintext(bytes: Uint8Array, passphrase: string | undefined): Promise<BundlePlaintextValue> {
  const { plaintext, encrypted } = await plaintextOf(bytes, passphrase);
  const first = firstMeaningfulByte(plaintext);
  if (first !== 0x7b) throw new DraaiboekError('BUNDLE_NOT_RECOGNISED', 'not a draaiboek bundle');
  return { raw: parseUntrustedJson(plaintext, { maxBytes: MAX_BUNDLE_BYTES }), encrypted };
}
