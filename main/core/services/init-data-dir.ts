import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { planContentSchema, type SignedPlan } from '../../../shared/plan/plan.js';
import { createClock, stampNewDocument } from '../../../shared/plan/sync/index.js';
import { createDeviceKey, deviceKeyPath, loadDeviceKey } from '../crypto/device-key-store.js';
import { fingerprintOf, nodeIdOf } from '../crypto/keys.js';
import { loadTrustStore, trustSigner } from '../crypto/trust-store.js';
import type { Platform } from '../platform.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { PlanStore } from '../store/plan-store.js';
import { emptyPlanContent, samplePlanContent } from './new-plan-content.js';

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
export async function initDataDir(
  dataDir: string,
  platform: Platform,
  source: { kind: 'sample' } | { kind: 'empty' } | { kind: 'content'; content: unknown },
): Promise<InitResult> {
  const layout = dataDirLayout(dataDir);
  if (await exists(layout.planFile)) {
    throw new DraaiboekError('STORE_ALREADY_INITIALISED', 'data folder in use', { dataDir });
  }
  const rawContent =
    source.kind === 'sample' ? samplePlanContent() : source.kind === 'empty' ? emptyPlanContent() : source.content;
  const content = planContentSchema.safeParse(rawContent);
  if (!content.success) {
    throw new DraaiboekError('SCHEMA_INVALID', 'not a valid plan', { detail: describeZodError(content.error) });
  }

  const protector = await platform.secretProtector();
  // A first start cut off after the key was made but before the plan was: keep that key, make the plan.
  const key = (await exists(deviceKeyPath(dataDir)))
    ? await loadDeviceKey(dataDir, protector)
    : await createDeviceKey(dataDir, protector, platform.deviceName());
  await trustSigner(dataDir, {
    keyid: key.keyid,
    publicKey: key.publicKey,
    name: platform.deviceName(),
    addedHow: 'own-device',
  });

  const trust = await loadTrustStore(dataDir);
  const store = await PlanStore.open({
    dataDir,
    lookup: (keyid) => trust.lookup(keyid),
    signer: () => Promise.resolve(key),
    mode: 'write',
    now: () => platform.now(),
  });
  try {
    const clock = createClock(nodeIdOf(key.keyid), () => platform.now().getTime());
    const signed = await store.create({ planId: randomUUID(), plan: stampNewDocument(content.data, clock) });
    return { signed, keyid: key.keyid, fingerprint: fingerprintOf(key.keyid) };
  } finally {
    await store.close();
  }
}
