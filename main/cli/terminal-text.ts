import { translateRuntime, type MessageParams, type Translate } from '../../shared/i18n/index.js';
import { visibleText } from '../../shared/text-safety.js';

/*
 * Everything the CLI prints that is not its own catalog text came from somewhere else: a plan, a bundle, a
 * file name, an argument. Every such value reaches the terminal as a message param, so making the params safe
 * here covers them all: a control character or bidi override shows as a visible escape and cannot forge a line.
 */

function safeParams(params: MessageParams | undefined): MessageParams | undefined {
  if (params === undefined) return undefined;
  const safe: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) safe[name] = typeof value === 'string' ? visibleText(value) : value;
  return safe;
}

/** A translator whose params are shown safely; the catalog's own text (line breaks included) stays as written. */
export function terminalTranslator(t: Translate): Translate {
  return (key, ...[params]) => translateRuntime(t, key, safeParams(params));
}

// JSON.stringify escapes C0 controls but leaves C1 controls, bidi overrides and the line separators raw.
const JSON_UNESCAPED_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** JSON for the terminal: the same value when parsed, with every unsafe character written as a \u escape. */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNESCAPED_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
