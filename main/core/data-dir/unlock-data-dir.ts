import { DraaiboekError } from '../../../shared/errors.js';
import { resealDeviceKey, unlockDeviceKey } from '../crypto/device-key-store.js';
import { unlockFolderKey } from '../crypto/folder-key.js';
import type { SecretProtector } from '../crypto/key-protection.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { deriveStateMacKey } from '../crypto/state-mac.js';
import { loadTrustStore } from '../crypto/trust-store.js';
import type { Platform } from '../platform.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { historyPath, listHistoryRevisions } from '../store/history.js';
import { readVerifiedPlanFile, type KeyLookup } from '../store/plan-file.js';
import { encryptedAtRest, plainAtRest, type AtRest } from '../store/at-rest.js';
import { PLAIN_AT_REST, StateRecord, STATE_TYPE, STATE_VERSION, type AtRestState, type ProtectedState } from '../store/state-record.js';

export interface UnlockedDataDir {
  readonly key: DeviceKeyPair;
  readonly state: StateRecord;
  /** How the content files are read and written, as the record says; the folder key unlocked if needed. */
  readonly atRest: AtRest;
}

/** The reader and writer of content files for a record's `atRest`, unsealing the folder key if it is needed. */
export async function atRestFor(dataDir: string, protector: SecretProtector, state: AtRestState): Promise<AtRest> {
  if (state.mode === 'plain' && !state.pending) return plainAtRest;
  const identity = await unlockFolderKey(dataDir, protector, state.recipient);
  return encryptedAtRest(identity, state.mode === 'age' ? 'age' : 'plain');
}

/**
 * The state of a folder from before state records, trusted as found (trust on first use): the signers
 * trust.json trusts now, the plan id of the plan (or newest history revision) that verifies against them, and
 * the highest revision among those. A folder with a key but nothing to trust is refused, not started anew.
 */
async function stateFromFolder(dataDir: string, key: DeviceKeyPair): Promise<Omit<ProtectedState, 'updatedAt'>> {
  const layout = dataDirLayout(dataDir);
  const trust = await loadTrustStore(dataDir);
  const lookup: KeyLookup = (keyid) => trust.lookup(keyid);
  const candidates = [layout.planFile, ...(await listHistoryRevisions(layout)).reverse().map((revision) => historyPath(layout, revision))];
  let planId: string | undefined;
  let highestRevision = 0;
  for (const path of candidates) {
    const verified = await readVerifiedPlanFile(path, lookup).catch(() => undefined);
    if (verified === undefined || (planId !== undefined && verified.signed.planId !== planId)) continue;
    planId ??= verified.signed.planId;
    highestRevision = Math.max(highestRevision, verified.signed.revision);
  }
  if (planId === undefined) throw new DraaiboekError('KEY_WITHOUT_PLAN', 'a device key, but no plan to trust', { dataDir });
  const active = trust.signers.filter((signer) => signer.removedAt === undefined && signer.keyid !== key.keyid);
  return {
    _type: STATE_TYPE,
    version: STATE_VERSION,
    device: { keyid: key.keyid, publicKey: key.publicKey.toString('base64') },
    trusted: active.map(({ keyid, publicKey }) => ({ keyid, publicKey })),
    removed: trust.signers.filter((signer) => signer.removedAt !== undefined).map((signer) => signer.keyid),
    planId,
    highestRevision,
    atRest: PLAIN_AT_REST,
  };
}

/**
 * Unlock this device's key and read the folder's protected state with it. A key file that promises a state
 * record (version 2) without one is refused; a folder from before state records gets one made from what it
 * holds now (written only in `write` mode, which holds the folder's lock), and its key sealed again with
 * today's parameters.
 */
export async function unlockDataDir(dataDir: string, platform: Platform, mode: 'write' | 'read'): Promise<UnlockedDataDir> {
  const protector = await platform.secretProtector();
  const unlocked = await unlockDeviceKey(dataDir, protector);
  // Kept by the record for its own writes, for as long as the folder is open.
  const macKey = deriveStateMacKey(unlocked.pair);
  {
    let state = await StateRecord.read(dataDir, macKey);
    if (state === undefined) {
      if (unlocked.version >= 2) {
        throw new DraaiboekError('STATE_MISSING', 'the key promises a state record, and there is none', { dataDir });
      }
      const found = await stateFromFolder(dataDir, unlocked.pair);
      state = await StateRecord.create(dataDir, macKey, { ...found, updatedAt: platform.now().toISOString() }, mode === 'write');
    }
    if (state.value.device.keyid !== unlocked.pair.keyid) {
      throw new DraaiboekError('DEVICE_KEY_MISMATCH', 'the state record belongs to another key', { path: dataDir });
    }
    // Only after the record exists: a version-2 key file promises one.
    if (mode === 'write' && unlocked.outdated) await resealDeviceKey(dataDir, protector, unlocked.pair);
    // The same protector, already unlocked once: one passphrase (or one OS key store unlock) opens both keys.
    const atRest = await atRestFor(dataDir, protector, state.value.atRest);
    return { key: unlocked.pair, state, atRest };
  }
}
