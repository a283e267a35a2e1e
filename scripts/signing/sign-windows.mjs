// electron-builder's custom Windows signer (win.signtoolOptions.sign): called for every executable it makes.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { secretsOrSkip } from './signing-secrets.mjs';

const NAMES = ['DRAAIBOEK_WIN_CERT_FILE', 'DRAAIBOEK_WIN_CERT_PASSWORD'];
let told = false;

export default async function signWindows(configuration) {
  const secrets = secretsOrSkip(process.env, 'Windows code signing', NAMES, (line) => {
    if (!told) console.log(line);
    told = true;
  });
  if (secrets === undefined) return;
  const file = configuration.path;
  // A timestamp keeps the signature valid after the certificate expires; it needs the timestamp server.
  const timestamp = process.env.DRAAIBOEK_WIN_TIMESTAMP_URL;
  if (process.platform === 'win32') {
    const args = ['sign', '/f', secrets.DRAAIBOEK_WIN_CERT_FILE, '/p', secrets.DRAAIBOEK_WIN_CERT_PASSWORD, '/fd', 'sha256'];
    if (timestamp) args.push('/tr', timestamp, '/td', 'sha256');
    execFileSync('signtool', [...args, file], { stdio: 'inherit' });
    return;
  }
  const signed = `${file}.signed`;
  const args = ['sign', '-pkcs12', secrets.DRAAIBOEK_WIN_CERT_FILE, '-pass', secrets.DRAAIBOEK_WIN_CERT_PASSWORD, '-h', 'sha256'];
  if (timestamp) args.push('-ts', timestamp);
  execFileSync('osslsigncode', [...args, '-in', file, '-out', signed], { stdio: 'inherit' });
  renameSync(signed, file);
}
