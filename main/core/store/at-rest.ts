import { resolve } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { AgeError, decryptWithX25519, encryptToX25519, encryptToX25519LateHead, isAgeBytes, type LateHeadSeal } from '../crypto/age-file.js';
import type { AgeX25519Identity } from '../crypto/age-identity.js';

/**
 * How the folder's files with plan or crisis content lie on disk: as they are, or each one an age file
 * encrypted to the folder key. This is the one place that knows; every reader and writer of such a file goes
 * through it. Reading takes both forms in either mode (a conversion in progress leaves both, and a plain file
 * is still checked for its signature like any other); an age file in a folder without a key is unreadable.
 */
export interface AtRest {
  readonly encrypted: boolean;
  /**
   * The bytes to write for a file's content. `minPadded` lowers the size every short content is padded to,
   * for records far smaller than a file (a crisis log's lines).
   */
  seal(content: Uint8Array, minPadded?: number): Buffer;
  /**
   * Encrypted only: seal a content whose first `headLength` bytes come later (a signature being made), all
   * but the file's start at once. `body` is the content after the head.
   */
  sealLateHead?(headLength: number, body: Uint8Array): LateHeadSeal;
  /** A file's content from the bytes read: decrypted, padding removed, when it is an age file. */
  open(bytes: Uint8Array, path: string): Uint8Array;
}

/** Below this, every file is as long as every other: a small register says nothing about its size. */
const MIN_PADDED_BYTES = 4096;
const PAD_BYTE = 0x20;

/**
 * The length a content of `length` bytes is padded to before encryption: Padmé (Nikitin et al., 2019), which
 * keeps only the top bits of the length, so a file's size says little about its content (at most about 12%
 * more bytes, and far fewer distinct sizes than lengths), with a floor of 4 KiB unless told otherwise.
 */
export function paddedLength(length: number, minPadded = MIN_PADDED_BYTES): number {
  const n = Math.max(length, minPadded);
  const exponent = Math.floor(Math.log2(n));
  const lowBits = exponent - (Math.floor(Math.log2(exponent)) + 1);
  const step = 2 ** lowBits;
  return Math.ceil(n / step) * step;
}

/** Content never ends in a space (JSON documents end in `}` or a newline), so the padding comes off exactly. */
function unpad(content: Buffer): Buffer {
  let end = content.length;
  while (end > 0 && content[end - 1] === PAD_BYTE) end -= 1;
  return content.subarray(0, end);
}

function unreadable(path: string, reason: string): DraaiboekError {
  return new DraaiboekError('FILE_UNREADABLE_ENCRYPTED', `${path} does not decrypt: ${reason}`, { path, reason });
}

export const plainAtRest: AtRest = {
  encrypted: false,
  seal: (content) => Buffer.from(content.buffer, content.byteOffset, content.byteLength),
  open(bytes, path) {
    if (isAgeBytes(bytes)) throw unreadable(path, 'no folder key');
    return bytes;
  },
};

/**
 * Reader of both forms with the folder key; writer of age files to it, or (`writes: 'plain'`, while a
 * conversion back to plain files is being completed) of plain files.
 */
export function encryptedAtRest(identity: AgeX25519Identity, writes: 'age' | 'plain' = 'age'): AtRest {
  if (writes === 'plain') {
    const reader = encryptedAtRest(identity);
    return { encrypted: false, seal: plainAtRest.seal, open: reader.open };
  }
  return {
    encrypted: true,
    seal(content, minPadded) {
      const padded = Buffer.alloc(paddedLength(content.length, minPadded), PAD_BYTE);
      padded.set(content);
      return encryptToX25519(padded, identity.publicKey);
    },
    sealLateHead(headLength, body) {
      const padded = Buffer.alloc(paddedLength(headLength + body.length), PAD_BYTE);
      padded.set(body, headLength);
      return encryptToX25519LateHead(padded, headLength, identity.publicKey);
    },
    open(bytes, path) {
      if (!isAgeBytes(bytes)) return bytes;
      try {
        return unpad(decryptWithX25519(bytes, identity.privateKey, identity.publicKey));
      } catch (error) {
        if (error instanceof AgeError) throw unreadable(path, error.reason);
        throw error;
      }
    },
  };
}

const openFolders = new Map<string, () => AtRest>();

/**
 * While a folder is open, its documents that are read and written by path alone (the register of copies)
 * find how the folder's files lie here. Returns the function that forgets it again (at close).
 */
export function registerFolderAtRest(dataDir: string, current: () => AtRest): () => void {
  const key = resolve(dataDir);
  openFolders.set(key, current);
  return () => {
    if (openFolders.get(key) === current) openFolders.delete(key);
  };
}

/** How the files of `dataDir` lie at rest, as the folder opened in this process says; plain when it is not open. */
export function folderAtRest(dataDir: string): AtRest {
  return openFolders.get(resolve(dataDir))?.() ?? plainAtRest;
}
