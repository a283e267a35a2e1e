/*
 * A small vCard writer for tests only: it writes the three versions the way real exporters do, so the parser
 * can be checked against files whose content is known exactly.
 */

export interface CardToWrite {
  readonly name: string;
  readonly phones: readonly { number: string; type: 'cell' | 'work' | 'home' }[];
}

export type VcardVersion = '2.1' | '3.0' | '4.0';

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
}

/** RFC 6350 folding: at most 75 UTF-8 octets a line, never splitting a character, continuation starts with a space. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Quoted-printable of the UTF-8 bytes, with soft line breaks so no line passes 76 characters. */
function quotedPrintable(prefix: string, value: string): string {
  const tokens = [...new TextEncoder().encode(value)].map((byte) =>
    byte >= 0x21 && byte <= 0x7e && byte !== 0x3d ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const lines: string[] = [];
  let current = prefix;
  for (const token of tokens) {
    if (current.length + token.length > 75) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function telephone(version: VcardVersion, phone: CardToWrite['phones'][number]): string {
  if (version === '2.1') return `TEL;${phone.type.toUpperCase()};VOICE:${phone.number}`;
  if (version === '3.0') return `TEL;TYPE=${phone.type.toUpperCase()},VOICE:${phone.number}`;
  return `TEL;VALUE=uri;TYPE="${phone.type},voice":tel:${phone.number}`;
}

export function serialiseVcards(cards: readonly CardToWrite[], version: VcardVersion): string {
  const lines: string[] = [];
  for (const card of cards) {
    lines.push('BEGIN:VCARD', `VERSION:${version}`);
    // vCard 2.1 writers escape only the backslash and the semicolon; the rest is quoted-printable's work.
    const escaped21 = card.name.replace(/\\/g, '\\\\').replace(/;/g, '\\;');
    if (version === '2.1') lines.push(quotedPrintable('FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:', escaped21));
    else lines.push(fold(`FN:${escapeText(card.name)}`));
    for (const phone of card.phones) lines.push(fold(telephone(version, phone)));
    lines.push('END:VCARD');
  }
  return `${lines.join('\r\n')}\r\n`;
}
