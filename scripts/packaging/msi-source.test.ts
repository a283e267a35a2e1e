import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../../main/core/test-support/temp-data-dir.js';
import { componentGuid, msiSource, msiVersion, type MsiProduct } from './msi-source.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await removeTempDir(dir);
});

async function product(files: string[]): Promise<MsiProduct> {
  const appDir = await makeTempDir('draaiboek-msi-');
  cleanup.push(appDir);
  for (const file of files) {
    await mkdir(join(appDir, file, '..'), { recursive: true });
    await writeFile(join(appDir, file), '');
  }
  return {
    appDir,
    productName: 'Draaiboek',
    version: '1.2.3-beta.1',
    manufacturer: 'Draaiboek & co',
    upgradeCode: '6f1b9a52-3c1e-4f7d-9a3e-2d5c8b7e4a10',
    association: { ext: 'draaiboek', name: 'Draaiboek-bundel', description: 'Bundel <ondertekend>', mimeType: 'application/x-draaiboek' },
  };
}

describe('the WiX source of the wixl MSI', () => {
  it('keeps a component GUID per file across versions, and a different one per file', () => {
    const code = '6f1b9a52-3c1e-4f7d-9a3e-2d5c8b7e4a10';
    expect(componentGuid(code, 'resources/app.asar')).toBe(componentGuid(code.toUpperCase(), 'resources/app.asar'));
    expect(componentGuid(code, 'resources/app.asar')).not.toBe(componentGuid(code, 'Draaiboek.exe'));
    expect(componentGuid(code, 'Draaiboek.exe')).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  });

  it('gives Windows Installer three numbers of the version, without a pre-release tag', () => {
    expect(msiVersion('1.2.3-beta.1')).toBe('1.2.3');
    expect(() => msiVersion('one')).toThrow(/not a semantic version/);
  });

  it('installs every file of the folder per machine, in its own folder, with the main executable as the association target', async () => {
    const source = msiSource(await product(['Draaiboek.exe', 'resources/app.asar', 'resources/sample/plan.json']));
    expect(source).toContain('InstallScope="perMachine"');
    expect(source).toContain('UpgradeCode="6F1B9A52-3C1E-4F7D-9A3E-2D5C8B7E4A10"');
    expect(source).toContain('Version="1.2.3"');
    expect(source.match(/<File /g)).toHaveLength(3);
    expect(source.match(/<ComponentRef /g)).toHaveLength(3);
    expect(source).toMatch(/<Directory Id="dir_\w+" Name="resources">\s*<Component [^>]+>\s*<File [^>]*Source="resources\/app.asar"/);
    expect(source).toContain('<File Id="MainExecutable" Name="Draaiboek.exe" Source="Draaiboek.exe" KeyPath="yes"/>');
  });

  it("registers the association under electron-builder's ProgId with the documents' icon installed in resources", async () => {
    const base = await product(['Draaiboek.exe', 'resources/app.asar']);
    const iconFile = join(base.appDir, '..', `${base.appDir.split('/').pop() ?? ''}-icons`, 'draaiboek-file.ico');
    await mkdir(join(iconFile, '..'), { recursive: true });
    cleanup.push(join(iconFile, '..'));
    await writeFile(iconFile, 'icon');
    const source = msiSource({ ...base, association: { ...base.association, iconFile } });
    expect(source).toMatch(/<Directory Id="dir_\w+" Name="resources">\s*<Component [^>]+>\s*<File Id="AssociationIcon" Name="draaiboek-file.ico" Source="\.\.\/[^"]+-icons\/draaiboek-file.ico"/);
    expect(source).toContain('Key="Software\\Classes\\.draaiboek" Type="string" Value="Draaiboek-bundel"');
    expect(source).toContain('Key="Software\\Classes\\Draaiboek-bundel\\DefaultIcon" Type="string" Value="[#AssociationIcon]"');
    // Without an icon of their own, documents show the program's.
    expect(msiSource(base)).toContain('Value="[#MainExecutable],0"');
  });

  it('escapes what it writes into XML', async () => {
    const source = msiSource(await product(['Draaiboek.exe']));
    expect(source).toContain('Manufacturer="Draaiboek &amp; co"');
    expect(source).toContain('Value="Bundel &lt;ondertekend&gt;"');
    expect(source).toContain('Value="&quot;[#MainExecutable]&quot; &quot;%1&quot;"');
  });
});
