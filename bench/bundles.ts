import { verify, type KeyObject } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Decrypter, Encrypter } from 'age-encryption';
import { createBundleService } from '../main/core/bundles/index.js';
import { BUNDLE_WORK_FACTOR } from '../main/core/bundles/age-passphrase.js';
import { readDevicePublicKey } from '../main/core/crypto/device-key-store.js';
import { publicKeyFromRaw } from '../main/core/crypto/keys.js';
import { generateFixtureContent } from '../main/core/fixtures/index.js';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { initTempDataDir, testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { median, type BenchRow } from './measure.js';

const ROUNDS = 3;
const PASSPHRASE = 'bench wachtwoordzin voor de stick';

export interface BundleBenchResult {
  readonly bundleBytes: number;
  readonly exportMs: number;
  readonly exportFloorMs: number;
  readonly importMs: number;
  readonly importFloorMs: number;
}

/** The plan's signature check alone: the signed bytes of the bundle's plan, verified with its key. */
function verifyPlanSignature(plaintext: Uint8Array, publicKey: KeyObject): void {
  const text = Buffer.from(plaintext).toString('utf8');
  const planStart = text.indexOf('"plan":{"signatures":');
  const signedStart = text.indexOf(',"signed":', planStart) + ',"signed":'.length;
  const sig = /"sig":"([^"]+)"/.exec(text.slice(planStart))?.[1] ?? '';
  const signed = Buffer.from(text.slice(signedStart, -2), 'utf8');
  if (!verify(null, signed, publicKey, Buffer.from(sig, 'base64'))) throw new Error('bench floor: bad signature');
}

/** The least an export can do: age-encrypt the same bytes (the library's own passphrase path) and check the signature. */
async function exportFloor(plaintext: Uint8Array, publicKey: KeyObject): Promise<void> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(PASSPHRASE);
  encrypter.setScryptWorkFactor(BUNDLE_WORK_FACTOR);
  await encrypter.encrypt(plaintext);
  verifyPlanSignature(plaintext, publicKey);
}

/** The least an import can do: age-decrypt the bundle and check the plan's signature. */
async function importFloor(ciphertext: Uint8Array, publicKey: KeyObject): Promise<void> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(PASSPHRASE);
  verifyPlanSignature(await decrypter.decrypt(ciphertext), publicKey);
}

/**
 * Export (sign the manifest, encrypt, write, read back, verify) and import (decrypt, verify, merge, preview)
 * of the L plan, against floors measured in the same run.
 */
export async function benchBundles(): Promise<{ rows: BenchRow[]; raw: BundleBenchResult }> {
  const coordinatorPlatform = testPlatform({ name: 'Bench coördinator' });
  const memberPlatform = testPlatform({ name: 'Bench lid' });
  const { dataDir: coordinatorDir } = await initTempDataDir({ kind: 'content', content: generateFixtureContent('L') }, coordinatorPlatform);
  const { dataDir: memberDir } = await initTempDataDir({ kind: 'empty' }, memberPlatform);
  const stick = join(dirname(coordinatorDir), 'stick');
  try {
    const publicKey = publicKeyFromRaw((await readDevicePublicKey(coordinatorDir)).publicKey);
    const coordinator = await openDataDir(coordinatorDir, coordinatorPlatform, 'write');
    const member = await openDataDir(memberDir, memberPlatform, 'write');
    try {
      const coordinatorBundles = createBundleService(coordinator);
      const memberBundles = createBundleService(member);
      const first = join(stick, 'first.draaiboek');
      await coordinatorBundles.exportBundle({ out: first, encrypt: false });
      await memberBundles.applyImport({ bytes: await readFile(first) }, { trustSigner: true });
      await createPlanService(coordinator).apply([{ op: 'updateMeta', set: { versionLabel: 'bench' } }]);
      const plain = join(stick, 'plain.draaiboek');
      await coordinatorBundles.exportBundle({ out: plain, encrypt: false });
      const plaintext = await readFile(plain);

      const exportTimes: number[] = [];
      const exportFloorTimes: number[] = [];
      const importTimes: number[] = [];
      const importFloorTimes: number[] = [];
      let ciphertext = new Uint8Array();
      for (let round = 0; round < ROUNDS; round += 1) {
        // Alternated in one loop, so that disk and machine noise hit both alike.
        const out = join(stick, `round-${round}.draaiboek`);
        let started = performance.now();
        await coordinatorBundles.exportBundle({ out, passphrase: PASSPHRASE });
        exportTimes.push(performance.now() - started);
        started = performance.now();
        await exportFloor(plaintext, publicKey);
        exportFloorTimes.push(performance.now() - started);

        ciphertext = await readFile(out);
        started = performance.now();
        const preview = await memberBundles.previewImport({ bytes: ciphertext, passphrase: PASSPHRASE });
        importTimes.push(performance.now() - started);
        if (preview.kind !== 'merge') throw new Error(`bench: expected a merge, got ${preview.kind}`);
        started = performance.now();
        await importFloor(ciphertext, publicKey);
        importFloorTimes.push(performance.now() - started);
      }
      return {
        rows: [
          {
            name: 'bundle export L',
            valueMs: median(exportTimes),
            baselineMs: median(exportFloorTimes),
            baselineName: 'age encrypt+verify',
            targetRatio: 2,
          },
          {
            name: 'bundle import L',
            valueMs: median(importTimes),
            baselineMs: median(importFloorTimes),
            baselineName: 'age decrypt+verify',
            targetRatio: 2,
          },
        ],
        raw: {
          bundleBytes: ciphertext.length,
          exportMs: median(exportTimes),
          exportFloorMs: median(exportFloorTimes),
          importMs: median(importTimes),
          importFloorMs: median(importFloorTimes),
        },
      };
    } finally {
      await coordinator.close();
      await member.close();
    }
  } finally {
    await rm(dirname(coordinatorDir), { recursive: true, force: true });
    await rm(dirname(memberDir), { recursive: true, force: true });
  }
}
