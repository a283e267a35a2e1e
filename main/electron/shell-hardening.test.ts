import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { initialGuiPassphrase } from './gui-passphrase.js';
import { refusedSwitches } from './refused-switches.js';
import { rendererResponse } from './renderer-response.js';

describe('switches a packaged build refuses', () => {
  const dangerous = [
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--inspect',
    '--inspect=127.0.0.1:9229',
    '--inspect-brk',
    '--inspect-brk-node=1',
    '--inspect-port=0',
    '--js-flags=--allow-natives-syntax',
    '--no-sandbox',
    '-no-sandbox',
    '/no-sandbox',
    '--No-Sandbox',
  ];

  it.each(dangerous)('refuses %s when packaged and names it', (arg) => {
    expect(refusedSwitches(['/opt/Draaiboek/draaiboek', arg, 'plan.draaiboek'], true)).toEqual([arg]);
  });

  it('lets a development build keep them for debugging', () => {
    expect(refusedSwitches(['electron', '.', ...dangerous], false)).toEqual([]);
  });

  it('leaves ordinary arguments, files and values alone', () => {
    const argv = ['/opt/Draaiboek/draaiboek', '--data-dir', '/home/a/--no-sandbox', 'inspect.draaiboek', '--lang=nl', '--', '--inspect'];
    expect(refusedSwitches(argv, true)).toEqual([]);
  });
});

describe('the passphrase the app starts with', () => {
  it('comes from DRAAIBOEK_PASSPHRASE only in a development build', () => {
    expect(initialGuiPassphrase({ DRAAIBOEK_PASSPHRASE: 'geheim' }, false)).toBe('geheim');
    expect(initialGuiPassphrase({ DRAAIBOEK_PASSPHRASE: 'geheim' }, true)).toBeUndefined();
    expect(initialGuiPassphrase({ DRAAIBOEK_PASSPHRASE: '' }, false)).toBeUndefined();
    expect(initialGuiPassphrase({}, false)).toBeUndefined();
  });
});

describe('serving the renderer with fs and a Response', () => {
  let root: string;
  let rendererDir: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'draaiboek-renderer-'));
    rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Draaiboek</title>');
    await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
    await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
    await writeFile(join(root, 'secret.txt'), 'outside');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('answers the page itself with its bytes, its type and the CSP', async () => {
    const response = await rendererResponse(rendererDir, 'app://draaiboek/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Draaiboek</title>');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('gives scripts and styles their content type', async () => {
    const script = await rendererResponse(rendererDir, 'app://draaiboek/assets/index-abc.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await rendererResponse(rendererDir, 'app://draaiboek/assets/index-abc.css');
    expect(style.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for a missing file, another host, or a way out of the folder', async () => {
    for (const url of ['app://draaiboek/nothing.js', 'app://elsewhere/index.html', 'app://draaiboek/..%2Fsecret.txt', 'app://draaiboek/assets']) {
      const response = await rendererResponse(rendererDir, url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers 400, not an exception (ERR_UNEXPECTED), for an address with a malformed % escape', async () => {
    for (const url of ['app://draaiboek/%', 'app://draaiboek/assets/index-%E0%A4%A.js', 'app://draaiboek/%zz.css']) {
      const response = await rendererResponse(rendererDir, url);
      expect(response.status, url).toBe(400);
      expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    }
  });

  it('answers 404 for a file missing under a folder that exists', async () => {
    const response = await rendererResponse(rendererDir, 'app://draaiboek/assets/index-gone.js');
    expect(response.status).toBe(404);
  });
});
