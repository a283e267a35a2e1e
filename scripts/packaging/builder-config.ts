import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load as parseYaml, dump as writeYaml } from 'js-yaml';

export const projectRoot = new URL('../../', import.meta.url).pathname;

/** The shipping configuration, as electron-builder reads it from the project. */
export async function shippingConfig(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

/**
 * Writes the configuration a packaging check builds with into `outputDir` and returns its path: the shipping
 * one, less what `adjust` takes out because the check's stand-ins cannot carry it (fuses are written into a
 * real Electron binary; the Windows executable is edited and signed by tools downloaded at build time).
 */
export async function writeCheckConfig(outputDir: string, adjust: (config: Record<string, unknown>) => void = () => undefined): Promise<string> {
  const config = await shippingConfig();
  adjust(config);
  await mkdir(outputDir, { recursive: true });
  const path = join(outputDir, 'electron-builder.base.yml');
  await writeFile(path, writeYaml(config));
  return path;
}
