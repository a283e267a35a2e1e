import { publicKeyFromRaw, generateDeviceKeyPair, nodeIdOf, type DeviceKeyPair } from '../../crypto/keys.js';
import type { KeyLookup } from '../../crypto/envelope.js';
import { createClock } from '../../../../shared/plan/sync/hlc.js';
import { CrisisLogWriter } from '../crisis-log-store.js';

/*
 * Laptops for crisis log tests: a raw device key (no scrypt), a writer on a folder, and a trust lookup that
 * knows the keys the test says it knows.
 */

export const TEST_CRISIS_ID = '7d8f9a0b-1c2d-4e3f-8a5b-6c7d8e9f0a1b';

export function lookupOf(keys: readonly DeviceKeyPair[]): KeyLookup {
  const known = new Map(keys.map((key) => [key.keyid, { publicKey: publicKeyFromRaw(key.publicKey) }]));
  return (keyid) => known.get(keyid);
}

export interface TestLaptop {
  readonly key: DeviceKeyPair;
  readonly dataDir: string;
  readonly writer: CrisisLogWriter;
}

/** A laptop on `dataDir` whose clock reads `now()`, trusting itself and `trusted`. */
export function testLaptop(dataDir: string, options: { key?: DeviceKeyPair; trusted?: () => readonly DeviceKeyPair[]; now?: () => number } = {}): TestLaptop {
  const key = options.key ?? generateDeviceKeyPair();
  const lookup: KeyLookup = (keyid) => lookupOf([key, ...(options.trusted?.() ?? [])])(keyid);
  const writer = new CrisisLogWriter(dataDir, () => Promise.resolve(key), lookup, createClock(nodeIdOf(key.keyid), options.now));
  return { key, dataDir, writer };
}
