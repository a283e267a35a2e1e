import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initDataDir } from '../main/core/services/init-data-dir.js';
import { makeTempDir, removeTempDir, testPlatform, TEST_PASSPHRASE } from '../main/core/test-support/temp-data-dir.js';
import type { ApiHandlers } from '../main/core/services/api-handlers.js';
import { exposeBridge, installChromiumBridge, type ChromiumBridge, type HostStubs } from './support/chromium-bridge.js';
import { electronBinary, NO_ELECTRON_REASON } from './support/electron-binary.js';
import { startStaticServer, type StaticServer } from './support/static-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const screenshotDir = join(root, 'test-results', 'screenshots');

export interface AppFixtureOptions {
  /** `chromium`: the built renderer on 127.0.0.1 with the real services bound in; `electron`: the built app. */
  readonly mode: 'chromium' | 'electron';
  /**
   * Runs on the data folder before the app opens it, after it was given a key and the sample plan. Without
   * it the app makes both itself, as on a laptop's first start.
   */
  readonly prepareDataDir: { readonly run: (dataDir: string) => Promise<void> } | undefined;
}

export interface DraaiboekApp {
  readonly mode: AppFixtureOptions['mode'];
  readonly dataDir: string;
  readonly page: Page;
  /** Close the app and open it again on the same data folder. */
  restart(): Promise<void>;
  /** The next "open file" dialog answers with this path. */
  answerNextFileDialog(path: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** Requests the page made to anywhere outside the app. */
  readonly outsideRequests: readonly string[];
}

interface Host {
  readonly page: Page;
  restart(): Promise<void>;
  answerNextFileDialog(path: string): Promise<void>;
  close(): Promise<void>;
}

function watchRequests(page: Page, isInside: (url: string) => boolean, outside: string[]): void {
  page.on('request', (request) => {
    if (!isInside(request.url())) outside.push(request.url());
  });
  void page.route((url) => !isInside(url.toString()), (route) => route.abort('blockedbyclient'));
}

async function chromiumHost(page: Page, server: StaticServer, dataDir: string, outside: string[]): Promise<Host> {
  const stubs: HostStubs = { nextChosenFile: undefined };
  let bridge: ChromiumBridge = await installChromiumBridge(page, dataDir, stubs);
  const current = (): ApiHandlers => bridge.handlers;
  await exposeBridge(page, current);
  const inside = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url === 'about:blank';
  watchRequests(page, inside, outside);
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    async restart() {
      await bridge.close();
      bridge = await installChromiumBridge(page, dataDir, stubs);
      await page.reload();
    },
    answerNextFileDialog: (path) => {
      stubs.nextChosenFile = path;
      return Promise.resolve();
    },
    close: () => bridge.close(),
  };
}

async function electronHost(binary: string, dataDir: string, outside: string[]): Promise<Host> {
  let app: ElectronApplication | undefined;
  let page: Page | undefined;
  const inside = (url: string) => url.startsWith('app://draaiboek/') || url.startsWith('devtools://') || url.startsWith('data:');
  const launch = async () => {
    app = await _electron.launch({
      executablePath: binary,
      args: [join(root, 'out/main/index.js'), '--data-dir', dataDir],
      env: { ...process.env, DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' },
    });
    page = await app.firstWindow();
    watchRequests(page, inside, outside);
  };
  await launch();
  return {
    get page() {
      if (page === undefined) throw new Error('the app is not running');
      return page;
    },
    async restart() {
      await app?.close();
      await launch();
    },
    async answerNextFileDialog(path) {
      await app?.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      }, path);
    },
    close: async () => {
      await app?.close();
    },
  };
}

export const test = base.extend<AppFixtureOptions & { app: DraaiboekApp }, { server: StaticServer }>({
  mode: ['chromium', { option: true }],
  prepareDataDir: [undefined, { option: true }],

  server: [
    // eslint-disable-next-line no-empty-pattern -- a worker fixture that needs no other fixture
    async ({}, use) => {
      const server = await startStaticServer(join(root, 'out/renderer'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ mode, prepareDataDir, page, server }, use, testInfo) => {
    const binary = mode === 'electron' ? electronBinary() : undefined;
    testInfo.skip(mode === 'electron' && binary === undefined, NO_ELECTRON_REASON);
    const parent = await makeTempDir('draaiboek-e2e-');
    const dataDir = join(parent, 'data');
    if (prepareDataDir !== undefined) {
      await initDataDir(dataDir, testPlatform(), { kind: 'sample' });
      await prepareDataDir.run(dataDir);
    }
    const outside: string[] = [];
    const host = binary === undefined ? await chromiumHost(page, server, dataDir, outside) : await electronHost(binary, dataDir, outside);
    await mkdir(screenshotDir, { recursive: true });
    await use({
      mode,
      dataDir,
      get page() {
        return host.page;
      },
      restart: () => host.restart(),
      answerNextFileDialog: (path) => host.answerNextFileDialog(path),
      screenshot: async (name) => {
        await host.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      },
      outsideRequests: outside,
    });
    await host.close();
    await removeTempDir(parent);
    // Offline by design: not one request may leave the app during any test.
    expect(outside, 'requests outside the app').toEqual([]);
  },
});

export { expect };
