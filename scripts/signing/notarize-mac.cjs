// electron-builder's afterSign hook: notarizes the signed macOS app, so Gatekeeper opens it without a warning.
// The signing itself is electron-builder's, with the certificate in CSC_LINK and CSC_KEY_PASSWORD.
'use strict';
const { join } = require('node:path');
const { secretsOrSkip } = require('./signing-secrets.cjs');

exports.default = async function notarizeMac(context) {
  if (context.electronPlatformName !== 'darwin') return;
  const secrets = secretsOrSkip(process.env, 'macOS notarization', ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']);
  if (secrets === undefined) return;
  const { notarize } = require('@electron/notarize');
  await notarize({
    appPath: join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`),
    appleId: secrets.APPLE_ID,
    appleIdPassword: secrets.APPLE_APP_SPECIFIC_PASSWORD,
    teamId: secrets.APPLE_TEAM_ID,
  });
};
