import type { BrowserWindowConstructorOptions } from 'electron';

export type SecureWebPreferences = NonNullable<BrowserWindowConstructorOptions['webPreferences']>;

/** The webPreferences of every Draaiboek window (ARCHITECTURE section 7); tests run with these same settings. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): SecureWebPreferences {
  return {
    preload: preloadPath,
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
    devTools: options.devTools,
  };
}
