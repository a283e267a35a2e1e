import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../core/fs/durable-write.js';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 600;

const windowStateSchema = z.strictObject({
  x: z.number().int().min(-100_000).max(100_000).optional(),
  y: z.number().int().min(-100_000).max(100_000).optional(),
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

export function windowStatePath(userData: string): string {
  return join(userData, 'window-state.json');
}

/** Where the window was last time; a missing or odd file means the default size, centred. */
export async function loadWindowState(path: string): Promise<WindowState> {
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > 4096) return DEFAULT_WINDOW_STATE;
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(path: string, state: WindowState): Promise<void> {
  return writeFileDurably(path, `${JSON.stringify(windowStateSchema.parse(state))}\n`);
}

/** A saved position is used only when it still lies on a screen (a monitor may have been unplugged). */
export function visibleOn(
  state: WindowState,
  workAreas: readonly { x: number; y: number; width: number; height: number }[],
): WindowState {
  const { x, y } = state;
  if (x === undefined || y === undefined) return state;
  const onScreen = workAreas.some(
    (area) => x + 100 > area.x && y >= area.y && x < area.x + area.width - 100 && y < area.y + area.height - 50,
  );
  return onScreen ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
