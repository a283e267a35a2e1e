import { protocol } from 'electron';
import { rendererResponse } from './renderer-response.js';

import { APP_SCHEME } from './app-origin.js';

export { APP_ORIGIN, APP_SCHEME } from './app-origin.js';


/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serve the built renderer from app://draaiboek/, never from file://, and nothing outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
