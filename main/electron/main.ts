import { app, BrowserWindow, ipcMain } from 'electron';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createElectronPlatform } from './electron-platform.js';
import { hardenSessions } from './harden-contents.js';
import { registerIpc } from './register-ipc.js';
import { resolveDataDir } from './resolve-data-dir.js';
import { secureWebPreferences } from './window-options.js';
import { initDataDir } from '../core/services/init-data-dir.js';
import { openDataDir } from '../core/services/open-data-dir.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';

const here = fileURLToPath(new URL('.', import.meta.url));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  hardenSessions();
  serveRenderer(join(here, '../renderer'));
  const platform = createElectronPlatform(process.env);
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const firstStart = await access(dataDirLayout(dataDir).planFile).then(
    () => false,
    () => true,
  );
  if (firstStart) await initDataDir(dataDir, platform, { kind: 'sample' });
  const opened = await openDataDir(dataDir, platform, 'write');
  registerIpc(ipcMain, opened);
  app.on('before-quit', () => void opened.close());

  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    title: 'Draaiboek',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
