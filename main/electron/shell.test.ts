import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiMethods, type ApiEnvelope } from '../../shared/api.js';
import { createTranslator } from '../../shared/i18n/index.js';
import type { ApiHandlers } from '../core/api/api-handlers.js';
import { appMenuTemplate } from './app-menu.js';
import { createMainWindow, type BrowserWindowClass } from './create-main-window.js';
import { registerIpc, type IpcMainLike } from './register-ipc.js';
import { rendererFileFor } from './renderer-file.js';
import { resolveDataFolder, userDataDirFromArgv } from './resolve-data-dir.js';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState, visibleOn } from './window-state.js';

function fakeWindowClass(): { Window: BrowserWindowClass; made: BrowserWindowConstructorOptions[]; calls: string[]; emit: (event: string) => void } {
  const made: BrowserWindowConstructorOptions[] = [];
  const calls: string[] = [];
  const listeners = new Map<string, () => void>();
  class FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      made.push(options);
    }
    maximize() {
      calls.push('maximize');
    }
    once(event: string, listener: () => void) {
      listeners.set(event, listener);
    }
    show() {
      calls.push('show');
    }
  }
  const emit = (event: string) => listeners.get(event)?.();
  return { Window: FakeWindow as unknown as BrowserWindowClass, made, calls, emit };
}

describe('the window factory', () => {
  it('gives every window the webPreferences of ARCHITECTURE section 7', () => {
    const { Window, made } = fakeWindowClass();
    createMainWindow(Window, { preloadPath: '/app/preload/index.cjs', state: DEFAULT_WINDOW_STATE, title: 'Draaiboek', devTools: false });
    expect(made).toHaveLength(1);
    expect(made[0]?.webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('opens where the window was last time', () => {
    const { Window, made } = fakeWindowClass();
    createMainWindow(Window, { preloadPath: 'p', state: { x: 40, y: 50, width: 1000, height: 700, maximized: false }, title: 'Draaiboek', devTools: true });
    expect(made[0]).toMatchObject({ x: 40, y: 50, width: 1000, height: 700, show: false });
    expect(made[0]?.webPreferences?.devTools).toBe(true);
  });

  it('maximizes a window that was maximized only when it is ready to show, just before showing it', () => {
    const { Window, calls, emit } = fakeWindowClass();
    createMainWindow(Window, { preloadPath: 'p', state: { width: 1000, height: 700, maximized: true }, title: 'Draaiboek', devTools: false });
    // A hidden window that is maximized appears at once, white, before the page has painted.
    expect(calls).toEqual([]);
    emit('ready-to-show');
    expect(calls).toEqual(['maximize', 'show']);
  });
});

describe('the remembered window state', () => {
  it('survives a restart, and a damaged file or an unplugged screen falls back to the default', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'draaiboek-window-'));
    try {
      const path = join(dir, 'window-state.json');
      expect(await loadWindowState(path)).toEqual(DEFAULT_WINDOW_STATE);
      await saveWindowState(path, { x: 100, y: 80, width: 1100, height: 750, maximized: true });
      expect(await loadWindowState(path)).toEqual({ x: 100, y: 80, width: 1100, height: 750, maximized: true });
      await writeFile(path, '{"width": 3}');
      expect(await loadWindowState(path)).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const offScreen = { x: 5000, y: 80, width: 1100, height: 750, maximized: false };
    expect(visibleOn(offScreen, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual({ width: 1100, height: 750, maximized: false });
  });
});

describe('IPC registration', () => {
  function fakeIpc() {
    const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike = {
      handle: (channel, listener) => void listeners.set(channel, listener),
      removeHandler: (channel) => void listeners.delete(channel),
    };
    return { ipc, listeners };
  }
  const handlers = Object.fromEntries(
    apiMethods.map((method) => [method, (...args: unknown[]) => Promise.resolve({ ok: true, value: { method, args } })]),
  ) as unknown as ApiHandlers;
  const event = {} as IpcMainInvokeEvent;

  it('registers exactly the contract methods and forwards the arguments to the handler', async () => {
    const { ipc, listeners } = fakeIpc();
    const remove = registerIpc(ipc, handlers, () => true);
    expect([...listeners.keys()].sort()).toEqual([...apiMethods].sort());
    expect(await listeners.get('history.revision')?.(event, 7)).toEqual({ ok: true, value: { method: 'history.revision', args: [7] } });
    remove();
    expect(listeners.size).toBe(0);
  });

  it('answers a sender that is not our window with an error and never calls the handler', async () => {
    const { ipc, listeners } = fakeIpc();
    registerIpc(ipc, handlers, () => false);
    const answer = (await listeners.get('plan.apply')?.(event, [])) as ApiEnvelope<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });
});

describe('the shell', () => {
  it('serves only files inside the renderer folder from app://draaiboek', () => {
    expect(rendererFileFor('/app/renderer', 'app://draaiboek/')).toBe('/app/renderer/index.html');
    expect(rendererFileFor('/app/renderer', 'app://draaiboek/assets/index.js')).toBe('/app/renderer/assets/index.js');
    // An encoded way up stays inside the folder.
    expect(rendererFileFor('/app/renderer', 'app://draaiboek/..%2F..%2Fetc%2Fpasswd')).toBe('/app/renderer/etc/passwd');
    expect(rendererFileFor('/app/renderer', 'app://elsewhere/index.html')).toBeUndefined();
  });

  it('takes the data folder from --data-dir, then DRAAIBOEK_DATA_DIR, then userData', () => {
    expect(resolveDataFolder(['electron', '.', '--data-dir', '/tmp/a'], { DRAAIBOEK_DATA_DIR: '/tmp/b' }, '/user').dir).toBe('/tmp/a');
    expect(resolveDataFolder(['electron', '.'], { DRAAIBOEK_DATA_DIR: '/tmp/b' }, '/user').dir).toBe('/tmp/b');
    expect(resolveDataFolder(['electron', '.'], {}, '/user')).toEqual({ kind: 'installed', dir: '/user', portable: false });
  });

  it('takes the userData folder from --user-data-dir, resolved against the working folder', () => {
    expect(userDataDirFromArgv(['electron', 'out/main/index.js', '--user-data-dir', 'profiel'], '/home/a')).toBe('/home/a/profiel');
    expect(userDataDirFromArgv(['draaiboek', '--user-data-dir=/tmp/e2e-1/user'], '/home/a')).toBe('/tmp/e2e-1/user');
    expect(userDataDirFromArgv(['draaiboek', '--data-dir', '/tmp/d'], '/home/a')).toBeUndefined();
    expect(userDataDirFromArgv(['draaiboek', '--user-data-dir='], '/home/a')).toBeUndefined();
  });

  it('has a Dutch application menu, with the developer tools only in a development build', () => {
    const packaged = appMenuTemplate(createTranslator('nl'), { devTools: false, isMac: false });
    expect(packaged.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(packaged[4]?.submenu).toEqual([{ role: 'about', label: 'Over Draaiboek (versie)' }]);
    const view = packaged[2]?.submenu as { role?: string }[];
    expect(view.some((item) => item.role === 'toggleDevTools')).toBe(false);
    const development = appMenuTemplate(createTranslator('nl'), { devTools: true, isMac: false });
    expect((development[2]?.submenu as { role?: string }[]).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});
