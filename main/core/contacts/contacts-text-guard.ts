import { DraaiboekError } from '../../../shared/errors.js';
import { MAX_CONTACTS_LINE_CHARS } from './contacts-types.js';

/** Control characters no contacts export contains; tab, line feed and carriage return are fine. */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

function countControls(text: string): { controls: number; hasNul: boolean } {
  let controls = 0;
  let hasNul = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isStrayControl(code)) controls += 1;
    if (code === 0) hasNul = true;
  }
  return { controls, hasNul };
}

/** A few stray control characters (an old DOS end-of-file mark) are tolerated; more means binary data. */
const MAX_CONTROL_SHARE = 0.001;

/** Refuses binary junk and absurdly long lines before any parser spends time on them. */
export function assertPlausibleContactsText(text: string, fileName: string): void {
  const { controls, hasNul } = countControls(text);
  if (hasNul || controls > Math.max(2, text.length * MAX_CONTROL_SHARE)) {
    throw new DraaiboekError('CONTACTS_NOT_RECOGNISED', `${fileName} holds binary data`, { fileName });
  }
  let lineStart = 0;
  let line = 1;
  while (lineStart <= text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next === -1 ? text.length : next;
    if (lineEnd - lineStart > MAX_CONTACTS_LINE_CHARS) {
      throw new DraaiboekError('CONTACTS_LINE_TOO_LONG', `line ${line} is too long`, {
        line,
        max: MAX_CONTACTS_LINE_CHARS,
      });
    }
    if (next === -1) break;
    lineStart = next + 1;
    line += 1;
  }
}
