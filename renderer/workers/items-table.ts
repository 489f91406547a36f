import { isContainer } from './json-nodes';
import { ROW_BLOCK_SIZE, type ColumnPath, type ListMeta, type ListSummary } from './protocol';

/** Columns are discovered from a sample spread over the list, not from every item. */
const SAMPLED_ITEMS = 500;
const DEFAULT_COLUMN_COUNT = 6;
const NESTED_COLUMN_DEPTH = 3;
/** A cell shows one line; more text would only cost layout time. */
const MAX_CELL_CHARS = 120;

export interface OrderCloudList {
  meta: ListMeta | undefined;
  items: unknown[];
}

/** OrderCloud's list shape, `{ Meta, Items: [...] }`, or undefined for anything else. */
export function findList(root: unknown): OrderCloudList | undefined {
  if (!isContainer(root) || Array.isArray(root)) return undefined;
  const { Meta: meta, Items: items } = root as { Meta?: unknown; Items?: unknown };
  if (!Array.isArray(items)) return undefined;
  return { meta: isListMeta(meta) ? meta : undefined, items };
}

function isListMeta(meta: unknown): meta is ListMeta {
  if (!isContainer(meta)) return false;
  const { Page, PageSize, TotalCount, TotalPages } = meta as Record<string, unknown>;
  return [Page, PageSize, TotalCount, TotalPages].every((field) => typeof field === 'number');
}

export function summarizeList(list: OrderCloudList): ListSummary {
  const columns = discoverColumns(list.items);
  const shownColumns = defaultColumns(columns);
  return {
    meta: list.meta,
    itemCount: list.items.length,
    columns,
    defaultColumns: shownColumns,
    firstRows: tableRows(list.items, shownColumns, 0, ROW_BLOCK_SIZE),
  };
}

/** Every scalar reachable from an item (xp.* included), in order of first appearance. */
function discoverColumns(items: unknown[]): ColumnPath[] {
  const found = new Map<string, ColumnPath>();
  const collect = (value: unknown, path: ColumnPath) => {
    const nested = isContainer(value) && !Array.isArray(value);
    if (nested && path.length < NESTED_COLUMN_DEPTH) {
      for (const key of Object.keys(value))
        collect((value as Record<string, unknown>)[key], [...path, key]);
    } else if (path.length > 0 && !found.has(columnLabel(path))) {
      found.set(columnLabel(path), path);
    }
  };
  const step = Math.max(1, Math.floor(items.length / SAMPLED_ITEMS));
  for (let index = 0; index < items.length; index += step) collect(items[index], []);
  return [...found.values()];
}

/** ID and Name first, then the first other top-level fields. */
function defaultColumns(columns: ColumnPath[]): ColumnPath[] {
  const topLevel = columns.filter((path) => path.length === 1);
  const preferred = ['ID', 'Name']
    .map((name) => topLevel.find((path) => path[0] === name))
    .filter((path): path is ColumnPath => path !== undefined);
  const others = topLevel.filter((path) => !preferred.includes(path));
  return [...preferred, ...others].slice(0, DEFAULT_COLUMN_COUNT);
}

export function columnLabel(path: ColumnPath): string {
  return path.join('.');
}

export function valueAt(item: unknown, path: ColumnPath): unknown {
  let value = item;
  for (const key of path) {
    if (!isContainer(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A cell as text: strings bare, absent and null empty, objects and arrays as JSON. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return isContainer(value) ? JSON.stringify(value) : String(value);
}

export function tableRows(
  items: unknown[],
  columns: ColumnPath[],
  from: number,
  to: number,
): string[][] {
  return items.slice(from, to).map((item) =>
    columns.map((path) => {
      const text = cellText(valueAt(item, path));
      return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
    }),
  );
}
