import { BrowserWindow } from 'electron';
import { eventChannel, type ApiEvent } from '../../shared/api-methods.js';
import type { ApiEventPayload } from '../../shared/api.js';

/** Sends a contract event to the page of every open window. */
export function emitToWindows<E extends ApiEvent>(event: E, payload: ApiEventPayload<E>): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
  }
}
