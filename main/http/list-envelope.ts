/**
 * Reads an OrderCloud list page's `Meta` and counts its `Items` straight from the bytes, without
 * building the items: "all pages" passes each page on as received, and parsing 10,000 records
 * only to count them cost main more time and memory than anything else it does for a page.
 * It checks the shape (an object with a Meta object and an Items array), not every byte of the
 * items; undefined means "not plainly a list page", and the caller parses it to find out why.
 * When Meta comes first with an ItemRange and Items closes the page, as OrderCloud writes it,
 * the count is Meta's and the items are not walked at all: counting them was most of main's
 * work per page.
 */
export interface ListEnvelope {
  meta: unknown;
  itemCount: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

const decoder = new TextDecoder();

export function readListEnvelope(bytes: Uint8Array): ListEnvelope | undefined {
  const scanner = new Scanner(bytes);
  let meta: unknown;
  let itemCount: number | undefined;
  try {
    scanner.expect(OPEN_OBJECT);
    if (scanner.peek() !== CLOSE_OBJECT) {
      do {
        const key = scanner.key();
        const start = scanner.skipSpace();
        if (key === 'Meta' && bytes[start] === OPEN_OBJECT) {
          scanner.skipValue();
          meta = JSON.parse(decoder.decode(bytes.subarray(start, scanner.position)));
        } else if (key === 'Items' && bytes[start] === OPEN_ARRAY) {
          const stated = itemsInRange(meta);
          const end = stated === undefined ? -1 : closingBracketAtEnd(bytes);
          if (end > start) {
            itemCount = stated;
            scanner.position = end + 1;
          } else {
            itemCount = scanner.countArray();
          }
        } else {
          scanner.skipValue();
        }
      } while (scanner.optional(COMMA));
    }
    scanner.expect(CLOSE_OBJECT);
    if (scanner.skipSpace() !== bytes.length) return undefined;
  } catch {
    return undefined;
  }
  return meta !== undefined && itemCount !== undefined ? { meta, itemCount } : undefined;
}

/** A cursor over JSON bytes. Structural characters are ASCII, so UTF-8 needs no decoding. */
class Scanner {
  position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  skipSpace(): number {
    const { bytes } = this;
    while (this.position < bytes.length && isSpace(bytes[this.position]!)) this.position++;
    return this.position;
  }

  peek(): number | undefined {
    return this.bytes[this.skipSpace()];
  }

  expect(byte: number): void {
    if (this.peek() !== byte) throw new SyntaxError('Unexpected byte');
    this.position++;
  }

  optional(byte: number): boolean {
    if (this.peek() !== byte) return false;
    this.position++;
    return true;
  }

  key(): string {
    const start = this.skipSpace();
    this.skipString();
    const key = JSON.parse(decoder.decode(this.bytes.subarray(start, this.position))) as string;
    this.expect(COLON);
    return key;
  }

  /** Counts an array's elements, leaving the cursor after its closing bracket. */
  countArray(): number {
    this.expect(OPEN_ARRAY);
    if (this.optional(CLOSE_ARRAY)) return 0;
    let count = 0;
    do {
      this.skipValue();
      count++;
    } while (this.optional(COMMA));
    this.expect(CLOSE_ARRAY);
    return count;
  }

  skipValue(): void {
    const { bytes } = this;
    const first = this.peek();
    if (first === QUOTE) return this.skipString();
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) return this.skipScalar();
    let depth = 0;
    while (this.position < bytes.length) {
      const byte = bytes[this.position]!;
      if (byte === QUOTE) {
        this.skipString();
        continue;
      }
      this.position++;
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (--depth === 0) return;
      }
    }
    throw new SyntaxError('Unterminated value');
  }

  /** Jumps from quote to quote with the native indexOf: most of a page's bytes are strings. */
  private skipString(): void {
    const { bytes } = this;
    if (bytes[this.position] !== QUOTE) throw new SyntaxError('Expected a string');
    let end = bytes.indexOf(QUOTE, this.position + 1);
    while (end !== -1 && isEscaped(bytes, end)) end = bytes.indexOf(QUOTE, end + 1);
    if (end === -1) throw new SyntaxError('Unterminated string');
    this.position = end + 1;
  }

  /** A number, true, false or null: up to the next delimiter. */
  private skipScalar(): void {
    const { bytes } = this;
    const start = this.position;
    while (this.position < bytes.length) {
      const byte = bytes[this.position]!;
      if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte <= 0x20) break;
      this.position++;
    }
    if (this.position === start) throw new SyntaxError('Expected a value');
  }
}

/** How many items Meta says the page holds: its ItemRange is the first and last, from 1. */
function itemsInRange(meta: unknown): number | undefined {
  const range = (meta as { ItemRange?: unknown } | undefined)?.ItemRange;
  if (!Array.isArray(range) || range.length !== 2) return undefined;
  const [first, last] = range as unknown[];
  if (!Number.isInteger(first) || !Number.isInteger(last)) return undefined;
  const count = (last as number) - (first as number) + 1;
  return count >= 0 ? count : undefined;
}

/** Where the page's last value ends if it is an array (`...] }`), else -1. */
function closingBracketAtEnd(bytes: Uint8Array): number {
  let at = bytes.length - 1;
  while (at >= 0 && isSpace(bytes[at]!)) at--;
  if (bytes[at] !== CLOSE_OBJECT) return -1;
  at--;
  while (at >= 0 && isSpace(bytes[at]!)) at--;
  return bytes[at] === CLOSE_ARRAY ? at : -1;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Whether the quote at `at` follows an odd run of backslashes. */
function isEscaped(bytes: Uint8Array, at: number): boolean {
  let backslashes = 0;
  while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}
