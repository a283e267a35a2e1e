import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DraaiboekError } from '../../../shared/errors.js';
import { makeTempDir, removeTempDir, snapshotDir } from '../test-support/temp-data-dir.js';
import { durableJson, readDurableJson, type DurableJsonOptions } from './durable-json-document.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await removeTempDir(dir);
});

const schema = z.strictObject({ version: z.literal(1), names: z.array(z.string()) });
type Doc = z.infer<typeof schema>;

async function options(): Promise<DurableJsonOptions<Doc>> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return {
    path: join(dir, 'doc.json'),
    schema,
    limits: { maxBytes: 1_024 },
    missing: { version: 1, names: [] },
    refuse: () => new DraaiboekError('SCHEMA_INVALID', 'damaged', { detail: 'doc' }),
    indent: 2,
  };
}

describe('a JSON document of the folder, through lowdb', () => {
  it('stands for its default when missing, and writes durably what it holds (no temp file left)', async () => {
    const doc = await options();
    const db = await readDurableJson(doc);
    expect(db.data).toEqual({ version: 1, names: [] });
    db.data = { version: 1, names: ['Henk'] };
    await db.write();
    expect(JSON.parse(await readFile(doc.path, 'utf8'))).toEqual({ version: 1, names: ['Henk'] });
    expect(await readdir(join(doc.path, '..'))).toEqual(['doc.json']);
    expect((await readDurableJson(doc)).data.names).toEqual(['Henk']);
  });

  it('refuses a damaged or oversized file with its own error and changes nothing', async () => {
    const doc = await options();
    const dir = join(doc.path, '..');
    for (const [text, code] of [
      ['{"version":2,"names":[]}', 'SCHEMA_INVALID'],
      ['{"version":1,"names":["a","a"],"__proto__":{}}', undefined],
      [`{"version":1,"names":["${'x'.repeat(2_000)}"]}`, 'FILE_TOO_LARGE'],
    ] as const) {
      await writeFile(doc.path, text);
      const before = await snapshotDir(dir);
      const refused = await readDurableJson(doc).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DraaiboekError);
      if (code !== undefined) expect(refused).toMatchObject({ code });
      expect(await snapshotDir(dir)).toEqual(before);
    }
  });

  it('writes a whole document without reading the old one first', async () => {
    const doc = await options();
    await writeFile(doc.path, 'geen json');
    const db = durableJson(doc);
    db.data = { version: 1, names: ['Anna'] };
    await db.write();
    expect((await readDurableJson(doc)).data.names).toEqual(['Anna']);
  });
});
