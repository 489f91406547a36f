import type { JsonNodes } from './json-nodes';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A node's path as people write it in code: `Items[3].xp.Color`, `xp["Size (cm)"]`. */
export function pathOf(nodes: JsonNodes, id: number): string {
  const keys: Array<string | number> = [];
  for (let node = id; nodes.parent(node) >= 0; node = nodes.parent(node)) {
    const key = nodes.key(node);
    if (key !== undefined) keys.push(key);
  }
  return formatPath(keys.reverse());
}

/** Keys from the root down, written as a path the same way. */
export function formatPath(keys: ReadonlyArray<string | number>): string {
  return keys.reduce<string>((path, key) => path + pathSegment(key, path === ''), '');
}

function pathSegment(key: string | number, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  if (!IDENTIFIER.test(key)) return `[${JSON.stringify(key)}]`;
  return first ? key : `.${key}`;
}
