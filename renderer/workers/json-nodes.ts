import type { ValueKind } from './protocol';

const UNOPENED = -1;

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    default:
      return 'boolean';
  }
}

export function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/**
 * The parsed document as numbered nodes, numbered lazily: a container's children get ids (all
 * at once, consecutively) only when something first looks inside it. Opening the whole
 * document up front would cost more than parsing it did.
 */
export class JsonNodes {
  private readonly values: unknown[] = [];
  private readonly keys: Array<string | number | undefined> = [];
  private readonly parents: number[] = [];
  private readonly depths: number[] = [];
  private readonly positions: number[] = [];
  private readonly firstChildren: number[] = [];
  private readonly childCounts: number[] = [];

  constructor(root: unknown) {
    this.add(root, undefined, -1, 0, 0);
  }

  static readonly root = 0;

  get size(): number {
    return this.values.length;
  }

  value(id: number): unknown {
    return this.values[id];
  }
  key(id: number): string | number | undefined {
    return this.keys[id];
  }
  parent(id: number): number {
    return this.parents[id] ?? -1;
  }
  depth(id: number): number {
    return this.depths[id] ?? 0;
  }
  /** 0-based index among its siblings. */
  position(id: number): number {
    return this.positions[id] ?? 0;
  }

  childCount(id: number): number {
    const known = this.childCounts[id] ?? 0;
    if (known !== UNOPENED) return known;
    const value = this.values[id];
    return Array.isArray(value) ? value.length : Object.keys(value as object).length;
  }

  hasChildren(id: number): boolean {
    return isContainer(this.values[id]) && this.childCount(id) > 0;
  }

  /** The id of the child at `position`, numbering the container's children if needed. */
  child(id: number, position: number): number {
    return this.open(id) + position;
  }

  /** Numbers the children of a container and returns the id of its first child. */
  open(id: number): number {
    const known = this.firstChildren[id] ?? UNOPENED;
    if (known !== UNOPENED) return known;
    const first = this.values.length;
    const container = this.values[id];
    const depth = this.depth(id) + 1;
    if (Array.isArray(container)) {
      for (let index = 0; index < container.length; index++)
        this.add(container[index], index, id, depth, index);
      this.childCounts[id] = container.length;
    } else if (isContainer(container)) {
      const record = container as Record<string, unknown>;
      const names = Object.keys(record);
      for (let index = 0; index < names.length; index++) {
        const name = names[index]!;
        this.add(record[name], name, id, depth, index);
      }
      this.childCounts[id] = names.length;
    }
    this.firstChildren[id] = first;
    return first;
  }

  private add(
    value: unknown,
    key: string | number | undefined,
    parent: number,
    depth: number,
    position: number,
  ): void {
    this.values.push(value);
    this.keys.push(key);
    this.parents.push(parent);
    this.depths.push(depth);
    this.positions.push(position);
    this.firstChildren.push(UNOPENED);
    this.childCounts.push(isContainer(value) ? UNOPENED : 0);
  }
}
