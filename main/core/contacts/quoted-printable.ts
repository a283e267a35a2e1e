/**
 * Decodes a quoted-printable value (vCard 2.1) into the bytes it stands for; the caller applies the charset.
 * Soft line breaks are already joined by the line unfolder, but a stray `=` at the end is dropped here too.
 * A malformed escape is kept literally rather than failing the whole contact.
 */
export function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length; index += 1) {
    const char = String.fromCodePoint(value.codePointAt(index) ?? 0);
    if (char === '=') {
      const hex = value.slice(index + 1, index + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        index += 2;
        continue;
      }
      if (index === value.length - 1) break;
    }
    for (const byte of encoder.encode(char)) bytes.push(byte);
    // A character outside the basic plane takes two UTF-16 units.
    index += char.length - 1;
  }
  return Uint8Array.from(bytes);
}

/** Bytes in a named charset to text; undefined when the charset is unknown to this runtime. */
export function decodeCharset(bytes: Uint8Array, charset: string): string | undefined {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return undefined;
  }
}
