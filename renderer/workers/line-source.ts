/** Lines of the Raw view, served a window at a time. */
export interface LineSource {
  readonly lineCount: number;
  /** Line `index`, cut after `maxChars` characters with a note of how much was left out. */
  line(index: number, maxChars: number): string;
}

/** Lines longer than this are cut in the virtualised view, which has one row per line. */
export const MAX_SHOWN_LINE_CHARS = 4000;

export function cutLine(text: string, maxChars: number, fullLength = text.length): string {
  if (fullLength <= maxChars) return text;
  const hidden = fullLength - maxChars;
  return `${text.slice(0, maxChars)} … (${hidden.toLocaleString('en-US')} more characters)`;
}

export function linesBetween(source: LineSource, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let index = from; index < Math.min(to, source.lineCount); index++)
    lines.push(source.line(index, MAX_SHOWN_LINE_CHARS));
  return lines;
}

export function wholeText(source: LineSource): string {
  const lines: string[] = [];
  for (let index = 0; index < source.lineCount; index++)
    lines.push(source.line(index, Number.POSITIVE_INFINITY));
  return lines.join('\n');
}
