// electron-builder's afterSign hook: notarizes the signed macOS app, so Gatekeeper opens it without a warning.
// The signing itself is electron-builder's, with the certificate in CSC_LINK and CSC_KEY_PASSWORD.
import { join } from 'node:path';
import { secretsOrSkip } from './signing-secrets.mjs';

export default async function notarizeMac(context) {
  if (context.electronPlatformName !== 'darwin') return;
  const secrets = secretsOrSkip(process.env, 'macOS notarization', ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']);
  if (secrets === undefined) return;
  const { notarize } = await import('@electron/notarize');
  await notarize({
    appPath: join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`),
    appleId: secrets.APPLE_ID,
    appleIdPassword: secrets.APPLE_APP_SPECIFIC_PASSWORD,
    teamId: secrets.APPLE_TEAM_ID,
  });
}
