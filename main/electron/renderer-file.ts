import { isAbsolute, join, normalize, relative } from 'node:path';

/** A request whose address cannot be read (a malformed `%` escape): answered 400, not with an exception. */
export class MalformedRequestError extends Error {}

/**
 * The file a request for app://draaiboek/... maps to, or undefined when it lies outside the renderer folder.
 * Throws MalformedRequestError for an address that cannot be decoded.
 */
export function rendererFileFor(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL;
  let path: string;
  try {
    url = new URL(requestUrl);
    path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    throw new MalformedRequestError(`malformed address: ${requestUrl}`);
  }
  if (url.protocol !== 'app:' || url.host !== 'draaiboek') return undefined;
  const wanted = normalize(path);
  const file = join(rendererDir, wanted);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}
