import { createHash, sign, verify } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateFixtureContent, type FixtureSize } from '../main/core/fixtures/index.js';
import { openDataDir } from '../main/core/data-dir/open-data-dir.js';
import { createPlanService } from '../main/core/plan/plan-service.js';
import { loadDeviceKey } from '../main/core/crypto/device-key-store.js';
import { createPassphraseProtector } from '../main/core/crypto/key-protection.js';
import { dataDirLayout } from '../main/core/store/data-dir-layout.js';
import { readVerifiedPlanFile } from '../main/core/store/plan-file.js';
import { loadTrustStore } from '../main/core/crypto/trust-store.js';
import { initTempDataDir, TEST_PASSPHRASE, testPlatform } from '../main/core/test-support/temp-data-dir.js';
import { median, type BenchRow } from './measure.js';

const ROUNDS: Record<FixtureSize, number> = { S: 31, M: 21, L: 9 };

/** The least any implementation must do to save these bytes durably: serialize, hash, sign, write, fsync. */
async function saveFloor(signed: unknown, privateKey: Parameters<typeof sign>[2], file: string): Promise<void> {
  const text = JSON.stringify(signed);
  const bytes = Buffer.from(text, 'utf8');
  createHash('sha256').update(bytes).digest();
  sign(null, bytes, privateKey);
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The least any implementation must do to open these bytes: read, parse, verify the signature. */
async function openFloor(file: string, publicKey: Parameters<typeof verify>[2]): Promise<void> {
  const text = await readFile(file, 'utf8');
  JSON.parse(text);
  const start = text.indexOf('"signed":') + '"signed":'.length;
  const signedBytes = Buffer.from(text.slice(start, -1), 'utf8');
  const signature = /"sig":"([^"]+)"/.exec(text)?.[1] ?? '';
  if (!verify(null, signedBytes, publicKey, Buffer.from(signature, 'base64'))) throw new Error('floor: bad signature');
}

export interface FoundationSizeResult {
  readonly size: FixtureSize;
  readonly planBytes: number;
  readonly saveMs: number;
  readonly saveFloorMs: number;
  readonly openMs: number;
  readonly openFloorMs: number;
  readonly folderOpenMs: number;
  /** Per round: save / its floor, open / its floor, measured back to back. */
  readonly saveRatios: readonly number[];
  readonly openRatios: readonly number[];
}

async function measureSize(size: FixtureSize): Promise<FoundationSizeResult> {
  const platform = testPlatform();
  const { dataDir } = await initTempDataDir({ kind: 'content', content: generateFixtureContent(size) }, platform);
  try {
    const key = await loadDeviceKey(dataDir, createPassphraseProtector(TEST_PASSPHRASE));
    const layout = dataDirLayout(dataDir);
    const floorFile = join(dataDir, 'floor.json');
    const saveTimes: number[] = [];
    const saveFloorTimes: number[] = [];
    const openTimes: number[] = [];
    const openFloorTimes: number[] = [];
    const folderOpenTimes: number[] = [];
    const saveRatios: number[] = [];
    const openRatios: number[] = [];

    const writer = await openDataDir(dataDir, platform, 'write');
    const plans = createPlanService(writer);
    await plans.apply([{ op: 'updateMeta', set: { versionLabel: 'warm-up' } }]);
    for (let round = 0; round < ROUNDS[size]; round += 1) {
      // Alternate the two in one loop so that disk and machine noise hit both alike.
      let started = performance.now();
      const signed = await plans.apply([{ op: 'updateMeta', set: { versionLabel: `bench ${round}` } }]);
      saveTimes.push(performance.now() - started);
      started = performance.now();
      await saveFloor(signed, key.privateKey, floorFile);
      saveFloorTimes.push(performance.now() - started);
      saveRatios.push((saveTimes.at(-1) ?? 0) / (saveFloorTimes.at(-1) ?? 1));
    }
    await writer.close();

    const trust = await loadTrustStore(dataDir);
    const lookup = (keyid: string) => trust.lookup(keyid);
    for (let round = 0; round < ROUNDS[size]; round += 1) {
      let started = performance.now();
      await readVerifiedPlanFile(layout.planFile, lookup);
      openTimes.push(performance.now() - started);
      started = performance.now();
      await openFloor(layout.planFile, key.privateKey);
      openFloorTimes.push(performance.now() - started);
      openRatios.push((openTimes.at(-1) ?? 0) / (openFloorTimes.at(-1) ?? 1));
      // The whole of opening a data folder as the app does: keys, trust store, history, the plan.
      started = performance.now();
      const reader = await openDataDir(dataDir, platform, 'read');
      if (reader.store.status.state !== 'ready') throw new Error('bench: plan did not open');
      folderOpenTimes.push(performance.now() - started);
      await reader.close();
    }
    const planBytes = (await readFile(layout.planFile)).length;
    return {
      size,
      planBytes,
      saveMs: median(saveTimes),
      saveFloorMs: median(saveFloorTimes),
      openMs: median(openTimes),
      openFloorMs: median(openFloorTimes),
      folderOpenMs: median(folderOpenTimes),
      saveRatios,
      openRatios,
    };
  } finally {
    await rm(join(dataDir, '..'), { recursive: true, force: true });
  }
}

export async function benchFoundation(): Promise<{ rows: BenchRow[]; raw: FoundationSizeResult[] }> {
  const raw: FoundationSizeResult[] = [];
  for (const size of ['S', 'M', 'L'] as const) raw.push(await measureSize(size));
  const rows: BenchRow[] = [];
  for (const result of raw) {
    const kb = Math.round(result.planBytes / 1024);
    rows.push({
      name: `save ${result.size} (${kb} kB)`,
      valueMs: result.saveMs,
      baselineMs: result.saveFloorMs,
      baselineName: 'stringify+sha256+sign+write+fsync',
      targetRatio: 2.5,
      pairedRatios: result.saveRatios,
    });
    rows.push({
      name: `open ${result.size} (${kb} kB)`,
      valueMs: result.openMs,
      baselineMs: result.openFloorMs,
      baselineName: 'read+JSON.parse+verify',
      targetRatio: 2,
      pairedRatios: result.openRatios,
    });
    rows.push({
      name: `open data folder ${result.size}`,
      valueMs: result.folderOpenMs,
      baselineMs: result.openFloorMs,
      baselineName: 'read+JSON.parse+verify',
    });
  }
  const medium = raw.find((result) => result.size === 'M');
  const large = raw.find((result) => result.size === 'L');
  if (medium !== undefined && large !== undefined) {
    rows.push({ name: 'save L / save M', valueMs: large.saveMs, baselineMs: medium.saveMs, baselineName: 'save M', targetRatio: 12 });
    rows.push({ name: 'open L / open M', valueMs: large.openMs, baselineMs: medium.openMs, baselineName: 'open M', targetRatio: 12 });
  }
  return { rows, raw };
}
