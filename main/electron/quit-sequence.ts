/** The part of Electron's quit event this module uses. */
export interface QuitEvent {
  preventDefault(): void;
}

export interface QuitSteps {
  /** Note where the window is now, while it still exists (a Quit from the menu arrives before any close). */
  readonly captureWindowState: () => void;
  /** Resolves when every window state noted so far is on disk. */
  readonly flushWindowState: () => Promise<void>;
  /** The last save on disk, the data folder's lock released. */
  readonly closeSession: () => Promise<void>;
  /** Quit again, this time for real. */
  readonly quit: () => void;
}

/**
 * The quit, in order. The first quit is held back until the window state is saved and then the
 * session is closed, in that order, since the process exits right after; quits asked for meanwhile are held
 * too. Only the quit this sequence itself asks for at the end goes through. A failing step does not keep the
 * app open.
 */
export interface QuitSequence {
  /** The `before-quit` listener. */
  readonly onBeforeQuit: (event: QuitEvent) => void;
  /** True from the first quit on. */
  readonly isQuitting: () => boolean;
}

export function createQuitSequence(steps: QuitSteps): QuitSequence {
  let state: 'running' | 'closing' | 'closed' = 'running';
  const onBeforeQuit = (event: QuitEvent): void => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    void (async () => {
      try {
        steps.captureWindowState();
        await steps.flushWindowState();
      } catch {
        // A window state that could not be saved is not worth keeping the app open for.
      }
      try {
        await steps.closeSession();
      } finally {
        state = 'closed';
        steps.quit();
      }
    })().catch(() => undefined);
  };
  return { onBeforeQuit, isQuitting: () => state !== 'running' };
}

/**
 * Awaits the first page load. Quitting or closing the window while it loads rejects the load: that is the
 * user's quit taking its normal course, not a failed start, so it is no error.
 */
export async function loadUnlessAbandoned(load: () => Promise<void>, abandoned: () => boolean): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (!abandoned()) throw error;
  }
}
