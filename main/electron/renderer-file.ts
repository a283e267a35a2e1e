import { isAbsolute, join, normalize, relative } from 'node:path';

/** The file a request for app://draaiboek/... maps to, or undefined when it lies outside the renderer folder. */
export function rendererFileFor(rendererDir: string, requestUrl: string): string | undefined {
  const url = new URL(requestUrl);
  if (url.protocol !== 'app:' || url.host !== 'draaiboek') return undefined;
  const wanted = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
  const file = join(rendererDir, wanted);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}
