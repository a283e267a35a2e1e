import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../main/core/test-support/temp-data-dir.js';
import { nsisBuildBlockers, THIRD_PARTY_NSIS_PLUGINS } from './nsis-tools.js';

const hasMakensis = spawnSync('sh', ['-c', 'command -v makensis']).status === 0;
const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await removeTempDir(dir);
});

describe("what electron-builder's NSIS targets need here", () => {
  it.skipIf(!hasMakensis)('names the plugins stock NSIS lacks, and finds them in ELECTRON_BUILDER_NSIS_RESOURCES_DIR whatever their case', async () => {
    const resources = await makeTempDir('draaiboek-nsis-resources-');
    cleanup.push(resources);
    const withoutPlugins = nsisBuildBlockers({ ELECTRON_BUILDER_NSIS_RESOURCES_DIR: resources }, 'win32');
    expect(withoutPlugins).toEqual([expect.stringContaining(`NSIS plugins ${THIRD_PARTY_NSIS_PLUGINS.join(', ')} are missing`)]);

    await mkdir(join(resources, 'plugins', 'x86-unicode'), { recursive: true });
    for (const plugin of THIRD_PARTY_NSIS_PLUGINS) await writeFile(join(resources, 'plugins', 'x86-unicode', `${plugin.toLowerCase()}.DLL`), '');
    expect(nsisBuildBlockers({ ELECTRON_BUILDER_NSIS_RESOURCES_DIR: resources }, 'win32')).toEqual([]);
  });

  it('says that makensis is missing where it is', () => {
    const blockers = nsisBuildBlockers({}, 'linux');
    if (hasMakensis) expect(blockers.join()).not.toContain('makensis is not installed');
    else expect(blockers).toEqual(['makensis is not installed (Debian: apt-get install nsis)']);
  });
});
