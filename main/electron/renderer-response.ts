import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { MalformedRequestError, rendererFileFor } from './renderer-file.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function plainAnswer(status: 400 | 404, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

const notFound = () => plainAnswer(404, 'not found');

/**
 * The answer to a request for app://draaiboek/...: the file read with `fs` into a `Response`. Not `net.fetch`
 * of a file: URL, because whether such a fetch passes through `session.webRequest` depends on the Electron
 * version, and the shell cancels every request there (harden-contents), which would leave the window blank.
 */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  let file: string | undefined;
  try {
    file = rendererFileFor(rendererDir, requestUrl);
  } catch (error) {
    // A handler that throws makes Chromium report ERR_UNEXPECTED; a bad address is the client's error.
    if (error instanceof MalformedRequestError) return plainAnswer(400, 'bad request');
    throw error;
  }
  if (file === undefined) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
