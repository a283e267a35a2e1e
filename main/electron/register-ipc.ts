import type { IpcMainInvokeEvent } from 'electron';
import { apiMethods, type ApiEnvelope } from '../../shared/api.js';
import type { ApiHandlers } from '../core/api/api-handlers.js';

/** The part of ipcMain this module uses, so a test can stand in for it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

const untrustedSender: ApiEnvelope<never> = {
  ok: false,
  error: { code: 'USAGE', params: { detail: 'sender' } },
};

/**
 * Registers exactly the contract's handlers on ipcMain. Each call is answered only for our own window's
 * page (checked by `isTrustedSender`); the handler then validates the arguments against the contract.
 * Returns a function that removes them again.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: ApiHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const method of apiMethods) {
    const handler = handlers[method];
    ipcMain.handle(method, async (event, ...args) => (isTrustedSender(event) ? handler(...args) : untrustedSender));
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(method);
  };
}
