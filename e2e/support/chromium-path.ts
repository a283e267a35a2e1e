import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Where distributions and installers put Chromium or Chrome, most common first. */
const commonPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): string | undefined {
  try {
    const found = execFileSync(process.platform === 'win32' ? 'where' : 'which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const first = found.split(/\r?\n/)[0]?.trim();
    return first === undefined || first === '' ? undefined : first;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium the e2e specs drive: `CHROMIUM_PATH` when set, else the first of the usual install places,
 * else the first browser command on PATH. Undefined lets Playwright use its own download, if any.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env['CHROMIUM_PATH'];
  if (named !== undefined && named !== '') return named;
  return commonPaths.find(isExecutable) ?? commandNames.map(onPath).find((path) => path !== undefined);
}
