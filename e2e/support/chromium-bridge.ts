import type { Page } from '@playwright/test';
import { apiEvents, apiMethods, subscribeFunctionName, type ApiEvent } from '../../shared/api-methods.js';
import type { ApiEventPayload } from '../../shared/api.js';
import { createApiHandlers, type ApiHandlers } from '../../main/core/services/api-handlers.js';
import { createAppSession, type AppSession } from '../../main/core/services/app-session.js';
import { createPassphraseBox } from '../../main/core/services/passphrase-box.js';
import { testPlatform } from '../../main/core/test-support/temp-data-dir.js';
import type { Platform } from '../../main/core/platform.js';

export function bindingName(method: string): string {
  return `__draaiboek_${method.replace('.', '_')}`;
}

/** The events the page can subscribe to, as the preload builds them: `plan.changed` -> plan.onChanged. */
const eventNames = apiEvents.map((event) => ({ event, namespace: event.split('.')[0] ?? '', subscribe: subscribeFunctionName(event) }));

export interface ChromiumBridge {
  readonly session: AppSession;
  readonly handlers: ApiHandlers;
  close(): Promise<void>;
}

/** What the e2e tests stub on the host side: the file the "open file" dialog answers with. */
export interface HostStubs {
  nextChosenFile: string | undefined;
}

/**
 * The page's `window.draaiboek`, bound with exposeBinding to exactly the handlers the Electron shell
 * registers on ipcMain, over the same services and a real data folder. Only the host (dialogs, the key
 * store) is a test double.
 */
export async function installChromiumBridge(page: Page, dataDir: string, stubs: HostStubs, platformBase: Platform = testPlatform()): Promise<ChromiumBridge> {
  const platform: Platform = {
    ...platformBase,
    chooseFile: () => {
      const chosen = stubs.nextChosenFile;
      stubs.nextChosenFile = undefined;
      return Promise.resolve(chosen);
    },
  };
  const session = createAppSession({ dataDir, platform, passphrases: createPassphraseBox() });
  await session.start();
  const emit = <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) => {
    // Script text, not a function: this file runs in Node, the page is the one with a window.
    void page
      .evaluate(`window.dispatchEvent(new CustomEvent(${JSON.stringify(`draaiboek:${event}`)}, { detail: ${JSON.stringify(payload)} }))`)
      .catch(() => undefined);
  };
  const handlers = createApiHandlers({ session, emit, defaultLanguage: 'nl' });
  return { session, handlers, close: () => session.close() };
}

/** Binds the handlers into the page once per page; `current` lets a restart swap the services underneath. */
export async function exposeBridge(page: Page, current: () => ApiHandlers): Promise<void> {
  for (const method of apiMethods) {
    await page.exposeBinding(bindingName(method), (_source, ...args: unknown[]) => current()[method](...args));
  }
  await page.addInitScript({ content: bridgeScript() });
}

/**
 * The page side of the bridge, as script text: it builds `window.draaiboek` with the preload's names and
 * shape, each method calling its binding, each subscription listening for the events the fixture sends.
 * Kept as text so that no tool's transform of this file can leak helpers into the page.
 */
function bridgeScript(): string {
  const methods = JSON.stringify([...apiMethods].map((method) => ({ method, binding: bindingName(method) })));
  const events = JSON.stringify(eventNames);
  return `(() => {
  const bridge = {};
  for (const { method, binding } of ${methods}) {
    const [namespace, name] = method.split('.');
    bridge[namespace] = bridge[namespace] || {};
    bridge[namespace][name] = (...args) => window[binding](...args);
  }
  for (const { event, namespace, subscribe } of ${events}) {
    bridge[namespace] = bridge[namespace] || {};
    bridge[namespace][subscribe] = (listener) => {
      const forward = (dispatched) => listener(dispatched.detail);
      window.addEventListener('draaiboek:' + event, forward);
      return () => window.removeEventListener('draaiboek:' + event, forward);
    };
  }
  for (const namespace of Object.keys(bridge)) Object.freeze(bridge[namespace]);
  Object.defineProperty(window, 'draaiboek', { value: Object.freeze(bridge), enumerable: true });
})();`;
}
