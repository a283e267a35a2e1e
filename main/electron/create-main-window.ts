import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './window-options.js';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state.js';

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly state: WindowState;
  readonly title: string;
  /** Off in packaged builds. */
  readonly devTools: boolean;
}

/** The options of the one Draaiboek window: the remembered size and place, and every security setting. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    width: state.width,
    height: state.height,
    ...(state.x === undefined || state.y === undefined ? {} : { x: state.x, y: state.y }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  };
}

/** Every window of the app is made here, so each one gets the same webPreferences. */
export function createMainWindow(Window: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  const window = new Window(mainWindowOptions(options));
  // Maximizing the hidden window would show it at once, white, before the page has painted.
  window.once('ready-to-show', () => {
    if (options.state.maximized) window.maximize();
    window.show();
  });
  return window;
}
