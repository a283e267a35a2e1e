import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDeviceKeyPair } from '../crypto/keys.js';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';

const run = promisify(execFile);
const probe = new URL('./memory-probe/read-plan-probe.ts', import.meta.url).pathname;
const HOSTILE_BYTES = 48 * 1024 * 1024;
let dir: string;

beforeAll(async () => {
  dir = await makeTempDir('draaiboek-memory-');
});

afterAll(async () => {
  await removeTempDir(dir);
});

/**
 * A file that looks exactly like a plan file Draaiboek writes, signed (in its header) by the trusted key, but
 * whose signature is false and whose signed part is `size` bytes of nesting: parsed, it would cost many times
 * its size in memory.
 */
async function writeHostilePlanFile(path: string, keyid: string, size: number): Promise<void> {
  const head = `{"signatures":[{"keyid":"${keyid}","sig":"${Buffer.alloc(64, 7).toString('base64')}"}],"signed":{"_type":"draaiboek.plan","deep":`;
  const depth = Math.floor((size - head.length - 2) / 2);
  const handle = await open(path, 'w');
  try {
    await handle.write(head);
    const chunk = 1024 * 1024;
    for (const bracket of ['[', ']']) {
      for (let left = depth; left > 0; left -= chunk) await handle.write(bracket.repeat(Math.min(chunk, left)));
    }
    await handle.write('}}');
  } finally {
    await handle.close();
  }
}

describe('a large hostile plan file', () => {
  it('is refused with memory under 3x its size, its signed part never parsed', async () => {
    const key = generateDeviceKeyPair();
    const hostile = join(dir, 'plan.json');
    const warmUp = join(dir, 'warm-up.json');
    await writeHostilePlanFile(hostile, key.keyid, HOSTILE_BYTES);
    await writeHostilePlanFile(warmUp, key.keyid, 64 * 1024);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', probe, hostile, key.publicKey.toString('base64'), warmUp], {
      maxBuffer: 1024 * 1024,
      timeout: 120_000,
    });
    const report = JSON.parse(stdout) as { code: string; baselineRss: number; peakRss: number };
    expect(report.code).toBe('NESTING_TOO_DEEP');
    const added = report.peakRss - report.baselineRss;
    console.log(`reading a ${HOSTILE_BYTES} byte hostile plan file added ${added} bytes of resident memory`);
    expect(added).toBeLessThan(3 * HOSTILE_BYTES);
  }, 180_000);
});
