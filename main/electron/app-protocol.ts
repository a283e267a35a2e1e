import { protocol } from 'electron';
import { rendererResponse } from './renderer-response.js';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://draaiboek`;


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
