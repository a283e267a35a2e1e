import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { projectRoot, shippingConfig } from './builder-config.js';
import { msiSource, type MsiProduct } from './msi-source.js';

/** The MSI's names, version and codes, from package.json and electron-builder.yml, as electron-builder's MSI takes them. */
export async function projectMsiProduct(appDir: string): Promise<MsiProduct> {
  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { productName: string; version: string; author: { name: string } };
  const config = await shippingConfig();
  const msi = config['msi'] as { upgradeCode: string };
  const buildResources = join(projectRoot, (config['directories'] as { buildResources: string }).buildResources);
  const [association] = config['fileAssociations'] as (MsiProduct['association'] & { icon: string })[];
  if (association === undefined) throw new Error('electron-builder.yml names no file association');
  return {
    appDir,
    productName: manifest.productName,
    version: manifest.version,
    manufacturer: manifest.author.name,
    productIcon: join(buildResources, (config['win'] as { icon: string }).icon),
    upgradeCode: msi.upgradeCode,
    // As electron-builder names the icons of its targets: the association's icon name plus the platform's extension.
    association: { ext: association.ext, name: association.name, description: association.description, mimeType: association.mimeType, iconFile: join(buildResources, `${association.icon}.ico`) },
  };
}

/** The MSI's file name beside electron-builder's own (`Draaiboek-0.1.0.msi`), so the two never overwrite each other. */
export function wixlMsiName(product: MsiProduct): string {
  return `${product.productName}-${product.version}-wixl.msi`;
}

/**
 * Builds a per-machine x64 MSI of a packaged Windows folder with wixl (Debian's msitools): the WiX source
 * is written beside the MSI, for reading.
 */
export async function buildMsiWithWixl(product: MsiProduct, msiPath: string): Promise<string> {
  const source = msiPath.replace(/\.msi$/, '.wxs');
  await writeFile(source, msiSource(product));
  execFileSync('wixl', ['--arch', 'x64', '--output', msiPath, source], { cwd: product.appDir, stdio: ['ignore', 'inherit', 'inherit'] });
  return msiPath;
}

/** The rows of one table of an MSI, each as a map from column name to value, read back with msiinfo. */
export function msiTable(msiPath: string, table: string): Map<string, string>[] {
  // Run beside the MSI: exporting a table with binary columns (Icon, Binary) writes their streams into the working folder.
  const text = execFileSync('msiinfo', ['export', msiPath, table], { encoding: 'utf8', cwd: dirname(msiPath) });
  // msiinfo's export: the column names, their types, the table's name and key, then one line per row.
  const [names, , , ...rows] = text.split(/\r?\n/).filter((line) => line !== '');
  const columns = (names ?? '').split('\t');
  return rows.map((row) => new Map(row.split('\t').map((value, index) => [columns[index] ?? `${index}`, value])));
}
