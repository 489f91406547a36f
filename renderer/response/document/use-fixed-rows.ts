import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { useWindowedRows, type RowLoader } from './use-windowed-rows';

export interface FixedRows<T> {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The row at an index, if it has arrived from the worker. */
  rowAt: (index: number) => T | undefined;
}

/**
 * A virtualised list of equally tall rows whose data comes from the worker a window at a time.
 * Shared by the tree, the raw line view and the items table.
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
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const rowAt = useWindowedRows(
    loader,
    items[0]?.index ?? 0,
    (items.at(-1)?.index ?? 0) + 1,
    firstRows,
  );
  return { virtualizer, rowAt };
}
