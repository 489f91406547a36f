import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useState, type RefObject } from 'react';
import { useWindowedRows, type RowLoader } from './use-windowed-rows';

/** A row to draw: where it goes, a key that recycles its elements, and its data if arrived. */
export interface ShownRow<T> {
  index: number;
  start: number;
  key: number;
  row: T | undefined;
}

export interface FixedRows<T> {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The rows to draw (see useFixedRows). */
  shown: ShownRow<T>[];
  /** The current row at an index, if it has arrived from the worker. */
  rowAt: (index: number) => T | undefined;
}

/**
 * A virtualised list of equally tall rows whose data comes from the worker a window at a time.
 * Until every row of a new window has arrived, the last complete window stays drawn (already
 * scrolled away, or showing the old rows for the instant an expand takes), so a jump costs one
 * render and one layout, with data, instead of two.
 */
export function useFixedRows<T>(
  scroller: RefObject<HTMLDivElement | null>,
  count: number,
  rowHeight: number,
  loader: RowLoader<T>,
  firstRows?: T[],
): FixedRows<T> {
  // We do not use the React Compiler; the virtualizer re-renders its host on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 4,
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useWindowedRows(
    loader,
    items[0]?.index ?? 0,
    (items.at(-1)?.index ?? 0) + 1,
    firstRows,
  );
  const current = items.map((item) => shownRow(item, items.length, rowAt(item.index)));
  const [complete, setComplete] = useState(current);
  const arrived = current.every((row) => row.row !== undefined);
  if (arrived && !sameRows(current, complete)) setComplete(current);
  return { virtualizer, shown: arrived || items.length === 0 ? current : complete, rowAt };
}

function shownRow<T>(item: VirtualItem, windowSize: number, row: T | undefined): ShownRow<T> {
  // Keyed by slot, a row scrolling in reuses the elements of the one scrolling out.
  return { index: item.index, start: item.start, key: item.index % windowSize, row };
}

function sameRows<T>(a: ShownRow<T>[], b: ShownRow<T>[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, i) => row.index === b[i]?.index && row.start === b[i].start && row.row === b[i].row,
    )
  );
}
