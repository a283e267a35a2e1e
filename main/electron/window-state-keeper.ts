import type { WindowState } from './window-state.js';

/** The part of a BrowserWindow whose size and place are kept. */
export interface MeasuredWindow {
  isDestroyed(): boolean;
  isMaximized(): boolean;
  getNormalBounds(): { x: number; y: number; width: number; height: number };
}

export interface WindowStateKeeper {
  /** Note the window's size and place now and start saving them; later notes are saved after earlier ones. */
  capture(window: MeasuredWindow | undefined): void;
  /** Resolves when every note so far is on disk (or failed to be written). */
  flush(): Promise<void>;
}

/**
 * Saves the main window's state without racing itself: a close and a quit both note the state, and the quit
 * waits for the saves (flush) before the process exits. Notes of a destroyed window are ignored: its bounds
 * are gone.
 */
export function createWindowStateKeeper(save: (state: WindowState) => Promise<void>): WindowStateKeeper {
  let pending: Promise<void> = Promise.resolve();
  let last: string | undefined;
  return {
    capture(window) {
      if (window === undefined || window.isDestroyed()) return;
      const { x, y, width, height } = window.getNormalBounds();
      const state: WindowState = { x, y, width, height, maximized: window.isMaximized() };
      const key = JSON.stringify(state);
      if (key === last) return;
      last = key;
      pending = pending.then(() => save(state)).catch(() => undefined);
    },
    flush: () => pending,
  };
}
