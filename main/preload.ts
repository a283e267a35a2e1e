import { contextBridge, ipcRenderer } from 'electron';
import { apiMethods } from '../shared/api-methods.js';

/**
 * Builds `window.draaiboek` from the contract's method names and nothing else: the page never sees
 * ipcRenderer, only one named function per method.
 */
const bridge: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const method of apiMethods) {
  const [namespace, name] = method.split('.') as [string, string];
  bridge[namespace] ??= {};
  bridge[namespace][name] = (...args: unknown[]) => ipcRenderer.invoke(method, ...args);
}
contextBridge.exposeInMainWorld('draaiboek', bridge);
