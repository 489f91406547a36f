import { isContainer } from './json-nodes';

/** Strings longer than this show their start and a "show more". */
export const STRING_PREVIEW_CHARS = 200;
const CONTAINER_PREVIEW_CHARS = 100;

export function isTruncatedString(value: unknown): boolean {
  return typeof value === 'string' && value.length > STRING_PREVIEW_CHARS;
}

/** A one-line, bounded rendering of a value for a tree row. */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, STRING_PREVIEW_CHARS);
  if (!isContainer(value)) return String(value);
  return previewContainer(value, CONTAINER_PREVIEW_CHARS);
}

function quote(text: string, limit: number): string {
  return text.length > limit
    ? `${JSON.stringify(text.slice(0, limit)).slice(0, -1)}…"`
    : JSON.stringify(text);
}

/** `{ID: "p1", Name: "Shirt", …}` or `["a", "b", …]`, nested containers shown as `{…}`/`[…]`. */
function previewContainer(container: object, budget: number): string {
  const array = Array.isArray(container);
  const parts: string[] = [];
  let used = 2;
  let complete = true;
  for (const key in container) {
    const child = (container as Record<string, unknown>)[key];
    const shown = isContainer(child)
      ? Array.isArray(child)
        ? '[…]'
        : '{…}'
      : typeof child === 'string'
        ? quote(child, 24)
        : String(child);
    const part = array ? shown : `${key}: ${shown}`;
    if (used + part.length > budget && parts.length > 0) {
      complete = false;
      break;
    }
    parts.push(part);
    used += part.length + 2;
  }
  if (!complete) parts.push('…');
  return array ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

/** The text a "copy value" puts on the clipboard: strings bare, everything else as JSON. */
export function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
