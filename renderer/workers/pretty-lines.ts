import { Int32List } from './int32-list';
import { cutLine, type LineSource } from './line-source';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The index just past the string that opens at `open`. */
function stringEnd(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close > 0 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close < 0 ? text.length : close + 1;
}

function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes++;
  return slashes % 2 === 1;
}

/**
 * Valid JSON text laid out as `JSON.stringify(value, null, 2)` would, but from the original
 * tokens: numbers and escapes stay exactly as the server sent them. One pass finds where each
 * line starts and how deep it is; a line's text is made only when it is shown.
 */
export class PrettyJsonLines implements LineSource {
  private readonly starts = new Int32List();
  private readonly depths = new Int32List();

  constructor(private readonly text: string) {
    let depth = 0;
    let at = skipSpace(text, 0);
    this.startLine(at, depth);
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        at = stringEnd(text, at);
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        const next = skipSpace(text, at + 1);
        const following = text.charCodeAt(next);
        if (following === CLOSE_BRACE || following === CLOSE_BRACKET) {
          at = next + 1;
        } else {
          this.startLine(next, ++depth);
          at = next;
        }
      } else if (code === COMMA) {
        at = skipSpace(text, at + 1);
        this.startLine(at, depth);
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.startLine(at, --depth);
        at++;
      } else {
        at++;
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  line(index: number, maxChars: number): string {
    const start = this.starts.at(index);
    const end = index + 1 < this.starts.length ? this.starts.at(index + 1) : this.text.length;
    const indent = '  '.repeat(this.depths.at(index));
    let shown = '';
    let at = start;
    while (at < end && shown.length <= maxChars) {
      const code = this.text.charCodeAt(at);
      if (code === QUOTE) {
        const close = Math.min(stringEnd(this.text, at), end);
        const taken = Math.min(close, at + maxChars - shown.length + 1);
        shown += this.text.slice(at, taken);
        at = taken;
      } else {
        if (!isSpace(code)) shown += code === COLON ? ': ' : this.text[at];
        at++;
      }
    }
    return indent + cutLine(shown, maxChars, shown.length + (end - at));
  }

  private startLine(at: number, depth: number): void {
    this.starts.push(at);
    this.depths.push(depth);
  }
}
