/** One logical vCard line after unfolding, with the physical line (from 1) it started on. */
export interface VcardLine {
  readonly text: string;
  readonly line: number;
}

/** The part before the value: a quoted parameter may hold a colon, so the first colon outside quotes ends it. */
export function nameAndParamsEnd(text: string): number {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return index;
  }
  return -1;
}

function isQuotedPrintable(text: string): boolean {
  const end = nameAndParamsEnd(text);
  const head = end === -1 ? text : text.slice(0, end);
  return /;\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\b/i.test(head);
}

/**
 * Joins folded lines: RFC 6350 folding (a line break followed by a space or tab, which is removed with it) and
 * vCard 2.1 quoted-printable soft breaks (a value ending in `=` continues on the next line as it stands).
 */
export function unfoldVcardLines(text: string): VcardLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const logical: VcardLine[] = [];
  let current: { text: string; line: number; softBreak: boolean } | undefined;
  const finish = (): void => {
    if (current !== undefined && current.text.trim() !== '') logical.push({ text: current.text, line: current.line });
  };
  for (const [index, line] of physical.entries()) {
    if (current?.softBreak === true) {
      current.text = current.text.slice(0, -1) + line;
      current.softBreak = line.endsWith('=');
      continue;
    }
    if (current !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      current.text += line.slice(1);
      current.softBreak = current.text.endsWith('=') && isQuotedPrintable(current.text);
      continue;
    }
    finish();
    current = { text: line, line: index + 1, softBreak: line.endsWith('=') && isQuotedPrintable(line) };
  }
  finish();
  return logical;
}
