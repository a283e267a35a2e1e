// Pipeline test: packages the app for Windows as electron-builder does on a build machine, against a stub
// Electron, and builds what installers this machine's tools allow. No network: what needs a download is
// reported skipped with the reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../main/core/test-support/temp-data-dir.js';
import { projectRoot, shippingConfig } from './builder-config.js';
import { buildMsiWithWixl, msiTable, projectMsiProduct, wixlMsiName } from './build-msi.js';
import { asarHeaderHash, buildWindowsPackage, embeddedAsarIntegrity, makeStubWindowsElectron } from './build-windows-package.js';
import { nsisBuildBlockers } from './nsis-tools.js';
import { inspectAsar, type PackageManifest } from './package-contents.js';

/**
 * The MSI around the stub Electron: the app's asar and the sample plan, compressed (about 1.2 MB today).
 * Room to grow; a stray folder in the package shows at once.
 */
const MSI_BUDGET_BYTES = 4 * 1024 * 1024;
/** The same for electron-builder's NSIS installer and portable executable, which add NSIS and its plugins. */
const INSTALLER_BUDGET_BYTES = 6 * 1024 * 1024;

const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as PackageManifest & { version: string };
const hasWixl = spawnSync('sh', ['-c', 'command -v wixl && command -v msiinfo && command -v msiextract']).status === 0;
const nsisBlockers = nsisBuildBlockers();

let work: string;
let appDir: string;

beforeAll(async () => {
  if (!existsSync(join(projectRoot, 'out/main/index.js'))) throw new Error('build the app first (npm run build)');
  work = await makeTempDir('draaiboek-win-package-');
  const started = performance.now();
  appDir = await buildWindowsPackage({ outputDir: join(work, 'dist'), electronDist: await makeStubWindowsElectron(join(work, 'stub-electron')) });
  console.log(`packaged the Windows dir target (x64) against a stub Electron in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(async () => {
  if (work !== undefined) await removeTempDir(work);
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

describe('pipeline: the Windows package built against a stub Electron', () => {
  it('holds Draaiboek.exe, app.asar and the sample plan, and nothing beside them', () => {
    expect(filesUnder(appDir)).toEqual(['Draaiboek.exe', 'resources/app.asar', 'resources/sample/voorbeeldstad.plan.json']);
  });

  it('has the built main, preload and renderer in app.asar, production files only, under the size budget', () => {
    expect(inspectAsar(join(appDir, 'resources', 'app.asar'), manifest).problems).toEqual([]);
  });

  it("embeds the asar's integrity hash in Draaiboek.exe, as Electron checks it at start on Windows", async () => {
    const integrity = await embeddedAsarIntegrity(join(appDir, 'Draaiboek.exe'));
    expect(integrity).toEqual([{ file: 'resources\\app.asar', alg: 'SHA256', value: asarHeaderHash(join(appDir, 'resources', 'app.asar')) }]);
  });
});

describe('pipeline: the Windows installers', () => {
  it.skipIf(!hasWixl)('builds a per-machine MSI with wixl that installs every packaged file, the Start menu entry and the .draaiboek association', async () => {
    const product = await projectMsiProduct(appDir);
    const started = performance.now();
    const msi = await buildMsiWithWixl(product, join(work, 'dist', wixlMsiName(product)));
    const bytes = (await stat(msi)).size;
    console.log(`${wixlMsiName(product)}: ${(bytes / 1024 / 1024).toFixed(2)} MiB (budget ${MSI_BUDGET_BYTES / 1024 / 1024} MiB), built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(bytes).toBeLessThan(MSI_BUDGET_BYTES);

    const properties = new Map(msiTable(msi, 'Property').map((row) => [row.get('Property'), row.get('Value')]));
    const upgradeCode = ((await shippingConfig())['msi'] as { upgradeCode: string }).upgradeCode;
    expect(properties.get('ALLUSERS')).toBe('1');
    expect(properties.get('UpgradeCode')).toBe(`{${upgradeCode.toUpperCase()}}`);
    expect(properties.get('ProductVersion')).toBe(product.version);
    expect(properties.get('ARPPRODUCTICON')).toBe('ProductIcon.ico');
    // A newer MSI with the same upgrade code replaces this one; this one refuses to replace a newer one.
    expect(msiTable(msi, 'Upgrade').map((row) => row.get('ActionProperty')).sort()).toEqual(['WIX_DOWNGRADE_DETECTED', 'WIX_UPGRADE_DETECTED']);

    // Every packaged file, in its folder under Program Files (64-bit).
    const directories = new Map(msiTable(msi, 'Directory').map((row) => [row.get('Directory') ?? '', row]));
    const components = new Map(msiTable(msi, 'Component').map((row) => [row.get('Component') ?? '', row.get('Directory_') ?? '']));
    const pathOf = (directory: string): string => {
      const row = directories.get(directory);
      const parent = row?.get('Directory_Parent') ?? '';
      const name = row?.get('DefaultDir') ?? '';
      return parent === '' ? directory : `${pathOf(parent)}/${name === '.' ? directory : name}`;
    };
    const installed = msiTable(msi, 'File').map((row) => `${pathOf(components.get(row.get('Component_') ?? '') ?? '')}/${row.get('FileName') ?? ''}`);
    // Beside the package, the documents' icon, where electron-builder's NSIS installer puts it too.
    const expected = [...filesUnder(appDir), 'resources/draaiboek-file.ico'].sort();
    expect(installed.sort()).toEqual(expected.map((file) => `TARGETDIR/ProgramFiles64Folder/Draaiboek/${file}`));
    // And the cabinet holds them byte for byte.
    const extracted = join(work, 'msi-extracted');
    execFileSync('msiextract', ['--directory', extracted, msi], { stdio: 'ignore' });
    expect(filesUnder(join(extracted, 'Draaiboek'))).toEqual(expected);
    for (const file of filesUnder(appDir)) expect(await readFile(join(extracted, 'Draaiboek', file))).toEqual(await readFile(join(appDir, file)));
    expect(await readFile(join(extracted, 'Draaiboek', 'resources', 'draaiboek-file.ico'))).toEqual(await readFile(join(projectRoot, 'resources', 'build', 'draaiboek-file.ico')));

    const registry = msiTable(msi, 'Registry').map((row) => [row.get('Root'), row.get('Key'), row.get('Name'), row.get('Value')]);
    // Root 2 is HKEY_LOCAL_MACHINE: the association is the machine's, for every user, under the ProgId
    // electron-builder's NSIS installer writes (the association's name).
    expect(registry.sort()).toEqual([
      ['2', 'Software\\Classes\\.draaiboek', '', 'Draaiboek-bundel'],
      ['2', 'Software\\Classes\\.draaiboek', 'Content Type', 'application/x-draaiboek'],
      ['2', 'Software\\Classes\\Draaiboek-bundel', '', 'Draaiboek-bundel (ondertekend continuïteitsplan)'],
      ['2', 'Software\\Classes\\Draaiboek-bundel\\DefaultIcon', '', '[#AssociationIcon]'],
      ['2', 'Software\\Classes\\Draaiboek-bundel\\shell\\open\\command', '', '"[#MainExecutable]" "%1"'],
    ]);
    expect(msiTable(msi, 'File').find((row) => row.get('File') === 'AssociationIcon')?.get('FileName')).toBe('draaiboek-file.ico');
    expect(msiTable(msi, 'Shortcut').map((row) => [row.get('Directory_'), row.get('Name'), row.get('Target'), row.get('Icon_')])).toEqual([
      ['ProgramMenuFolder', 'Draaiboek', '[#MainExecutable]', 'ProductIcon.ico'],
    ]);
  });

  it.skipIf(nsisBlockers.length > 0)("builds electron-builder's NSIS installer and portable executable", async () => {
    const outputDir = join(work, 'dist-nsis');
    await buildWindowsPackage({ outputDir, electronDist: join(work, 'stub-electron'), targets: ['nsis', 'portable'] });
    for (const name of [`Draaiboek-${manifest.version}-setup.exe`, `Draaiboek-${manifest.version}-portable.exe`]) {
      const bytes = (await stat(join(outputDir, name))).size;
      console.log(`${name}: ${(bytes / 1024 / 1024).toFixed(2)} MiB (budget ${INSTALLER_BUDGET_BYTES / 1024 / 1024} MiB)`);
      expect(bytes).toBeLessThan(INSTALLER_BUDGET_BYTES);
    }
  });
});

if (!hasWixl) console.log('skipped: the MSI built with wixl (wixl, msiinfo and msiextract not all installed; Debian: apt-get install wixl msitools)');
if (nsisBlockers.length > 0) console.log(`skipped: the NSIS installer and the portable executable: ${nsisBlockers.join('; ')}`);
