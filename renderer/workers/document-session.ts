import { parseBodies } from './body-text';
import { exportItems } from './items-export';
import { findList, summarizeList, tableRows, type OrderCloudList } from './items-table';
import { pathOf } from './json-path';
import { JsonNodes, kindOf } from './json-nodes';
import { linesBetween, wholeText, type LineSource } from './line-source';
import { PrettyJsonLines } from './pretty-lines';
import { tableCells } from './table-cells';
import {
  ROW_BLOCK_SIZE,
  type DocumentInput,
  type DocumentMethod,
  type DocumentOutput,
  type DocumentSummary,
  type TreeRow,
} from './protocol';
import { TextLines } from './text-lines';
import { TreeSearch, nodeMatches } from './tree-search';
import { TreeView } from './tree-view';
import { isTruncatedString, previewValue, valueText } from './value-preview';

interface JsonDocument {
  root: unknown;
  nodes: JsonNodes;
  view: TreeView;
  search: TreeSearch;
  list: OrderCloudList | undefined;
}

type Handlers = {
  [M in Exclude<DocumentMethod, 'appendBody' | 'load' | 'unload'>]: (
    input: DocumentInput<M>,
  ) => DocumentOutput<M> | Promise<DocumentOutput<M>>;
};

/** One response body, decoded and parsed once, answering the viewer's questions about it. */
export class DocumentSession {
  private lineSource: LineSource | undefined;
  private closed = false;

  private constructor(
    private readonly text: string,
    private readonly json: JsonDocument | undefined,
    readonly summary: DocumentSummary,
  ) {}

  static load(texts: string[], contentType?: string): DocumentSession {
    const parsed = parseBodies(texts, contentType);
    const characterCount = parsed.text.length;
    if (parsed.format === 'text') {
      const summary: DocumentSummary = { format: 'text', characterCount };
      if (parsed.parseError) summary.parseError = parsed.parseError;
      return new DocumentSession(parsed.text, undefined, summary);
    }
    const nodes = new JsonNodes(parsed.root);
    const view = new TreeView(nodes);
    const list = findList(parsed.root);
    const json = { root: parsed.root, nodes, view, search: new TreeSearch(), list };
    const summary: DocumentSummary = { format: 'json', characterCount, tree: view.shape };
    if (list) summary.list = { ...summarizeList(list), mergedPages: parsed.mergedPages };
    const session = new DocumentSession(parsed.text, json, summary);
    summary.firstRows = session.treeRows(0, ROW_BLOCK_SIZE);
    return session;
  }

  readonly handlers: Handlers = {
    treeRows: ({ from, to }) => this.treeRows(from, to),
    setExpanded: ({ id, expanded }) => {
      const { view } = this.requireJson();
      view.setExpanded(id, expanded);
      return view.shape;
    },
    expandAll: () => {
      const { view } = this.requireJson();
      view.expandAll();
      return view.shape;
    },
    collapseAll: () => {
      const { view } = this.requireJson();
      view.collapseAll();
      return view.shape;
    },
    parentRow: ({ row }) => this.requireJson().view.parentRow(row),
    search: async ({ query }) => {
      const { search, root } = this.requireJson();
      return (await search.run(root, query)) ?? { matchCount: 0, capped: false };
    },
    revealMatch: ({ index }) => {
      const { search, nodes, view } = this.requireJson();
      const path = search.matches[index] ?? [];
      const id = path.reduce((node, position) => nodes.child(node, position), JsonNodes.root);
      return { row: view.reveal(id), shape: view.shape };
    },
    nodeText: ({ id, part }) => {
      const { nodes } = this.requireJson();
      return part === 'path' ? pathOf(nodes, id) : valueText(nodes.value(id));
    },
    rawLineCount: () => this.lines().lineCount,
    rawText: () => (this.json ? wholeText(this.lines()) : this.text),
    rawLines: ({ from, to }) => linesBetween(this.lines(), from, to),
    tableRows: ({ from, to, columns }) => tableRows(this.requireList().items, columns, from, to),
    tableCells: ({ columns }) => tableCells(this.requireList().items, columns, () => !this.closed),
    exportItems: ({ format, columns }) => exportItems(this.requireList().items, format, columns),
  };

  /** Stops work still under way for this document (the worker moves on to the next). */
  close(): void {
    this.closed = true;
  }

  private treeRows(from: number, to: number): TreeRow[] {
    const { view } = this.requireJson();
    const rows: TreeRow[] = [];
    for (let row = from; row < Math.min(to, view.shape.rowCount); row++)
      rows.push(this.describe(view.nodeAt(row)));
    return rows;
  }

  private describe(id: number): TreeRow {
    const { nodes, view, search } = this.requireJson();
    const value = nodes.value(id);
    const key = nodes.key(id);
    const parent = nodes.parent(id);
    return {
      id,
      level: Math.max(1, nodes.depth(id)),
      key,
      kind: kindOf(value),
      preview: previewValue(value),
      truncated: isTruncatedString(value),
      childCount: nodes.hasChildren(id) ? nodes.childCount(id) : 0,
      expanded: view.isExpanded(id),
      position: nodes.position(id) + 1,
      siblingCount: parent < 0 ? 1 : nodes.childCount(parent),
      matched: search.pattern ? nodeMatches(search.pattern, key, value) : false,
    };
  }

  /** Built on first use: most responses are never looked at in the Raw view. */
  private lines(): LineSource {
    this.lineSource ??= this.json ? new PrettyJsonLines(this.text) : new TextLines(this.text);
    return this.lineSource;
  }

  private requireJson(): JsonDocument {
    if (!this.json) throw new Error('The body is not JSON.');
    return this.json;
  }

  private requireList(): OrderCloudList {
    const list = this.json?.list;
    if (!list) throw new Error('The body is not an OrderCloud list.');
    return list;
  }
}
