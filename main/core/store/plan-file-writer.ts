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
  if (atRest.encrypted) return writeSealedTempFiles(signedBytes, signing, targets, atRest);
  const placeholderHeader = Buffer.from(envelopeHeader([{ keyid: key.keyid, sig: 'A'.repeat(86) + '==' }]), 'utf8');
  const tempPaths = targets.map(tempPathBeside);
  const handles = await Promise.all(tempPaths.map((path) => open(path, 'wx', 0o600)));
  try {
    await Promise.all(
      handles.map(async (handle) => {
        await handle.write(signedBytes, 0, signedBytes.length, placeholderHeader.length);
        await handle.write(CLOSING_BRACE, 0, 1, placeholderHeader.length + signedBytes.length);
      }),
    );
    const header = Buffer.from(envelopeHeader([await signing]), 'utf8');
    if (header.length !== placeholderHeader.length) throw new Error('signature header changed length');
    await Promise.all(
      handles.map(async (handle) => {
        await handle.write(header, 0, header.length, 0);
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

/** Encrypted at rest, the file is one age file of the whole envelope: it is sealed once, after the signature. */
async function writeSealedTempFiles(signedBytes: Buffer, signing: ReturnType<typeof signBytesInBackground>, targets: readonly string[], atRest: AtRest): Promise<string[]> {
  const header = Buffer.from(envelopeHeader([await signing]), 'utf8');
  const sealed = atRest.seal(Buffer.concat([header, signedBytes, CLOSING_BRACE]));
  const tempPaths = targets.map(tempPathBeside);
  const handles = await Promise.all(tempPaths.map((path) => open(path, 'wx', 0o600)));
  try {
    await Promise.all(
      handles.map(async (handle) => {
        await handle.writeFile(sealed);
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
