import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuitSequence, loadUnlessAbandoned, type QuitEvent } from './quit-sequence.js';
import { loadWindowState, saveWindowState, type WindowState } from './window-state.js';
import { createWindowStateKeeper, type MeasuredWindow } from './window-state-keeper.js';

function quitEvent(): QuitEvent & { prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

function measuredWindow(bounds: { x: number; y: number; width: number; height: number }, maximized = false): MeasuredWindow & { destroyed: boolean } {
  const window = { destroyed: false, isDestroyed: () => window.destroyed, isMaximized: () => maximized, getNormalBounds: () => bounds };
  return window;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('quitting', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'draaiboek-quit-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves the window state to disk before the session closes, and quits only after both', async () => {
    const path = join(dir, 'window-state.json');
    const order: string[] = [];
    const keeper = createWindowStateKeeper(async (state: WindowState) => {
      // A slow disk: the save is still under way when the quit begins.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await saveWindowState(path, state);
      order.push('window state saved');
    });
    const window = measuredWindow({ x: 20, y: 30, width: 1400, height: 900 });
    const { onBeforeQuit } = createQuitSequence({
      captureWindowState: () => keeper.capture(window),
      flushWindowState: () => keeper.flush(),
      closeSession: async () => {
        order.push(`session closing, file: ${JSON.stringify(await loadWindowState(path))}`);
      },
      quit: () => order.push('quit'),
    });

    const first = quitEvent();
    onBeforeQuit(first);
    expect(first.prevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(order).toEqual([
      'window state saved',
      'session closing, file: {"x":20,"y":30,"width":1400,"height":900,"maximized":false}',
      'quit',
    ]);
    // The quit the sequence asks for itself goes through.
    const last = quitEvent();
    onBeforeQuit(last);
    expect(last.prevented).toBe(false);
  });

  it('waits for the save the window started when it was closed, after which its bounds are gone', async () => {
    const path = join(dir, 'window-state.json');
    const order: string[] = [];
    const keeper = createWindowStateKeeper(async (state) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await saveWindowState(path, state);
      order.push('saved');
    });
    const window = measuredWindow({ x: 0, y: 0, width: 1000, height: 700 }, true);
    keeper.capture(window); // the window's `close` event
    window.destroyed = true;
    const { onBeforeQuit } = createQuitSequence({
      captureWindowState: () => keeper.capture(window),
      flushWindowState: () => keeper.flush(),
      closeSession: () => {
        order.push('session closed');
        return Promise.resolve();
      },
      quit: () => order.push('quit'),
    });
    onBeforeQuit(quitEvent());
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(order).toEqual(['saved', 'session closed', 'quit']);
    expect(await loadWindowState(path)).toEqual({ x: 0, y: 0, width: 1000, height: 700, maximized: true });
  });

  it('holds back a second quit while closing, and closes the session once', async () => {
    let closes = 0;
    let quits = 0;
    let finishClose: () => void = () => undefined;
    const { onBeforeQuit } = createQuitSequence({
      captureWindowState: () => undefined,
      flushWindowState: () => Promise.resolve(),
      closeSession: () => {
        closes += 1;
        return new Promise<void>((resolve) => {
          finishClose = resolve;
        });
      },
      quit: () => {
        quits += 1;
      },
    });
    onBeforeQuit(quitEvent());
    await settle();
    const again = quitEvent();
    onBeforeQuit(again);
    expect(again.prevented).toBe(true);
    finishClose();
    await settle();
    expect([closes, quits]).toEqual([1, 1]);
  });

  it('still closes the session and quits when the window state cannot be written', async () => {
    const order: string[] = [];
    const keeper = createWindowStateKeeper(() => Promise.reject(new Error('disk full')));
    const { onBeforeQuit } = createQuitSequence({
      captureWindowState: () => keeper.capture(measuredWindow({ x: 0, y: 0, width: 900, height: 700 })),
      flushWindowState: () => keeper.flush(),
      closeSession: () => {
        order.push('session closed');
        return Promise.resolve();
      },
      quit: () => order.push('quit'),
    });
    onBeforeQuit(quitEvent());
    await settle();
    expect(order).toEqual(['session closed', 'quit']);
  });
});

describe('the first page load', () => {
  it('is no failed start when the user quit or closed the window while it loaded', async () => {
    let closeSessionCalls = 0;
    const sequence = createQuitSequence({
      captureWindowState: () => undefined,
      flushWindowState: () => Promise.resolve(),
      closeSession: () => {
        closeSessionCalls += 1;
        return Promise.resolve();
      },
      quit: () => undefined,
    });
    // Electron rejects loadURL with ERR_ABORTED when the window goes away mid-load.
    const load = () =>
      new Promise<void>((_resolve, reject) => {
        sequence.onBeforeQuit(quitEvent());
        setTimeout(() => reject(new Error("ERR_ABORTED (-3) loading 'app://draaiboek/index.html'")), 5);
      });
    await expect(loadUnlessAbandoned(load, sequence.isQuitting)).resolves.toBeUndefined();
    await settle();
    // The normal quit path ran: the session was closed.
    expect(closeSessionCalls).toBe(1);
  });

  it('still fails the start when the load fails on its own', async () => {
    const sequence = createQuitSequence({
      captureWindowState: () => undefined,
      flushWindowState: () => Promise.resolve(),
      closeSession: () => Promise.resolve(),
      quit: () => undefined,
    });
    await expect(loadUnlessAbandoned(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND')), sequence.isQuitting)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(sequence.isQuitting()).toBe(false);
  });
});
