import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiEvents, apiMethods, eventChannel, subscribeFunctionName } from '../shared/api-methods.js';

/**
 * Builds `window.draaiboek` from the contract's names and nothing else: the page never sees ipcRenderer,
 * only one named function per method and one subscribe function per event (which returns its unsubscribe).
 */
type BridgeFunction = (...args: never[]) => unknown;
const bridge: Record<string, Record<string, BridgeFunction>> = {};

for (const method of apiMethods) {
  const [namespace, name] = method.split('.') as [string, string];
  bridge[namespace] ??= {};
  bridge[namespace][name] = (...args: unknown[]) => ipcRenderer.invoke(method, ...args);
}

for (const event of apiEvents) {
  const [namespace] = event.split('.') as [string];
  bridge[namespace] ??= {};
  bridge[namespace][subscribeFunctionName(event)] = (listener: (payload: unknown) => void) => {
    // The page gets the payload only, never the IPC event and its sender.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), forward);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), forward);
    };
  };
}

contextBridge.exposeInMainWorld('draaiboek', bridge);
