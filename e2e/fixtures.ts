import { test as base, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initDataDir } from '../main/core/data-dir/init-data-dir.js';
import { makeTempDir, removeTempDir, testPlatform, TEST_PASSPHRASE } from '../main/core/test-support/temp-data-dir.js';
import type { ApiHandlers } from '../main/core/api/api-handlers.js';
import type { ConfirmRequest } from '../main/core/platform.js';
import { exposeBridge, installChromiumBridge, type ChromiumBridge, type HostStubs } from './support/chromium-bridge.js';
import { electronBinary, NO_ELECTRON_REASON, packagedExecutable } from './support/electron-binary.js';
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
  /** The next "choose folder" dialog answers with this folder. */
  answerNextFolderDialog(path: string): Promise<void>;
  /** The OS asks the app to open this file, as on a double-click. */
  openWithApp(path: string): Promise<void>;
  /** The files the "save as" dialog answered with, oldest first: it saves in a temp folder under the suggested name. */
  savedFiles(): Promise<readonly string[]>;
  /** The documents sent to the system print dialog, oldest first (chromium mode; the dialog answers "print"). */
  printedDocuments(): Promise<readonly string[]>;
  /** The user's answer to main's next question (trust a signer, write unencrypted); unanswered questions get "no". */
  answerNextConfirmation(yes: boolean): Promise<void>;
  /** The kinds of question main asked, oldest first (chromium mode). */
  confirmations(): Promise<readonly ConfirmRequest[]>;
  screenshot(name: string): Promise<void>;
  /** Requests the page made to anywhere outside the app. */
  readonly outsideRequests: readonly string[];
}

/** What each mode (chromium bridge, real Electron) provides; the fixture adds the rest of DraaiboekApp. */
type Host = Pick<
  DraaiboekApp,
  | 'page'
  | 'restart'
  | 'answerNextFileDialog'
  | 'answerNextFolderDialog'
  | 'openWithApp'
  | 'savedFiles'
  | 'printedDocuments'
  | 'answerNextConfirmation'
  | 'confirmations'
> & { close(): Promise<void> };

function watchRequests(page: Page, isInside: (url: string) => boolean, outside: string[]): void {
  page.on('request', (request) => {
    if (!isInside(request.url())) outside.push(request.url());
  });
  void page.route((url) => !isInside(url.toString()), (route) => route.abort('blockedbyclient'));
}

async function chromiumHost(page: Page, server: StaticServer, dataDir: string, outside: string[], saveFolder: string, deviceName?: string): Promise<Host> {
  const stubs: HostStubs = { nextChosenFile: undefined, saveFolder, savedPaths: [], printed: [], openedFiles: [], confirmAnswers: [], confirmed: [] };
  const platform = () => testPlatform(deviceName === undefined ? {} : { name: deviceName });
  let bridge: ChromiumBridge = await installChromiumBridge(page, dataDir, stubs, platform());
  const current = (): ApiHandlers => bridge.handlers;
  await exposeBridge(page, current);
  const inside = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url === 'about:blank';
  watchRequests(page, inside, outside);
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    async restart() {
      await bridge.close();
      bridge = await installChromiumBridge(page, dataDir, stubs, platform());
      await page.reload();
    },
    answerNextFileDialog: (path) => {
      stubs.nextChosenFile = path;
      return Promise.resolve();
    },
    answerNextFolderDialog: (path) => {
      stubs.nextChosenFolder = path;
      return Promise.resolve();
    },
    openWithApp: (path) => {
      stubs.openedFiles?.push(path);
      bridge.emit('sync.opened', { fileName: basename(path) });
      return Promise.resolve();
    },
    savedFiles: () => Promise.resolve([...(stubs.savedPaths ?? [])]),
    printedDocuments: () => Promise.resolve([...(stubs.printed ?? [])]),
    answerNextConfirmation: (yes) => {
      stubs.confirmAnswers?.push(yes);
      return Promise.resolve();
    },
    confirmations: () => Promise.resolve([...(stubs.confirmed ?? [])]),
    close: () => bridge.close(),
  };
}

/**
 * Switches for the app under test; `mainScript` is out/main/index.js for Electron itself, undefined for a
 * packaged app, which starts its own. With `executablePath` Playwright adds none of its own: the OS key store is
 * replaced by Chromium's basic store and macOS's mock keychain (the app then asks for a passphrase, which the
 * development build takes from DRAAIBOEK_PASSPHRASE), the language is fixed, and each test has its own
 * userData folder, so neither the window state nor the single-instance lock is shared between tests.
 */
function electronLaunchArgs(mainScript: string | undefined, dataDir: string, userDataDir: string): string[] {
  return [...(mainScript === undefined ? [] : [mainScript]), '--data-dir', dataDir, '--user-data-dir', userDataDir, '--password-store=basic', '--use-mock-keychain', '--lang=nl-NL'];
}

async function electronHost(binary: string, mainScript: string | undefined, dataDir: string, userDataDir: string, outside: string[], saveFolder: string): Promise<Host> {
  let app: ElectronApplication | undefined;
  let page: Page | undefined;
  const inside = (url: string) => url.startsWith('app://draaiboek/') || url.startsWith('devtools://') || url.startsWith('data:');
  const launch = async () => {
    app = await _electron.launch({
      executablePath: binary,
      args: electronLaunchArgs(mainScript, dataDir, userDataDir),
      env: { ...process.env, DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' },
    });
    page = await app.firstWindow();
    watchRequests(page, inside, outside);
    // The "save as" dialog answers with a file in the test's folder, and remembers it for savedFiles().
    await app.evaluate(({ dialog }, folder) => {
      const saved: string[] = [];
      Object.assign(globalThis, { draaiboekSavedFiles: saved });
      dialog.showSaveDialog = ((...args: unknown[]) => {
        const options = args[args.length - 1] as { defaultPath?: string };
        const name = (options.defaultPath ?? 'document').split(/[\\/]/).pop() ?? 'document';
        const filePath = `${folder}/${saved.length + 1} ${name}`;
        saved.push(filePath);
        return Promise.resolve({ canceled: false, filePath });
      }) as typeof dialog.showSaveDialog;
    }, saveFolder);
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
    // A folder dialog is an "open" dialog too: the same stub answers it.
    async answerNextFolderDialog(path) {
      await app?.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      }, path);
    },
    async openWithApp(path) {
      await app?.evaluate(({ app: electronApp }, opened) => {
        electronApp.emit('open-file', { preventDefault: () => undefined }, opened);
      }, path);
    },
    async answerNextFileDialog(path) {
      await app?.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      }, path);
    },
    savedFiles: async () =>
      (await app?.evaluate(() => [...((globalThis as { draaiboekSavedFiles?: string[] }).draaiboekSavedFiles ?? [])])) ?? [],
    // The system print dialog cannot be answered from a test in the real app.
    printedDocuments: () => Promise.resolve([]),
    // Main's question is a native message box: stub it from the main side, as the file dialogs are.
    async answerNextConfirmation(yes) {
      await app?.evaluate(({ dialog }, answer) => {
        dialog.showMessageBox = (() => Promise.resolve({ response: answer ? 1 : 0, checkboxChecked: false })) as typeof dialog.showMessageBox;
      }, yes);
    },
    confirmations: () => Promise.resolve([]),
    close: async () => {
      await app?.close();
    },
  };
}

function appOf(mode: AppFixtureOptions['mode'], dataDir: string, host: Host, outside: readonly string[]): DraaiboekApp {
  return {
    mode,
    dataDir,
    get page() {
      return host.page;
    },
    restart: () => host.restart(),
    answerNextFileDialog: (path) => host.answerNextFileDialog(path),
    answerNextFolderDialog: (path) => host.answerNextFolderDialog(path),
    openWithApp: (path) => host.openWithApp(path),
    savedFiles: () => host.savedFiles(),
    printedDocuments: () => host.printedDocuments(),
    answerNextConfirmation: (yes) => host.answerNextConfirmation(yes),
    confirmations: () => host.confirmations(),
    screenshot: async (name) => {
      await host.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
    outsideRequests: outside,
  };
}

export const test = base.extend<AppFixtureOptions & { app: DraaiboekApp; secondApp: DraaiboekApp }, { server: StaticServer }>({
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
    // A packaged test-only build when the packaging check names one, else Electron with the built out/main.
    const packaged = mode === 'electron' ? packagedExecutable() : undefined;
    const binary = mode === 'electron' ? (packaged ?? electronBinary()) : undefined;
    testInfo.skip(mode === 'electron' && binary === undefined, NO_ELECTRON_REASON);
    const parent = await makeTempDir('draaiboek-e2e-');
    const dataDir = join(parent, 'data');
    if (prepareDataDir !== undefined) {
      await initDataDir(dataDir, testPlatform(), { kind: 'sample' });
      await prepareDataDir.run(dataDir);
    }
    const outside: string[] = [];
    const saveFolder = join(parent, 'saved');
    await mkdir(saveFolder, { recursive: true });
    const host =
      binary === undefined
        ? await chromiumHost(page, server, dataDir, outside, saveFolder)
        : await electronHost(binary, packaged === undefined ? join(root, 'out/main/index.js') : undefined, dataDir, join(parent, 'user-data'), outside, saveFolder);
    await mkdir(screenshotDir, { recursive: true });
    await use(appOf(mode, dataDir, host, outside));
    await host.close();
    await removeTempDir(parent);
    // Offline by design: not one request may leave the app during any test.
    expect(outside, 'requests outside the app').toEqual([]);
  },

  // A second laptop beside `app`, with its own data folder and its own device key (made on its first start),
  // for stories that carry the plan from one laptop to another. Chromium mode only: one Electron app holds the
  // single-instance lock.
  secondApp: async ({ mode, context, server }, use, testInfo) => {
    testInfo.skip(mode === 'electron', 'two laptops are played by two pages in chromium mode');
    const parent = await makeTempDir('draaiboek-e2e-second-');
    const dataDir = join(parent, 'data');
    const saveFolder = join(parent, 'saved');
    await mkdir(saveFolder, { recursive: true });
    const outside: string[] = [];
    const page = await context.newPage();
    const host = await chromiumHost(page, server, dataDir, outside, saveFolder, 'Laptop 2');
    await use(appOf(mode, dataDir, host, outside));
    await host.close();
    await page.close();
    await removeTempDir(parent);
    expect(outside, 'requests outside the app').toEqual([]);
  },
});

export { expect };
