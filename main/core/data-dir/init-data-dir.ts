import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { planContentSchema, type SignedPlan } from '../../../shared/plan/plan.js';
import { duplicateRecordIdError } from '../../../shared/plan/unique-record-ids.js';
import { createClock, stampNewDocument } from '../../../shared/plan/sync/index.js';
import { createDeviceKey, deviceKeyPath } from '../crypto/device-key-store.js';
import { createFolderKey } from '../crypto/folder-key.js';
import { fingerprintOf, nodeIdOf, publicKeyFromRaw, type DeviceKeyPair } from '../crypto/keys.js';
import { deriveStateMacKey } from '../crypto/state-mac.js';
import { trustSigner } from '../crypto/trust-store.js';
import type { Platform } from '../platform.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { PlanStore } from '../store/plan-store.js';
import { encryptedAtRest, plainAtRest, type AtRest } from '../store/at-rest.js';
import { PLAIN_AT_REST, StateRecord, STATE_TYPE, STATE_VERSION, type AtRestState, type ProtectedState } from '../store/state-record.js';
import { convertAtRest } from './at-rest-conversion.js';
import { unlockDataDir } from './unlock-data-dir.js';
import { emptyPlanContent, samplePlanContent } from './new-plan-content.js';

/** The record of a folder whose key was just made: no plan yet, nothing seen, no one else trusted. */
function newStateFor(key: DeviceKeyPair, now: Date, atRest: AtRestState): ProtectedState {
  return {
    _type: STATE_TYPE,
    version: STATE_VERSION,
    device: { keyid: key.keyid, publicKey: key.publicKey.toString('base64') },
    trusted: [],
    removed: [],
    planId: null,
    highestRevision: 0,
    atRest,
    updatedAt: now.toISOString(),
  };
}

export interface InitResult {
  readonly signed: SignedPlan;
  readonly keyid: string;
  readonly fingerprint: string;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Make a data folder ready: this device's key (protected by the platform), the key trusted as this device's
 * own, and the first signed revision of a plan (the sample plan, an empty one, or given content).
 * Refuses a folder that already holds a plan or a key: nothing is ever overwritten.
 */
export interface InitOptions {
  /**
   * Encrypt every content file at rest from the first one on. A portable folder (on a stick) passes true,
   * always; an installed one may.
   */
  readonly encryptAtRest?: boolean;
}

export async function initDataDir(
  dataDir: string,
  platform: Platform,
  source: { kind: 'sample' } | { kind: 'empty' } | { kind: 'content'; content: unknown },
  options: InitOptions = {},
): Promise<InitResult> {
  const layout = dataDirLayout(dataDir);
  if (await exists(layout.planFile)) {
    throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'data folder in use', { dataDir });
  }
  const rawContent =
    source.kind === 'sample' ? samplePlanContent() : source.kind === 'empty' ? emptyPlanContent() : source.content;
  const content = planContentSchema.safeParse(rawContent);
  if (!content.success) {
    throw duplicateRecordIdError(content.error) ?? new DraaiboekError('SCHEMA_INVALID', 'not a valid plan', { detail: describeZodError(content.error) });
  }

  let key: DeviceKeyPair | undefined;
  let atRest: AtRest | undefined;
  const store = await PlanStore.open({
    dataDir,
    lookup: (keyid) => (key !== undefined && keyid === key.keyid ? { publicKey: publicKeyFromRaw(key.publicKey), name: platform.deviceName() } : undefined),
    signer: () => (key === undefined ? Promise.reject(new DraaiboekError('INTERNAL', 'no key yet', { detail: 'init' })) : Promise.resolve(key)),
    // Holding the folder's lock: the key and its state record are made (or found) by one process only.
    state: async () => {
      if (await exists(deviceKeyPath(dataDir))) {
        // A first start cut off after the key was made but before the plan was: keep that key, make the plan,
        // provided the record says no plan was ever made here (else: KEY_WITHOUT_PLAN, never a silent new plan).
        const unlocked = await unlockDataDir(dataDir, platform, 'write');
        key = unlocked.key;
        atRest = unlocked.atRest;
        if (options.encryptAtRest === true && (unlocked.state.value.atRest.mode !== 'age' || unlocked.state.value.atRest.pending)) {
          atRest = (await convertAtRest(dataDir, await platform.secretProtector(), unlocked.state, true, platform.now())).atRest;
        }
        return unlocked.state;
      }
      const protector = await platform.secretProtector();
      const created = await createDeviceKey(dataDir, protector, platform.deviceName());
      key = created;
      let recorded: AtRestState = PLAIN_AT_REST;
      if (options.encryptAtRest === true) {
        // The folder key before the record that names it: a record never names a key that is not there.
        const identity = await createFolderKey(dataDir, protector, platform.now());
        atRest = encryptedAtRest(identity);
        recorded = { mode: 'age', pending: false, recipient: identity.recipient };
      }
      return StateRecord.create(dataDir, deriveStateMacKey(created), newStateFor(created, platform.now(), recorded), true);
    },
    atRest: () => atRest ?? plainAtRest,
    mode: 'write',
    now: () => platform.now(),
  });
  try {
    const status = store.status;
    if (status.state === 'refused') throw DraaiboekError.revive(status.refusal.code, status.refusal.message, status.refusal.params);
    if (key === undefined) throw new DraaiboekError('INTERNAL', 'no key after opening', { detail: 'init' });
    await trustSigner(dataDir, { keyid: key.keyid, publicKey: key.publicKey, name: platform.deviceName(), addedHow: 'own-device' });
    const clock = createClock(nodeIdOf(key.keyid), () => platform.now().getTime());
    const signed = await store.create({ planId: randomUUID(), plan: stampNewDocument(content.data, clock) });
    return { signed, keyid: key.keyid, fingerprint: fingerprintOf(key.keyid) };
  } finally {
    await store.close();
  }
}
