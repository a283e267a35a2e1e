import { DraaiboekError } from '../../../shared/errors.js';
import { MAX_VCARD_CONTINUATIONS, MAX_VCARD_ENTRY_CHARS } from './contacts-types.js';

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

const QUOTED_PRINTABLE_PARAM = /;\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\b/i;

function capExceeded(code: 'CONTACTS_ENTRY_TOO_LONG' | 'CONTACTS_TOO_MANY_CONTINUATIONS', line: number, max: number): DraaiboekError {
  return new DraaiboekError(code, `the entry starting on line ${line} continues past ${max}`, { line, max });
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const COLON = 0x3a;

/**
 * One logical line as it is built: the ranges of the text it is made of, joined once at the end, and its head
 * (name and parameters) found by looking at each range once, so every physical line costs its own length and
 * nothing is copied before the line is complete.
 */
class LogicalLine {
  /** Start and end offsets into the text, in pairs; empty ranges are left out. */
  private readonly ranges: number[] = [];
  private length = 0;
  private continuations = 0;
  private quotedInHead = false;
  /** Whether the value is quoted-printable; undefined until the colon that ends the head is seen. */
  private quotedPrintable: boolean | undefined;
  /** The line ends in a quoted-printable soft break: the next physical line continues the value as it stands. */
  softBreak = false;

  constructor(
    private readonly text: string,
    readonly line: number,
    start: number,
    end: number,
  ) {
    this.append(start, end);
    this.softBreak = this.endsInSoftBreak();
  }

  /** RFC 6350 folding: the leading space or tab is removed with the line break. */
  fold(start: number, end: number): void {
    this.countContinuation();
    this.append(start + 1, end);
    this.softBreak = this.endsInSoftBreak();
  }

  /** A quoted-printable soft break: the `=` goes, the next line follows as it stands. */
  joinSoftBreak(start: number, end: number): void {
    this.countContinuation();
    const last = this.ranges.length - 1;
    this.ranges[last] = (this.ranges[last] ?? 0) - 1;
    this.length -= 1;
    if (this.ranges[last] === this.ranges[last - 1]) this.ranges.length -= 2;
    this.append(start, end);
    this.softBreak = end > start && this.text.charCodeAt(end - 1) === EQUALS;
  }

  joined(): string {
    const pieces: string[] = [];
    for (let index = 0; index < this.ranges.length; index += 2) pieces.push(this.text.slice(this.ranges[index], this.ranges[index + 1]));
    return pieces.join('');
  }

  private countContinuation(): void {
    this.continuations += 1;
    if (this.continuations > MAX_VCARD_CONTINUATIONS) throw capExceeded('CONTACTS_TOO_MANY_CONTINUATIONS', this.line, MAX_VCARD_CONTINUATIONS);
  }

  private append(start: number, end: number): void {
    if (end <= start) return;
    this.length += end - start;
    if (this.length > MAX_VCARD_ENTRY_CHARS) throw capExceeded('CONTACTS_ENTRY_TOO_LONG', this.line, MAX_VCARD_ENTRY_CHARS);
    this.ranges.push(start, end);
    if (this.quotedPrintable === undefined) this.lookForHeadEnd(start, end);
  }

  private lookForHeadEnd(start: number, end: number): void {
    for (let index = start; index < end; index += 1) {
      const code = this.text.charCodeAt(index);
      if (code === QUOTE) this.quotedInHead = !this.quotedInHead;
      else if (code === COLON && !this.quotedInHead) {
        this.ranges[this.ranges.length - 1] = index;
        const head = this.joined();
        this.ranges[this.ranges.length - 1] = end;
        this.quotedPrintable = QUOTED_PRINTABLE_PARAM.test(head);
        return;
      }
    }
  }

  /** Soft breaks belong to quoted-printable values: a line without its colon yet is no property value. */
  private endsInSoftBreak(): boolean {
    const end = this.ranges[this.ranges.length - 1];
    return this.quotedPrintable === true && end !== undefined && this.text.charCodeAt(end - 1) === EQUALS;
  }
}

/** Where each physical line ends and the next begins, for CR LF, CR and LF alike, without copying any line. */
class PhysicalLines {
  private nextCr = -1;
  private nextLf = -1;
  start = 0;
  end = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next line; false past the last one. Each search resumes where the last found nothing earlier. */
  next(from: number): boolean {
    if (from > this.text.length) return false;
    if (this.nextCr !== Number.MAX_SAFE_INTEGER && this.nextCr < from) this.nextCr = this.find('\r', from);
    if (this.nextLf !== Number.MAX_SAFE_INTEGER && this.nextLf < from) this.nextLf = this.find('\n', from);
    this.start = from;
    this.end = Math.min(this.nextCr, this.nextLf, this.text.length);
    return true;
  }

  /** Where the line after the current one starts. */
  following(): number {
    if (this.end >= this.text.length) return this.text.length + 1;
    return this.text.charCodeAt(this.end) === CR && this.text.charCodeAt(this.end + 1) === LF ? this.end + 2 : this.end + 1;
  }

  private find(char: string, from: number): number {
    const found = this.text.indexOf(char, from);
    return found === -1 ? Number.MAX_SAFE_INTEGER : found;
  }
}

/**
 * Joins folded lines: RFC 6350 folding (a line break followed by a space or tab, which is removed with it) and
 * vCard 2.1 quoted-printable soft breaks (a value ending in `=` continues on the next line as it stands).
 * Linear in the length of the text; a logical line longer than MAX_VCARD_ENTRY_CHARS or made of more than
 * MAX_VCARD_CONTINUATIONS continuations is refused, as no address book writes one.
 */
export function unfoldVcardLines(text: string): VcardLine[] {
  const logical: VcardLine[] = [];
  const lines = new PhysicalLines(text);
  let current: LogicalLine | undefined;
  const finish = (): void => {
    if (current === undefined) return;
    const joined = current.joined();
    if (joined.trim() !== '') logical.push({ text: joined, line: current.line });
  };
  let lineNumber = 1;
  for (let from = 0; lines.next(from); from = lines.following(), lineNumber += 1) {
    const { start, end } = lines;
    const first = start < end ? text.charCodeAt(start) : -1;
    if (current?.softBreak === true) current.joinSoftBreak(start, end);
    else if (current !== undefined && (first === SPACE || first === TAB)) current.fold(start, end);
    else {
      finish();
      current = new LogicalLine(text, lineNumber, start, end);
    }
  }
  finish();
  return logical;
}
