import type { Page } from '@playwright/test';
import { extname, join } from 'node:path';
import { apiEvents, apiMethods, subscribeFunctionName, type ApiEvent } from '../../shared/api-methods.js';
import type { ApiEventPayload } from '../../shared/api.js';
import { createApiHandlers, type ApiHandlers } from '../../main/core/api/api-handlers.js';
import { createAppSession, type AppSession } from '../../main/core/api/app-session.js';
import { createPassphraseBox } from '../../main/core/data-dir/passphrase-box.js';
import { testPlatform } from '../../main/core/test-support/temp-data-dir.js';
import type { ConfirmRequest, Platform } from '../../main/core/platform.js';
import { renderPdfWithChromium } from './chromium-print.js';

export function bindingName(method: string): string {
  return `__draaiboek_${method.replace('.', '_')}`;
}

/** The events the page can subscribe to, as the preload builds them: `plan.changed` -> plan.onChanged. */
const eventNames = apiEvents.map((event) => ({ event, namespace: event.split('.')[0] ?? '', subscribe: subscribeFunctionName(event) }));

export interface ChromiumBridge {
  readonly session: AppSession;
  readonly handlers: ApiHandlers;
  /** Sends a contract event into the page, as main does. */
  emit<E extends ApiEvent>(event: E, payload: ApiEventPayload<E>): void;
  close(): Promise<void>;
}

/** What the e2e tests stub on the host side: the file the "open file" dialog answers with. */
export interface HostStubs {
  nextChosenFile: string | undefined;
  /** The folder the next "choose folder" dialog answers with (a USB stick); undefined answers "cancel". */
  nextChosenFolder?: string | undefined;
  /** Files the OS asked the app to open (a double-clicked bundle), oldest first. */
  openedFiles?: string[];
  /** The "save as" dialog saves here under the suggested name (made unique); undefined answers "cancel". */
  saveFolder?: string | undefined;
  /** Every path the "save as" dialog answered, oldest first. */
  savedPaths?: string[];
  /** Every document sent to the system print dialog, oldest first; the dialog answers "print". */
  printed?: string[];
  /** The user's answers to main's next questions (trust a signer, write unencrypted), oldest first; none left is "no". */
  confirmAnswers?: boolean[];
  /** Every question main asked, oldest first. */
  confirmed?: ConfirmRequest[];
}

/** `name.pdf`, then `name (2).pdf`, ...: two saves of the same document both stay for the test to read. */
function uniqueSavePath(folder: string, suggestedName: string, taken: readonly string[]): string {
  const extension = extname(suggestedName);
  const stem = suggestedName.slice(0, suggestedName.length - extension.length);
  for (let attempt = 1; ; attempt += 1) {
    const path = join(folder, attempt === 1 ? suggestedName : `${stem} (${attempt})${extension}`);
    if (!taken.includes(path)) return path;
  }
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
    chooseSaveFile: (request) => {
      if (stubs.saveFolder === undefined) return Promise.resolve(undefined);
      const saved = (stubs.savedPaths ??= []);
      const path = uniqueSavePath(stubs.saveFolder, request.suggestedName, saved);
      saved.push(path);
      return Promise.resolve(path);
    },
    renderPdf: (html) => {
      const browser = page.context().browser();
      if (browser === null) return Promise.reject(new Error('no browser to render the PDF with'));
      return renderPdfWithChromium(browser, html);
    },
    chooseFolder: () => {
      const chosen = stubs.nextChosenFolder;
      stubs.nextChosenFolder = undefined;
      return Promise.resolve(chosen);
    },
    takeOpenedFile: () => stubs.openedFiles?.shift(),
    printHtml: (html) => {
      (stubs.printed ??= []).push(html);
      return Promise.resolve(true);
    },
    // Main's own question, answered from the test's side; nothing in the page can reach it.
    confirm: (request) => {
      (stubs.confirmed ??= []).push(request);
      return Promise.resolve(stubs.confirmAnswers?.shift() ?? false);
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
  return { session, handlers, emit, close: () => session.close() };
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
