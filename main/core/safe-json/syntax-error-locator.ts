/**
 * A strict, step-by-step JSON grammar check that says where text stops being JSON. It runs only after native
 * `JSON.parse` has refused the text, because the native messages do not always give a position, and a user
 * who opens a damaged file in an editor needs the line and column.
 */

export interface SyntaxErrorLocation {
  /** Offset in UTF-16 code units from the start of the text (after a dropped byte order mark). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  reason: string;
}

type Container = 'object' | 'array';

class JsonGrammarError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

class GrammarCursor {
  offset = 0;

  constructor(private readonly text: string) {}

  get atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  peek(): number {
    return this.text.charCodeAt(this.offset);
  }

  skipWhitespace(): void {
    while (!this.atEnd && isWhitespace(this.peek())) this.offset++;
  }

  fail(reason: string, offset = this.offset): never {
    throw new JsonGrammarError(offset, this.atEnd && offset >= this.text.length ? `${reason}, but the text ends` : reason);
  }

  expectChar(char: string, reason: string): void {
    if (this.atEnd || this.text[this.offset] !== char) this.fail(reason);
    this.offset++;
  }

  readString(): void {
    const start = this.offset;
    this.expectChar('"', 'expected a string');
    for (;;) {
      if (this.atEnd) this.fail('unterminated string', start);
      const code = this.peek();
      if (code === 0x22) {
        this.offset++;
        return;
      }
      if (code < 0x20) this.fail('control character inside a string must be escaped');
      if (code === 0x5c) {
        this.offset++;
        if (this.atEnd) this.fail('unterminated escape in a string', start);
        const escaped = this.text[this.offset] ?? '';
        if (escaped === 'u') {
          for (let digit = 1; digit <= 4; digit++) {
            if (!isHexDigit(this.text.charCodeAt(this.offset + digit))) this.fail('\\u must be followed by four hex digits', this.offset - 1);
          }
          this.offset += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escaped)) this.fail(`invalid escape \\${escaped}`, this.offset - 1);
      }
      this.offset++;
    }
  }

  readDigits(reason: string): void {
    if (this.atEnd || !isDigit(this.peek())) this.fail(reason);
    while (!this.atEnd && isDigit(this.peek())) this.offset++;
  }

  readNumber(): void {
    if (this.peek() === 0x2d) this.offset++;
    if (!this.atEnd && this.peek() === 0x30) {
      this.offset++;
    } else {
      this.readDigits('expected a digit');
    }
    if (!this.atEnd && this.peek() === 0x2e) {
      this.offset++;
      this.readDigits('expected a digit after the decimal point');
    }
    if (!this.atEnd && (this.peek() === 0x65 || this.peek() === 0x45)) {
      this.offset++;
      if (!this.atEnd && (this.peek() === 0x2b || this.peek() === 0x2d)) this.offset++;
      this.readDigits('expected a digit in the exponent');
    }
  }

  readLiteral(): boolean {
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return true;
      }
    }
    return false;
  }

  /** Reads a scalar, or opens a container and returns its kind. */
  readValueStart(): Container | null {
    this.skipWhitespace();
    if (this.atEnd) this.fail('expected a value');
    const code = this.peek();
    if (code === 0x7b) {
      this.offset++;
      return 'object';
    }
    if (code === 0x5b) {
      this.offset++;
      return 'array';
    }
    if (code === 0x22) this.readString();
    else if (code === 0x2d || isDigit(code)) this.readNumber();
    else if (!this.readLiteral()) this.fail('expected a value');
    return null;
  }

  readKey(): void {
    this.skipWhitespace();
    if (this.atEnd || this.peek() !== 0x22) this.fail('expected a property name in double quotes');
    this.readString();
    this.skipWhitespace();
    this.expectChar(':', "expected ':' after a property name");
  }
}

function validate(text: string): void {
  const cursor = new GrammarCursor(text);
  const open: Container[] = [];
  let container = cursor.readValueStart();

  for (;;) {
    if (container === 'object') {
      open.push('object');
      cursor.skipWhitespace();
      if (!cursor.atEnd && cursor.peek() === 0x7d) {
        cursor.offset++;
        open.pop();
      } else {
        cursor.readKey();
        container = cursor.readValueStart();
        continue;
      }
    } else if (container === 'array') {
      open.push('array');
      cursor.skipWhitespace();
      if (!cursor.atEnd && cursor.peek() === 0x5d) {
        cursor.offset++;
        open.pop();
      } else {
        container = cursor.readValueStart();
        continue;
      }
    }

    // A value has just ended: continue the enclosing container, or close it.
    cursor.skipWhitespace();
    const enclosing = open[open.length - 1];
    if (enclosing === undefined) {
      if (!cursor.atEnd) cursor.fail('unexpected text after the end of the JSON value');
      return;
    }
    const closer = enclosing === 'object' ? '}' : ']';
    if (cursor.atEnd) cursor.fail(`expected ',' or '${closer}'`);
    const code = cursor.peek();
    if (code === 0x2c) {
      cursor.offset++;
      if (enclosing === 'object') cursor.readKey();
      container = cursor.readValueStart();
    } else if (text[cursor.offset] === closer) {
      cursor.offset++;
      open.pop();
      container = null;
    } else {
      cursor.fail(`expected ',' or '${closer}'`);
    }
  }
}

export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  while (newline !== -1 && newline < offset) {
    line++;
    lineStart = newline + 1;
    newline = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the text first breaks the JSON grammar (RFC 8259), or null when it is valid JSON. */
export function locateSyntaxError(text: string): SyntaxErrorLocation | null {
  try {
    validate(text);
    return null;
  } catch (error) {
    if (!(error instanceof JsonGrammarError)) throw error;
    return { offset: error.offset, ...lineAndColumnAt(text, error.offset), reason: error.reason };
  }
}
