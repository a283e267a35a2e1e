import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator, languageFromEnvironment, languageFromLocale } from '../../shared/i18n/index.js';
import { createApiHandlers } from '../core/api/api-handlers.js';
import { createAppSession } from '../core/api/app-session.js';
import { createLanguageOwner } from '../core/api/language-owner.js';
import { createPassphraseBox } from '../core/data-dir/passphrase-box.js';
import { appMenuTemplate } from './app-menu.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createMainWindow } from './create-main-window.js';
import { createElectronPlatform } from './electron-platform.js';
import { emitToWindows } from './emit-to-windows.js';
import { initialGuiPassphrase } from './gui-passphrase.js';
import { hardenSessions } from './harden-contents.js';
import { collectOpenedBundles, createOpenedFileInbox } from './opened-bundle-files.js';
import { createQuitSequence, loadUnlessAbandoned } from './quit-sequence.js';
import { refusedSwitches } from './refused-switches.js';
import { shellLocks } from './shell-locks.js';
import { TEST_BUILD } from './test-build.js';
import { registerIpc } from './register-ipc.js';
import { resolveDataFolder, userDataDirFromArgv } from './resolve-data-dir.js';
import { isOwnWindowSender } from './sender-check.js';
import { windowTitle } from './window-title.js';
import { loadWindowState, saveWindowState, visibleOn, windowStatePath } from './window-state.js';
import { createWindowStateKeeper } from './window-state-keeper.js';

const here = fileURLToPath(new URL('.', import.meta.url));

let mainWindow: BrowserWindow | undefined;
// Bundle files opened with the app wait here until the page asks for them (see collectOpenedBundles).
const openedBundles = createOpenedFileInbox();
// Set once the app has started; until then a quit has no session to close.
let closeSession: () => Promise<void> = () => Promise.resolve();
let exitCode = 0;

// Before the single-instance lock, which is keyed on the userData folder.
const userDataDir = userDataDirFromArgv(process.argv, process.cwd());
if (userDataDir !== undefined) app.setPath('userData', userDataDir);
// Decided once, here: where the data lives, and whether this start runs from a stick.
const dataFolder = resolveDataFolder(process.argv, process.env, app.getPath('userData'));
// On a stick, Electron's own files (window state, caches, the instance lock) stay on the stick too, not in
// the borrowed laptop's profile.
if (dataFolder.portable && userDataDir === undefined) app.setPath('userData', dataFolder.dir);
const windowStates = createWindowStateKeeper((state) => saveWindowState(windowStatePath(app.getPath('userData')), state));
const quitting = createQuitSequence({
  captureWindowState: () => windowStates.capture(mainWindow),
  flushWindowState: () => windowStates.flush(),
  closeSession: () => closeSession(),
  quit: () => (exitCode === 0 ? app.quit() : app.exit(exitCode)),
});

// Checked first of all: a packaged build does not run with a debugger attached or without its sandbox.
const locks = shellLocks(app.isPackaged, TEST_BUILD);
const refused = refusedSwitches(process.argv, locks.refusesOutsideControl);
if (refused.length > 0) {
  const t = createTranslator(languageFromEnvironment(process.env));
  process.stderr.write(`draaiboek: ${t('ui.startRefusedSwitches', { switches: refused.join(' ') })}\n`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => revealMainWindow());
  app.on('window-all-closed', () => app.quit());
  // Every quit (menu, last window closed, the OS logging out) saves the window state, then closes the session.
  app.on('before-quit', quitting.onBeforeQuit);
  collectOpenedBundles(app, process.argv, process.cwd(), openedBundles, (path) => {
    emitToWindows('sync.opened', { fileName: basename(path) });
    revealMainWindow();
  });
  void app.whenReady().then(start).catch(fail);
}

/** Bring the window forward for the user: restored if minimized, focused. Not shown before it has painted. */
function revealMainWindow(): void {
  if (mainWindow === undefined || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function fail(error: unknown): void {
  const t = createTranslator(languageFromLocale(app.getLocale()));
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(t('ui.startFailed.title'), t('ui.startFailed.body', { detail }));
  // The normal quit path, so the data folder's lock is released; it ends with this exit code.
  exitCode = 1;
  app.quit();
}

async function start(): Promise<void> {
  hardenSessions();
  serveRenderer(join(here, '../renderer'));

  const defaultLanguage = languageFromLocale(app.getLocale());
  const dataDir = dataFolder.dir;
  // Dialogs, confirmations and the menu ask it for a translator each time, so a switch in the page reaches them at once.
  const language = createLanguageOwner(dataDir, defaultLanguage);
  const passphrases = createPassphraseBox(initialGuiPassphrase(process.env, !locks.passphraseFromEnvironment));
  const platform = {
    ...createElectronPlatform(passphrases, () => language.translator(), () => mainWindow, { portable: dataFolder.portable }),
    takeOpenedFile: () => openedBundles.take(),
  };
  const session = createAppSession({ dataDir, platform, passphrases, portable: dataFolder.portable });
  const started = session.start();
  // Quit only after the last save is on disk and the data folder's lock is released, also mid-start.
  closeSession = () => started.catch(() => undefined).then(() => session.close());
  await started;

  await language.load();
  const handlers = createApiHandlers({ session, emit: emitToWindows, defaultLanguage, language });
  registerIpc(ipcMain, handlers, isOwnWindowSender);

  const devTools = !app.isPackaged;
  const setMenu = () =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(language.translator(), { devTools, isMac: process.platform === 'darwin' })));
  setMenu();
  language.onChange(setMenu);
  language.onChange(() => mainWindow?.setTitle(windowTitle(language.translator(), dataFolder.portable)));

  const state = visibleOn(await loadWindowState(windowStatePath(app.getPath('userData'))), screen.getAllDisplays().map((display) => display.workArea));
  if (quitting.isQuitting()) return;
  const window = createMainWindow(BrowserWindow, {
    preloadPath: join(here, '../preload/index.cjs'),
    state,
    title: windowTitle(language.translator(), dataFolder.portable),
    devTools,
  });
  mainWindow = window;
  // Main names the window (the page's <title> would drop the portable note).
  window.on('page-title-updated', (event) => event.preventDefault());
  // Noted while the window still has its bounds; a quit waits for this save before the process exits.
  window.on('close', () => windowStates.capture(window));
  window.on('closed', () => {
    mainWindow = undefined;
  });
  await loadUnlessAbandoned(
    () => window.loadURL(`${APP_ORIGIN}/index.html`),
    () => quitting.isQuitting() || window.isDestroyed(),
  );
}
