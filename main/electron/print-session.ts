import { session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import { APP_ORIGIN, APP_SCHEME } from './app-protocol.js';
import { PRINT_CONTENT_SECURITY_POLICY, printTokenOf, printUrlFor } from './print-options.js';

const PRINT_PARTITION = 'draaiboek-print';

export interface PrintSession {
  readonly session: Session;
  /** Serve `html` at a one-time app:// address until `release`; nothing else is reachable from this session. */
  host(html: string): { url: string; release: () => void };
}

let shared: PrintSession | undefined;

/**
 * A separate, in-memory session for the hidden print windows. It serves documents held in memory under
 * app://draaiboek/print/<token>, cancels every other request (no network, not even the app's own files), and
 * denies every permission, so a printable reaches nothing however it is written. Made on first use, after
 * the app is ready.
 */
export function printSession(): PrintSession {
  if (shared !== undefined) return shared;
  const documents = new Map<string, string>();
  const hostedHtml = (url: string): string | undefined => {
    const token = printTokenOf(APP_ORIGIN, url);
    return token === undefined ? undefined : documents.get(token);
  };
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: hostedHtml(details.url) === undefined }));
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  printing.protocol.handle(APP_SCHEME, (request) => {
    const html = hostedHtml(request.url);
    if (html === undefined) return new Response('not found', { status: 404 });
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  shared = {
    session: printing,
    host(html) {
      const token = randomUUID();
      documents.set(token, html);
      return { url: printUrlFor(APP_ORIGIN, token), release: () => documents.delete(token) };
    },
  };
  return shared;
}
