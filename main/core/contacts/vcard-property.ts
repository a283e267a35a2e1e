import { decodeCharset, decodeQuotedPrintable } from './quoted-printable.js';
import { nameAndParamsEnd } from './vcard-lines.js';

/** One property of a vCard: upper-case name, parameters (upper-case names, values as written) and raw value. */
export interface VcardProperty {
  readonly name: string;
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly rawValue: string;
}

/** vCard 2.1 writes bare parameters (`TEL;CELL;WORK:`); these bare words are encodings, the rest are types. */
const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B']);

/** Splits on a separator outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

function addParam(params: Map<string, string[]>, name: string, values: readonly string[]): void {
  const list = params.get(name) ?? [];
  list.push(...values);
  params.set(name, list);
}

/** Parses `group.NAME;PARAM=a,b;BARE:value`; undefined for a line that is not a property. */
export function parseVcardProperty(text: string): VcardProperty | undefined {
  const end = nameAndParamsEnd(text);
  if (end <= 0) return undefined;
  const [rawName = '', ...rawParams] = splitOutsideQuotes(text.slice(0, end), ';');
  const name = rawName.trim().replace(/^.*\./, '').toUpperCase();
  if (name === '') return undefined;
  const params = new Map<string, string[]>();
  for (const rawParam of rawParams) {
    const equals = rawParam.indexOf('=');
    if (equals === -1) {
      const word = rawParam.trim().toUpperCase();
      if (word === '') continue;
      addParam(params, bareEncodings.has(word) ? 'ENCODING' : 'TYPE', [word]);
      continue;
    }
    const paramName = rawParam.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(rawParam.slice(equals + 1), ',').flatMap((value) => unquote(value).split(','));
    addParam(params, paramName, values.map((value) => value.trim()).filter((value) => value !== ''));
  }
  return { name, params, rawValue: text.slice(end + 1) };
}

export function paramValues(property: VcardProperty, name: string): readonly string[] {
  return property.params.get(name) ?? [];
}

export interface DecodedValue {
  readonly value: string;
  /** The charset the value named but this runtime does not know; the value was then read as UTF-8. */
  readonly unknownCharset?: string;
}

/** The value with quoted-printable and its charset undone; text escapes are left for the field's reader. */
export function decodePropertyValue(property: VcardProperty): DecodedValue {
  const isQuotedPrintable = paramValues(property, 'ENCODING').some((value) => value.toUpperCase() === 'QUOTED-PRINTABLE');
  if (!isQuotedPrintable) return { value: property.rawValue };
  const bytes = decodeQuotedPrintable(property.rawValue);
  const charset = paramValues(property, 'CHARSET')[0] ?? 'utf-8';
  const decoded = decodeCharset(bytes, charset);
  if (decoded !== undefined) return { value: decoded };
  return { value: new TextDecoder('utf-8').decode(bytes), unknownCharset: charset };
}

/** Splits a structured value (N, ORG) on `;` that is not escaped. */
export function splitComponents(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '\\' && index + 1 < value.length) {
      current += char + (value[index + 1] ?? '');
      index += 1;
    } else if (char === ';') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Undoes text escapes: `\,` `\;` `\\` and `\n` (also `\N`) for a line break. vCard 2.1 has no `\n` (line breaks
 * travel quoted-printable there), so in a 2.1 card a backslash before n is kept as written.
 */
export function unescapeText(value: string, version = '4.0'): string {
  const escapes = version === '2.1' ? /\\([\\,;:])/g : /\\([\\,;nN])/g;
  return value.replace(escapes, (_whole, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
