import { randomBytes } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { envelopeHeader, signBytesInBackground } from '../crypto/envelope.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import type { AtRest } from './at-rest.js';

const CLOSING_BRACE = Buffer.from('}', 'utf8');

function tempPathBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Write a signed plan to new temp files beside each target, fsynced, and return their paths in the same
 * order. The file is `{"signatures":[...],"signed":<JCS>}`: the header has a fixed length for one Ed25519
 * signature, so the canonical bytes go to disk while the signature is made on the thread pool, and the
 * header follows at offset 0. A large plan saves in about the time of its slower half, not the sum.
 */
export async function writeSignedPlanTempFiles(
  signed: SignedPlan,
  key: DeviceKeyPair,
  targets: readonly string[],
  atRest: AtRest,
): Promise<string[]> {
  const signedBytes = Buffer.from(canonicalJson(signed), 'utf8');
  const signing = signBytesInBackground(signedBytes, key);
  const placeholderHeader = Buffer.from(envelopeHeader([{ keyid: key.keyid, sig: 'A'.repeat(86) + '==' }]), 'utf8');
  if (atRest.sealLateHead !== undefined) {
    // Encrypted at rest: all but the file's first chunk is sealed and written while the signature is made.
    const sealing = atRest.sealLateHead(placeholderHeader.length, Buffer.concat([signedBytes, CLOSING_BRACE]));
    return writeTempFiles(targets, sealing.rest, sealing.restOffset, async () => sealing.finish(Buffer.from(envelopeHeader([await signing]), 'utf8')));
  }
  return writeTempFiles(targets, Buffer.concat([signedBytes, CLOSING_BRACE]), placeholderHeader.length, async () => {
    const header = Buffer.from(envelopeHeader([await signing]), 'utf8');
    if (header.length !== placeholderHeader.length) throw new Error('signature header changed length');
    return header;
  });
}

/**
 * Write `rest` at `restOffset` of a new temp file beside each target, then the start that `start` makes
 * (awaited meanwhile) at offset 0; fsync. Returns the temp paths in the order of the targets.
 */
async function writeTempFiles(targets: readonly string[], rest: Buffer, restOffset: number, start: () => Promise<Buffer>): Promise<string[]> {
  const tempPaths = targets.map(tempPathBeside);
  const handles = await Promise.all(tempPaths.map((path) => open(path, 'wx', 0o600)));
  try {
    await Promise.all(handles.map((handle) => handle.write(rest, 0, rest.length, restOffset)));
    const first = await start();
    if (first.length !== restOffset) throw new Error('the start of the file changed length');
    await Promise.all(
      handles.map(async (handle) => {
        await handle.write(first, 0, first.length, 0);
        await handle.sync();
      }),
    );
  } catch (error) {
    await Promise.all(handles.map((handle) => handle.close().catch(() => undefined)));
    await Promise.all(tempPaths.map((path) => unlink(path).catch(() => undefined)));
    throw error;
  }
  await Promise.all(handles.map((handle) => handle.close()));
  return tempPaths;
}
