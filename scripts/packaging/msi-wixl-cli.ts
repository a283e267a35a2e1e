// `npm run dist:msi-wixl`: the MSI built with wixl (msitools) from dist/win-unpacked, for build machines
// without WiX (electron-builder's own MSI target needs WiX, on Windows or under Wine).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './builder-config.js';
import { buildMsiWithWixl, projectMsiProduct, wixlMsiName } from './build-msi.js';

const appDir = join(projectRoot, 'dist', 'win-unpacked');
if (!existsSync(join(appDir, 'resources', 'app.asar'))) {
  console.error(`${appDir} holds no packaged app: build it first (electron-builder --win dir --x64)`);
  process.exit(1);
}
const product = await projectMsiProduct(appDir);
const msi = await buildMsiWithWixl(product, join(projectRoot, 'dist', wixlMsiName(product)));
console.log(`built ${msi}`);
