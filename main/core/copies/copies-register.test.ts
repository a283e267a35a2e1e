import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../test-support/temp-data-dir.js';
import { listCopies, recordCopy } from './copies-register.js';

let dataDir: string;
const planId = randomUUID();
beforeEach(async () => {
  dataDir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dataDir);
});

describe('the register of copies', () => {
  it('numbers outgoing copies per plan, never twice, even when recorded at the same moment', async () => {
    const recorded = await Promise.all(
      Array.from({ length: 8 }, () => recordCopy(dataDir, { direction: 'out', kind: 'binder-print', planId, revision: 3, audience: 'crisis-team' })),
    );
    expect(recorded.map((entry) => entry.copyNumber).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const other = await recordCopy(dataDir, { direction: 'out', kind: 'bundle', planId: randomUUID(), revision: 1, encrypted: true });
    expect(other.copyNumber).toBe(1);
    const incoming = await recordCopy(dataDir, { direction: 'in', kind: 'bundle', planId, revision: 4, summary: '2 wijzigingen' });
    expect(incoming.copyNumber).toBeUndefined();
    expect(await listCopies(dataDir)).toHaveLength(10);
  });

  it('refuses a damaged register and leaves it as it is', async () => {
    const file = join(dataDir, 'copies.json');
    await writeFile(file, '{"version":1,"entries":[{"id":"x"}]}');
    await expect(recordCopy(dataDir, { direction: 'out', kind: 'docx', planId, revision: 1 })).rejects.toMatchObject({ code: 'SCHEMA_INVALID' });
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"entries":[{"id":"x"}]}');
  });
});
