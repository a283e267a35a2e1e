import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../../shared/errors.js';
import { listCopies } from '../copies/copies-register.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';
import { makeLaptop, makeStick, type Laptop } from './test-support/laptops.js';

let laptop: Laptop;
let stick: Awaited<ReturnType<typeof makeStick>>;

beforeAll(async () => {
  laptop = await makeLaptop('Laptop coördinator', { kind: 'sample' });
  stick = await makeStick();
});
afterAll(async () => {
  await laptop.remove();
  await stick.remove();
});

describe('the readable kit', () => {
  it('holds the bundle, the files handed in and a readme, and registers the copy for its recipient', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 map');
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    const dir = join(stick.dir, 'kit');
    const result = await laptop.use(({ bundles }) =>
      bundles.exportBundle({
        passphrase: 'drie rode deuren',
        recipient: 'Henk Verbeek',
        audience: 'crisis-team',
        kit: {
          dir,
          language: 'en',
          extras: [
            { name: 'Draaiboek Voorbeeldstad.pdf', bytes: pdf },
            { name: 'Draaiboek Voorbeeldstad.docx', bytes: docx },
          ],
        },
      }),
    );
    expect(result).toMatchObject({ encrypted: true, revision: 1, copyNumber: 1 });
    expect((await readdir(dir)).sort()).toEqual([
      'Draaiboek Voorbeeldstad.docx',
      'Draaiboek Voorbeeldstad.pdf',
      'LEESMIJ.txt',
      'gemeente-voorbeeldstad-r1.draaiboek',
    ]);
    expect(await readFile(join(dir, 'Draaiboek Voorbeeldstad.pdf'))).toEqual(Buffer.from(pdf));
    const readme = await readFile(join(dir, 'LEESMIJ.txt'), 'utf8');
    expect(readme).toContain('age --decrypt -o plan.json gemeente-voorbeeldstad-r1.draaiboek');
    expect(readme).toContain(result.fingerprint);
    expect(readme).toContain('  - Draaiboek Voorbeeldstad.pdf');
    const copies = await listCopies(laptop.dataDir);
    expect(copies.at(-1)).toMatchObject({ direction: 'out', kind: 'bundle', recipient: 'Henk Verbeek', audience: 'crisis-team', encrypted: true });
  }, 30_000);

  it('refuses a file name that would leave the folder or replace the bundle or the readme, writing nothing', async () => {
    const before = await snapshotDir(laptop.dataDir);
    for (const name of ['../buiten.pdf', 'map/binnen.pdf', 'LEESMIJ.txt', 'ander.draaiboek', '']) {
      const refused = await laptop
        .use(({ bundles }) =>
          bundles.exportBundle({ encrypt: false, kit: { dir: join(stick.dir, 'fout'), extras: [{ name, bytes: new Uint8Array(1) }] } }),
        )
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DraaiboekError);
      expect(refused).toMatchObject({ code: 'USAGE' });
    }
    expect(await snapshotDir(laptop.dataDir)).toEqual(before);
  });

  it('asks for a passphrase or an explicit choice for no encryption', async () => {
    // @ts-expect-error: neither a passphrase nor encrypt: false, which the type already refuses
    const refused = await laptop.use(({ bundles }) => bundles.exportBundle({ out: join(stick.dir, 'x.draaiboek') })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'USAGE' });
  });
});
