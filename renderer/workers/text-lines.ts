import { Int32List } from './int32-list';
import { cutLine, type LineSource } from './line-source';

/** A text body split at its line breaks, without copying it. */
export class TextLines implements LineSource {
  private readonly starts = new Int32List();

  constructor(private readonly text: string) {
    this.starts.push(0);
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
      this.starts.push(at + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  line(index: number, maxChars: number): string {
    const start = this.starts.at(index);
    const next = index + 1 < this.starts.length ? this.starts.at(index + 1) - 1 : this.text.length;
    const end = this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    return cutLine(this.text.slice(start, Math.min(end, start + maxChars)), maxChars, end - start);
  }
}
