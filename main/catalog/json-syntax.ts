import type { TextPosition } from '../../preload/contract/catalog';

export interface JsonSyntaxError {
  message: string;
  position: TextPosition;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * JSON.parse, but a failure says where: Node 20's messages carry no position, so on failure a
 * small scanner walks the text to the first offending character.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const { offset, message } = new JsonScanner(text).findError();
    return { ok: false, error: { message, position: positionAt(text, offset) } };
  }
}

function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  private offset = 0;

  constructor(private readonly text: string) {}

  findError(): { offset: number; message: string } {
    try {
      this.value();
      this.skipWhitespace();
      if (this.offset < this.text.length) {
        this.fail(`Unexpected ${this.describeHere()} after the JSON value`);
      }
      return { offset: this.offset, message: 'Invalid JSON' };
    } catch (error) {
      if (error instanceof SyntaxProblem) return error;
      // Recursion ran out of stack: nesting deeper than anyone writes by hand.
      if (error instanceof RangeError)
        return { offset: 0, message: 'Invalid JSON, nested too deeply to locate' };
      throw error;
    }
  }

  private value(): void {
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.offset));
    if (literal) {
      this.offset += literal.length;
      return;
    }
    this.fail(`Expected a value but found ${this.describeHere()}`);
  }

  private object(): void {
    this.offset += 1;
    this.skipWhitespace();
    if (this.text[this.offset] === '}') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') {
        this.fail(`Expected a property name in double quotes but found ${this.describeHere()}`);
      }
      this.string();
      this.skipWhitespace();
      this.expect(':');
      this.value();
      if (this.endOfList('}')) return;
    }
  }

  private array(): void {
    this.offset += 1;
    this.skipWhitespace();
    if (this.text[this.offset] === ']') {
      this.offset += 1;
      return;
    }
    for (;;) {
      this.value();
      if (this.endOfList(']')) return;
    }
  }

  /** After an item: true at the closing bracket, false after a comma, a problem otherwise. */
  private endOfList(closing: string): boolean {
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char === closing || char === ',') {
      this.offset += 1;
      return char === closing;
    }
    return this.fail(`Expected ',' or '${closing}' but found ${this.describeHere()}`);
  }

  private string(): void {
    const start = this.offset;
    this.offset += 1;
    while (this.offset < this.text.length) {
      const char = this.text[this.offset];
      if (char === '"') {
        this.offset += 1;
        return;
      }
      if (char === '\\') {
        STRING_ESCAPE.lastIndex = this.offset;
        if (!STRING_ESCAPE.test(this.text)) this.fail('Invalid escape sequence in a string');
        this.offset = STRING_ESCAPE.lastIndex;
      } else if (char !== undefined && char < ' ') {
        this.fail('Line breaks and control characters must be escaped in a string');
      } else {
        this.offset += 1;
      }
    }
    this.offset = start;
    this.fail('This string is never closed');
  }

  private number(): void {
    NUMBER.lastIndex = this.offset;
    if (!NUMBER.test(this.text)) this.fail('Invalid number');
    this.offset = NUMBER.lastIndex;
  }

  private expect(char: string): void {
    if (this.text[this.offset] !== char) {
      this.fail(`Expected '${char}' but found ${this.describeHere()}`);
    }
    this.offset += 1;
  }

  private skipWhitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.offset] ?? '')) this.offset += 1;
  }

  private describeHere(): string {
    const char = this.text[this.offset];
    return char === undefined ? 'the end of the text' : `'${char}'`;
  }

  private fail(message: string): never {
    throw new SyntaxProblem(this.offset, message);
  }
}
