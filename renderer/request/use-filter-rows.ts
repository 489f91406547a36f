import { useState } from 'react';
import { pairToFilter, writeFilters, type FilterRow, type QueryPair } from './list-query';
import { samePairs } from './query-pairs';

export interface KeyedFilterRow extends FilterRow {
  key: number;
}

let nextKey = 1;
export function keyed(row: FilterRow): KeyedFilterRow {
  return { ...row, key: nextKey++ };
}

/**
 * Filter rows as the user edits them. A half-filled row is not written to the draft, so the rows
 * live here, and are read back from the draft only when it changes from elsewhere (a restored
 * tab, an edit in raw mode).
 */
export function useFilterRows(
  written: QueryPair[],
): [KeyedFilterRow[], (rows: KeyedFilterRow[]) => void] {
  const [rows, setRows] = useState(() => written.map(pairToFilter).map(keyed));
  const [seen, setSeen] = useState(written);
  if (!samePairs(seen, written)) {
    setSeen(written);
    if (!samePairs(writeFilters(rows), written)) setRows(written.map(pairToFilter).map(keyed));
  }
  return [rows, setRows];
}
