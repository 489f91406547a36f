import { JsonNodes } from './json-nodes';
import type { TreeShape } from './protocol';

/** Expand breadth-first while the tree would still fit in about this many rows. */
const AUTO_EXPAND_ROWS = 200;

/**
 * Which nodes are visible, in order: `rows[i]` is the node shown on row i. Expanding splices a
 * node's visible descendants in; collapsing cuts them out. Expansion of deeper nodes is
 * remembered across a collapse of their ancestor, as in any file tree.
 */
export class TreeView {
  private rows: Int32Array;
  private readonly expanded = new Set<number>();

  constructor(private readonly nodes: JsonNodes) {
    this.rows = this.topRows();
    this.autoExpand();
  }

  get shape(): TreeShape {
    return { rowCount: this.rows.length };
  }

  nodeAt(row: number): number {
    return this.rows[row] ?? -1;
  }

  rowOf(id: number): number {
    return this.rows.indexOf(id);
  }

  isExpanded(id: number): boolean {
    return this.expanded.has(id);
  }

  setExpanded(id: number, expanded: boolean): void {
    if (expanded === this.expanded.has(id) || !this.nodes.hasChildren(id)) return;
    const row = this.rowOf(id);
    if (expanded) this.expanded.add(id);
    else this.expanded.delete(id);
    if (row < 0) return;
    if (expanded) this.splice(row + 1, 0, this.visibleDescendants(id));
    else this.splice(row + 1, this.countDescendantRows(row), []);
  }

  /** Expands every ancestor of a node so that it shows; returns its row. */
  reveal(id: number): number {
    const ancestors: number[] = [];
    for (let node = this.nodes.parent(id); node > JsonNodes.root; node = this.nodes.parent(node))
      ancestors.push(node);
    for (const ancestor of ancestors.reverse()) this.setExpanded(ancestor, true);
    return this.rowOf(id);
  }

  /** The row of the nearest row above that is less deeply nested, or -1. */
  parentRow(row: number): number {
    const depth = this.nodes.depth(this.nodeAt(row));
    for (let above = row - 1; above >= 0; above--)
      if (this.nodes.depth(this.nodeAt(above)) < depth) return above;
    return -1;
  }

  expandAll(): void {
    const visible: number[] = [];
    const pending = [JsonNodes.root];
    while (pending.length) {
      const id = pending.pop()!;
      if (id !== JsonNodes.root) visible.push(id);
      if (!this.nodes.hasChildren(id)) continue;
      this.expanded.add(id);
      this.pushChildrenReversed(id, pending);
    }
    this.rows = visible.length ? Int32Array.from(visible) : this.topRows();
  }

  collapseAll(): void {
    this.expanded.clear();
    this.expanded.add(JsonNodes.root);
    this.rows = this.topRows();
  }

  /** Opens whole levels, top down, while everything opened still fits on a few screens. */
  private autoExpand(): void {
    let level = Array.from(this.rows).filter((id) => this.nodes.hasChildren(id));
    let rowCount = this.rows.length;
    while (level.length) {
      rowCount += this.countChildrenUpTo(level, AUTO_EXPAND_ROWS - rowCount + 1);
      if (rowCount > AUTO_EXPAND_ROWS) return;
      const next: number[] = [];
      for (const id of level) {
        this.setExpanded(id, true);
        const first = this.nodes.open(id);
        for (let offset = 0; offset < this.nodes.childCount(id); offset++)
          if (this.nodes.hasChildren(first + offset)) next.push(first + offset);
      }
      level = next;
    }
  }

  private countChildrenUpTo(ids: number[], limit: number): number {
    let count = 0;
    for (const id of ids) {
      count += this.nodes.childCount(id);
      if (count >= limit) break;
    }
    return count;
  }

  /** The root's children when it has any, else the root itself as a single row. */
  private topRows(): Int32Array {
    const root = JsonNodes.root;
    if (!this.nodes.hasChildren(root)) return Int32Array.of(root);
    this.expanded.add(root);
    return Int32Array.from(this.visibleDescendants(root));
  }

  private visibleDescendants(id: number): number[] {
    const visible: number[] = [];
    const pending: number[] = [];
    this.pushChildrenReversed(id, pending);
    while (pending.length) {
      const node = pending.pop()!;
      visible.push(node);
      if (this.expanded.has(node)) this.pushChildrenReversed(node, pending);
    }
    return visible;
  }

  private pushChildrenReversed(id: number, stack: number[]): void {
    const first = this.nodes.open(id);
    for (let offset = this.nodes.childCount(id) - 1; offset >= 0; offset--)
      stack.push(first + offset);
  }

  private countDescendantRows(row: number): number {
    const depth = this.nodes.depth(this.nodeAt(row));
    let end = row + 1;
    while (end < this.rows.length && this.nodes.depth(this.nodeAt(end)) > depth) end++;
    return end - row - 1;
  }

  private splice(at: number, removeCount: number, insert: number[]): void {
    const next = new Int32Array(this.rows.length - removeCount + insert.length);
    next.set(this.rows.subarray(0, at));
    next.set(insert, at);
    next.set(this.rows.subarray(at + removeCount), at + insert.length);
    this.rows = next;
  }
}
