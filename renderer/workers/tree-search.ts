import { isContainer } from './json-nodes';
import type { SearchResult } from './protocol';

const MAX_KEPT_MATCHES = 100_000;
/** Work this long, then let other requests (rows for scrolling) through before going on. */
const SLICE_MS = 12;

interface Frame {
  container: object;
  keys: string[] | undefined;
  next: number;
  count: number;
}

export function queryPattern(query: string): RegExp | undefined {
  const trimmed = query.trim();
  if (!trimmed) return undefined;
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** Whether a node's key or (for a scalar) its value contains the query. */
export function nodeMatches(
  pattern: RegExp,
  key: string | number | undefined,
  value: unknown,
): boolean {
  if (typeof key === 'string' && pattern.test(key)) return true;
  return !isContainer(value) && pattern.test(String(value));
}

/**
 * Finds every node whose key or value contains the query, in document order, as paths of child
 * positions from the root. Runs in slices so a big document stays scrollable while it searches;
 * a newer search makes an older one stop.
 */
export class TreeSearch {
  private generation = 0;
  pattern: RegExp | undefined;
  matches: number[][] = [];

  async run(root: unknown, query: string): Promise<SearchResult | undefined> {
    const generation = ++this.generation;
    const pattern = queryPattern(query);
    const matches: number[][] = [];
    this.pattern = pattern;
    this.matches = matches;
    if (!pattern) return { matchCount: 0, capped: false };

    const stack: Frame[] = [];
    const visit = (value: unknown, key: string | number | undefined) => {
      if (nodeMatches(pattern, key, value)) matches.push(stack.map((frame) => frame.next - 1));
      if (!isContainer(value)) return;
      const keys = Array.isArray(value) ? undefined : Object.keys(value);
      const count = keys ? keys.length : (value as unknown[]).length;
      if (count) stack.push({ container: value, keys, next: 0, count });
    };

    visit(root, undefined);
    let sliceStart = performance.now();
    for (let step = 0; stack.length && matches.length < MAX_KEPT_MATCHES; step++) {
      if ((step & 1023) === 0 && performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resume) => setTimeout(resume, 0));
        if (generation !== this.generation) return undefined;
        sliceStart = performance.now();
      }
      const frame = stack[stack.length - 1]!;
      if (frame.next === frame.count) {
        stack.pop();
        continue;
      }
      const position = frame.next++;
      const key = frame.keys ? frame.keys[position]! : position;
      visit((frame.container as Record<string | number, unknown>)[key], key);
    }
    return { matchCount: matches.length, capped: matches.length >= MAX_KEPT_MATCHES };
  }
}
