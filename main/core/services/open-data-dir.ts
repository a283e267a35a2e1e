import { createClock, type Clock } from '../../../shared/plan/sync/index.js';
import { loadDeviceKey, readDevicePublicKey } from '../crypto/device-key-store.js';
import { nodeIdOf, publicKeyFromRaw, type DeviceKeyPair } from '../crypto/keys.js';
import { loadTrustStore } from '../crypto/trust-store.js';
import type { Platform } from '../platform.js';
import type { KeyLookup } from '../store/plan-file.js';
import { PlanStore } from '../store/plan-store.js';

export interface OpenedDataDir {
  readonly dataDir: string;
  readonly store: PlanStore;
  readonly deviceKeyid: string;
  readonly lookup: KeyLookup;
  readonly clock: Clock;
  readonly platform: Platform;
  close(): Promise<void>;
}

/**
 * Open a data folder: its trust store, this device's public key, and the plan store. The private key is
 * unlocked only when a revision is saved.
 */
export async function openDataDir(
  dataDir: string,
  platform: Platform,
  mode: 'write' | 'read',
): Promise<OpenedDataDir> {
  const devicePublicKey = await readDevicePublicKey(dataDir);
  const trust = await loadTrustStore(dataDir);
  // This device's own key is always trusted: a lost or damaged trust.json must not make its own plan unreadable.
  const ownKey = { publicKey: publicKeyFromRaw(devicePublicKey.publicKey), name: platform.deviceName() };
  const lookup: KeyLookup = (keyid) => (keyid === devicePublicKey.keyid ? ownKey : trust.lookup(keyid));
  let unlocked: Promise<DeviceKeyPair> | undefined;
  const signer = (): Promise<DeviceKeyPair> => {
    unlocked ??= platform.secretProtector().then((protector) => loadDeviceKey(dataDir, protector));
    // A wrong passphrase must not stick: the next save may ask again.
    unlocked.catch(() => {
      unlocked = undefined;
    });
    return unlocked;
  };
  const store = await PlanStore.open({ dataDir, lookup, signer, mode, now: () => platform.now() });
  const clock = createClock(nodeIdOf(devicePublicKey.keyid), () => platform.now().getTime());
  if (store.status.state === 'ready') {
    for (const stamp of Object.values(store.status.file.signed.plan.sync.versionVector)) clock.observe(stamp);
  }
  return {
    dataDir,
    store,
    deviceKeyid: devicePublicKey.keyid,
    lookup,
    clock,
    platform,
    close: () => store.close(),
  };
}
