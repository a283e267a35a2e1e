import type { KeyObject } from 'node:crypto';
import { DraaiboekError } from '../../../shared/errors.js';
import { createClock, type Clock } from '../../../shared/plan/sync/index.js';
import { readDevicePublicKey } from '../crypto/device-key-store.js';
import { fingerprintOf, keyidOf, nodeIdOf, publicKeyFromRaw, type DeviceKeyPair } from '../crypto/keys.js';
import {
  anchorTrust,
  readTrustedSigners,
  removeSigner as removeFromTrustFile,
  trustSigner as addToTrustFile,
  type NewTrustedSigner,
  type TrustedSigner,
  type TrustStore,
} from '../crypto/trust-store.js';
import type { Platform } from '../platform.js';
import type { KeyLookup } from '../store/plan-file.js';
import { PlanStore } from '../store/plan-store.js';
import type { StateRecord } from '../store/state-record.js';
import { registerFolderAtRest, type AtRest } from '../store/at-rest.js';
import { completePendingConversion, convertAtRest, type ConversionResult } from './at-rest-conversion.js';
import { unlockDataDir, type UnlockedDataDir } from './unlock-data-dir.js';

export interface OpenedDataDir {
  readonly dataDir: string;
  readonly store: PlanStore;
  readonly deviceKeyid: string;
  /** The keys this device trusts, from its protected state record: trust.json alone trusts no one. */
  readonly lookup: KeyLookup;
  readonly clock: Clock;
  readonly platform: Platform;
  /** This device's key, unlocked when the folder was opened (its state record needed it). */
  signingKey(): Promise<DeviceKeyPair>;
  /** The protected state record: own key, trusted keys, plan id, highest revision seen. */
  readonly state: StateRecord;
  /** Entries of trust.json the protected record does not back, found at open: ignored, listed here. */
  readonly ignoredTrustEntries: readonly TrustedSigner[];
  /** trust.json's names over the protected record's decisions. */
  trust(): Promise<TrustStore>;
  /** Trust a signer: the protected record and trust.json, the record first. */
  trustSigner(entry: NewTrustedSigner): Promise<TrustStore>;
  /** Stop trusting a signer: the protected record first, then trust.json. */
  removeSigner(keyid: string): Promise<TrustStore>;
  /** How the content files lie on disk now: read and written through this, never around it. */
  atRest(): AtRest;
  /** Turn encryption at rest on or off (write mode): every content file rewritten, between saves. */
  setEncryptionAtRest(encrypt: boolean): Promise<ConversionResult>;
  close(): Promise<void>;
}

export interface OpenDataDirOptions {
  /**
   * A folder that must be encrypted at rest (a portable folder): one that is not is refused with
   * FOLDER_NOT_ENCRYPTED, before anything is written, and can be converted with `encryption on`.
   */
  readonly requireEncrypted?: boolean;
}

/**
 * Open a data folder: unlock this device's key, check the protected state record with it (and that the key is
 * the one device.json names), then open the plan store against the record's trust, plan id and highest
 * revision. In `write` mode the folder is locked first, and a folder from before state records gets its
 * record (trust on first use). Failures of the record or the key are thrown, with their own codes.
 */
export async function openDataDir(dataDir: string, platform: Platform, mode: 'write' | 'read', options: OpenDataDirOptions = {}): Promise<OpenedDataDir> {
  // A folder without a key is told as such before anything is locked, made or asked (a passphrase).
  await readDevicePublicKey(dataDir);
  let unlocked: UnlockedDataDir | undefined;
  const keyObjects = new Map<string, KeyObject>();
  const keyObjectOf = (publicKey: string): KeyObject => {
    let key = keyObjects.get(publicKey);
    if (key === undefined) {
      key = publicKeyFromRaw(Buffer.from(publicKey, 'base64'));
      keyObjects.set(publicKey, key);
    }
    return key;
  };
  let names = new Map<string, string>();
  // Always the record as it is now, so a signer trusted during this session is known at once.
  const lookup: KeyLookup = (keyid) => {
    const state = unlocked?.state.value;
    if (state === undefined) return undefined;
    const anchor =
      keyid === state.device.keyid
        ? state.device
        : state.removed.includes(keyid)
          ? undefined
          : state.trusted.find((candidate) => candidate.keyid === keyid);
    if (anchor === undefined) return undefined;
    return { publicKey: keyObjectOf(anchor.publicKey), name: names.get(keyid) ?? (keyid === state.device.keyid ? platform.deviceName() : fingerprintOf(keyid)) };
  };
  const loadTrust = async (): Promise<{ store: TrustStore; ignored: readonly TrustedSigner[] }> => {
    if (unlocked === undefined) throw new DraaiboekError('INTERNAL', 'folder not unlocked', { detail: 'trust' });
    const anchored = anchorTrust(await readTrustedSigners(dataDir), unlocked.state.value, platform.deviceName());
    names = new Map(anchored.store.signers.map((signer) => [signer.keyid, signer.name]));
    return anchored;
  };
  let ignored: readonly TrustedSigner[] = [];
  let atRest: AtRest | undefined;
  const currentAtRest = (): AtRest => {
    if (atRest === undefined) throw new DraaiboekError('INTERNAL', 'folder not unlocked', { detail: 'atRest' });
    return atRest;
  };
  const store = await PlanStore.open({
    dataDir,
    lookup,
    signer: () => (unlocked === undefined ? Promise.reject(new DraaiboekError('INTERNAL', 'not unlocked', { detail: 'signer' })) : Promise.resolve(unlocked.key)),
    state: async () => {
      unlocked = await unlockDataDir(dataDir, platform, mode);
      const { atRest: recorded } = unlocked.state.value;
      if (options.requireEncrypted === true && recorded.mode !== 'age') {
        throw new DraaiboekError('FOLDER_NOT_ENCRYPTED', 'this folder must be encrypted at rest', { dataDir });
      }
      // Holding the lock: a conversion cut off by a crash is completed before anything else reads or writes.
      atRest = mode === 'write' && recorded.pending ? await completePendingConversion(dataDir, await platform.secretProtector(), unlocked.state, platform.now()) : unlocked.atRest;
      ignored = (await loadTrust()).ignored;
      return unlocked.state;
    },
    atRest: currentAtRest,
    mode,
    now: () => platform.now(),
  });
  const forgetAtRest = registerFolderAtRest(dataDir, currentAtRest);
  const opened = unlocked as UnlockedDataDir | undefined;
  if (opened === undefined) throw new DraaiboekError('INTERNAL', 'the store opened without its state', { detail: 'state' });
  const { key, state } = opened;
  const clock = createClock(nodeIdOf(key.keyid), () => platform.now().getTime());
  if (store.status.state === 'ready') {
    for (const stamp of Object.values(store.status.file.signed.plan.sync.versionVector)) clock.observe(stamp);
  }
  return {
    dataDir,
    store,
    deviceKeyid: key.keyid,
    lookup,
    clock,
    platform,
    signingKey: () => Promise.resolve(key),
    state,
    ignoredTrustEntries: ignored,
    trust: async () => (await loadTrust()).store,
    async trustSigner(entry) {
      const keyid = keyidOf(entry.publicKey);
      const publicKey = Buffer.from(entry.publicKey).toString('base64');
      if (entry.keyid !== undefined && entry.keyid !== keyid) {
        throw new DraaiboekError('SCHEMA_INVALID', 'the key id does not belong to this public key', { detail: `keyid ${entry.keyid}` });
      }
      if (keyid !== key.keyid) {
        await state.update(
          (current) => ({
            ...current,
            trusted: [...current.trusted.filter((anchor) => anchor.keyid !== keyid), { keyid, publicKey }],
            removed: current.removed.filter((removed) => removed !== keyid),
          }),
          platform.now(),
        );
      }
      await addToTrustFile(dataDir, entry);
      return (await loadTrust()).store;
    },
    async removeSigner(keyid) {
      if (keyid === key.keyid) throw new DraaiboekError('USAGE', 'this device cannot stop trusting its own key', { detail: keyid });
      await state.update(
        (current) => (current.removed.includes(keyid) ? undefined : { ...current, removed: [...current.removed, keyid] }),
        platform.now(),
      );
      await removeFromTrustFile(dataDir, keyid);
      return (await loadTrust()).store;
    },
    atRest: currentAtRest,
    setEncryptionAtRest: (encrypt) =>
      store.exclusive(async () => {
        const before = atRest;
        try {
          // Writes wait in the store's queue; reads go on, and must open the files already rewritten.
          const result = await convertAtRest(dataDir, await platform.secretProtector(), state, encrypt, platform.now(), (during) => {
            atRest = during;
          });
          atRest = result.atRest;
          return result;
        } catch (error) {
          atRest = before;
          throw error;
        }
      }),
    close: async () => {
      await store.close();
      forgetAtRest();
    },
  };
}
