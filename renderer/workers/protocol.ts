/**
 * The messages between the response viewer and the JSON worker, which owns the parsed body.
 * The main thread holds the rows it shows (and a table's packed cell text); the rest stays here.
 */

export type ValueKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** One visible row of the JSON tree. */
export interface TreeRow {
  id: number;
  /** 1-based nesting level, as aria-level wants it. */
  level: number;
  /** Object key or array index; undefined for a root that is a single value. */
  key: string | number | undefined;
  kind: ValueKind;
  preview: string;
  /** The preview shows only the start of a long string. */
  truncated: boolean;
  childCount: number;
  expanded: boolean;
  /** 1-based position among its siblings, and how many siblings there are. */
  position: number;
  siblingCount: number;
  /** The key or the value contains the current search query. */
  matched: boolean;
}

/** What changes when the tree's expansion changes: the main thread refetches its rows. */
export interface TreeShape {
  rowCount: number;
}

/** OrderCloud's paging block on every list response. */
export interface ListMeta {
  Page: number;
  PageSize: number;
  TotalCount: number;
  TotalPages: number;
  ItemRange: number[];
}

/** A table column: the path from an item to the value, e.g. ['xp', 'Color']. */
export type ColumnPath = string[];

export interface ListSummary {
  meta: ListMeta | undefined;
  /** Set when the list is several pages merged into one. */
  mergedPages?: number;
  itemCount: number;
  columns: ColumnPath[];
  defaultColumns: ColumnPath[];
  /** The table's first block of rows in the default columns, so it opens with no round trip. */
  firstRows: string[][];
}

/** Rows travel in blocks of this many; the first block comes with the summary. */
export const ROW_BLOCK_SIZE = 64;

export interface DocumentSummary {
  format: 'json' | 'text';
  /** Set when the body claimed to be JSON but did not parse. */
  parseError?: string;
  characterCount: number;
  tree?: TreeShape;
  /** The tree's first block of rows, so the first paint needs no second round trip. */
  firstRows?: TreeRow[];
  list?: ListSummary;
}

export interface SearchResult {
  matchCount: number;
  /** More matches exist than were kept; matchCount is the number kept. */
  capped: boolean;
}

export type ExportFormat = 'csv' | 'json';

/**
 * The whole table's cell text as UTF-16 code units: cell c of row r is
 * codes[offsets[r * columns + c] … the next offset). Replies hand their typed arrays over.
 */
export interface TableCells {
  codes: Uint16Array;
  offsets: Int32Array;
}

/** Every request the worker answers: its input and its output. */
export interface DocumentRequests {
  /** The next piece of body number `body` (several bodies: the pages of a list, in order). */
  appendBody: {
    input: { body: number; bytes: ArrayBuffer; contentType?: string };
    output: undefined;
  };
  /** Parse what was appended: one body, or every page merged into one list. */
  load: { input: { bodyCount: number; contentType?: string }; output: DocumentSummary };
  /** Forget the document: the worker goes back to the pool. */
  unload: { input: undefined; output: undefined };
  treeRows: { input: { from: number; to: number }; output: TreeRow[] };
  setExpanded: { input: { id: number; expanded: boolean }; output: TreeShape };
  expandAll: { input: undefined; output: TreeShape };
  collapseAll: { input: undefined; output: TreeShape };
  parentRow: { input: { row: number }; output: number };
  search: { input: { query: string }; output: SearchResult };
  revealMatch: { input: { index: number }; output: { row: number; shape: TreeShape } };
  nodeText: { input: { id: number; part: 'value' | 'path' }; output: string };
  rawLineCount: { input: undefined; output: number };
  rawText: { input: undefined; output: string };
  rawLines: { input: { from: number; to: number }; output: string[] };
  tableRows: { input: { from: number; to: number; columns: ColumnPath[] }; output: string[][] };
  /** Every cell, packed; undefined for a table too big to hand over. */
  tableCells: { input: { columns: ColumnPath[] }; output: TableCells | undefined };
  exportItems: { input: { format: ExportFormat; columns: ColumnPath[] }; output: Blob };
}

export type DocumentMethod = keyof DocumentRequests;
export type DocumentInput<M extends DocumentMethod> = DocumentRequests[M]['input'];
export type DocumentOutput<M extends DocumentMethod> = DocumentRequests[M]['output'];

export interface WorkerCall<M extends DocumentMethod = DocumentMethod> {
  callId: number;
  method: M;
  input: DocumentInput<M>;
}

export type WorkerReply =
  { callId: number; ok: true; value: unknown } | { callId: number; ok: false; message: string };
