import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator, languageFromEnvironment, languageFromLocale, type Translate } from '../../shared/i18n/index.js';
import { createApiHandlers } from '../core/services/api-handlers.js';
import { createAppSession } from '../core/services/app-session.js';
import { createPassphraseBox } from '../core/services/passphrase-box.js';
import { readUiSettings } from '../core/services/ui-settings.js';
import { appMenuTemplate } from './app-menu.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createMainWindow } from './create-main-window.js';
import { createElectronPlatform } from './electron-platform.js';
import { emitToWindows } from './emit-to-windows.js';
import { initialGuiPassphrase } from './gui-passphrase.js';
import { hardenSessions } from './harden-contents.js';
import { refusedSwitches } from './refused-switches.js';
import { registerIpc } from './register-ipc.js';
import { resolveDataDir } from './resolve-data-dir.js';
import { isOwnWindowSender } from './sender-check.js';
import { loadWindowState, saveWindowState, visibleOn, windowStatePath, type WindowState } from './window-state.js';
import { collectOpenedBundles, createOpenedFileInbox } from './opened-bundle-files.js';

const here = fileURLToPath(new URL('.', import.meta.url));

let mainWindow: BrowserWindow | undefined;
// Bundle files opened with the app wait here until the page asks for them (see collectOpenedBundles).
const openedBundles = createOpenedFileInbox();

// Checked first of all: a packaged build does not run with a debugger attached or without its sandbox.
const refused = refusedSwitches(process.argv, app.isPackaged);
if (refused.length > 0) {
  const t = createTranslator(languageFromEnvironment(process.env));
  process.stderr.write(`draaiboek: ${t('ui.startRefusedSwitches', { switches: refused.join(' ') })}\n`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  collectOpenedBundles(app, process.argv, openedBundles, (path) => emitToWindows('sync.opened', { fileName: basename(path) }));
  void app.whenReady().then(start).catch(fail);
}

function fail(error: unknown): void {
  const t = createTranslator(languageFromLocale(app.getLocale()));
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(t('ui.startFailed.title'), t('ui.startFailed.body', { detail }));
  app.exit(1);
}

function rememberWindowState(window: BrowserWindow, path: string): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    void saveWindowState(path, state).catch(() => undefined);
  });
}

async function start(): Promise<void> {
  hardenSessions();
  serveRenderer(join(here, '../renderer'));

  let t: Translate = createTranslator(languageFromLocale(app.getLocale()));
  const passphrases = createPassphraseBox(initialGuiPassphrase(process.env, app.isPackaged));
  const platform = { ...createElectronPlatform(passphrases, () => t), takeOpenedFile: () => openedBundles.take() };
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const session = createAppSession({ dataDir, platform, passphrases });
  await session.start();
  // Quit only after the last save is on disk and the data folder's lock is released.
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void session.close().finally(() => {
      closed = true;
      app.quit();
    });
  });

  const defaultLanguage = languageFromLocale(app.getLocale());
  const settings = await readUiSettings(dataDir, { language: defaultLanguage });
  t = createTranslator(settings.language);
  const handlers = createApiHandlers({ session, emit: emitToWindows, defaultLanguage });
  registerIpc(ipcMain, handlers, isOwnWindowSender);

  const devTools = !app.isPackaged;
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(t, { devTools, isMac: process.platform === 'darwin' })));

  const statePath = windowStatePath(app.getPath('userData'));
  const state = visibleOn(await loadWindowState(statePath), screen.getAllDisplays().map((display) => display.workArea));
  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath: join(here, '../preload/index.cjs'),
    state,
    title: 'Draaiboek',
    devTools,
  });
  rememberWindowState(mainWindow, statePath);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}
