import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { isAgeBytes } from '../crypto/age-file.js';
import { plainAtRest, type AtRest } from './at-rest.js';
import { MAX_PLAN_FILE_BYTES } from './plan-file.js';

export interface HistorySummary {
  readonly revision: number;
  readonly savedAt?: string;
  readonly signerKeyid?: string;
  readonly bytes: number;
}

const EDGE_BYTES = 512;

/**
 * Who saved a revision and when, read from the first and last bytes of its file: in the canonical form the
 * signer's key id comes first and `revision`/`savedAt` come last, so listing fifty 10 MB revisions stays cheap.
 * This is an index for a list, not a verification: viewing or restoring a revision verifies it whole.
 */
export async function readHistorySummary(path: string, revision: number, atRest: AtRest = plainAtRest): Promise<HistorySummary> {
  // Non-blocking: a FIFO put in place of a revision opens at once instead of waiting for a writer, and is
  // then refused as what it is. Checking before opening would leave a moment to swap the file.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new DraaiboekError('IO_ERROR', `${path} is not a regular file`, { path, detail: 'not a regular file' });
    }
    const { size } = info;
    let head = Buffer.alloc(Math.min(EDGE_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    let tail = Buffer.alloc(Math.min(EDGE_BYTES, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    if (isAgeBytes(head)) {
      // An encrypted revision has no readable edges: it is decrypted whole (no parse, no verification).
      if (size > MAX_PLAN_FILE_BYTES) throw new DraaiboekError('FILE_TOO_LARGE', `${path} is too large`, { path, size, max: MAX_PLAN_FILE_BYTES });
      const whole = Buffer.alloc(size);
      await handle.read(whole, 0, size, 0);
      const content = Buffer.from(atRest.open(whole, path));
      head = content.subarray(0, EDGE_BYTES);
      tail = content.subarray(Math.max(0, content.length - EDGE_BYTES));
    }
    const keyid = /"keyid":"([0-9a-f]{64})"/.exec(head.toString('utf8'))?.[1];
    const savedAt = /"savedAt":"([0-9TZ:.-]{20,30})"/.exec(tail.toString('utf8'))?.[1];
    return {
      revision,
      bytes: size,
      ...(savedAt === undefined ? {} : { savedAt }),
      ...(keyid === undefined ? {} : { signerKeyid: keyid }),
    };
  } finally {
    await handle.close();
  }
}
