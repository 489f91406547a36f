import { useEffect, useMemo, useState } from 'react';
import type { ColumnPath, TableCells } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';

/** Row arrays kept, so that a row drawn twice is the same array (and its cells not redrawn). */
const KEPT_ROWS = 1024;

/**
 * Any row of the table, at once, from the packed cell text the worker prepares after the table
 * opens; undefined until it arrives (or for a table too big to hand over), when rows come a
 * window at a time instead.
 */
export function useTableCells(
  client: DocumentClient,
  columns: ColumnPath[],
  itemCount: number,
): ((index: number) => string[] | undefined) | undefined {
  const [packed, setPacked] = useState<{ columns: ColumnPath[]; cells: TableCells }>();

  useEffect(() => {
    let current = true;
    void client.call('tableCells', { columns }).then(
      (cells) => current && cells && setPacked({ columns, cells }),
      // Without them the table still scrolls, a round trip behind.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, columns]);

  return useMemo(() => {
    if (packed?.columns !== columns) return undefined;
    const { codes, offsets } = packed.cells;
    const width = columns.length;
    const decoder = new TextDecoder('utf-16le');
    const rows = new Map<number, string[]>();
    return (index: number) => {
      if (index < 0 || index >= itemCount) return undefined;
      let row = rows.get(index);
      if (row) return row;
      if (rows.size >= KEPT_ROWS) rows.clear();
      const first = index * width;
      row = Array.from({ length: width }, (_, column) =>
        decoder.decode(codes.subarray(offsets[first + column], offsets[first + column + 1])),
      );
      rows.set(index, row);
      return row;
    };
  }, [packed, columns, itemCount]);
}
