/*
 * Contacts exports arrive in whatever encoding the exporting program liked: Google writes UTF-8, Outlook on a
 * Dutch Windows writes Windows-1252 ("ANSI"), some vCard tools write UTF-16 with a byte order mark.
 */

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Every byte sequence is valid Windows-1252, so this fallback never fails; junk is caught by the text checks.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The text of a contacts file, without byte order mark. */
export function decodeContactsText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else text = decodeUtf8OrWindows1252(bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
