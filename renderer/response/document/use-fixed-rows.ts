import { useCallback, useState, type RefObject } from 'react';
import { useScrollWindow } from './use-scroll-window';
import { useWindowedRows, type RowLoader } from './use-windowed-rows';

/** A row to draw: where it goes, a key that recycles its elements, and its data if arrived. */
export interface ShownRow<T> {
  index: number;
  start: number;
  key: number;
  row: T | undefined;
}

export interface FixedRows<T> {
  /** The height of every row together, in px: the sizer's height. */
  totalSize: number;
  /** Scrolls the least that shows the row whole. */
  scrollToIndex: (index: number) => void;
  /** The rows to draw (see useFixedRows). */
  shown: ShownRow<T>[];
  /** The current row at an index, if it has arrived from the worker. */
  rowAt: (index: number) => T | undefined;
}

export interface FixedRowsOptions<T> {
  count: number;
  rowHeight: number;
  loader: RowLoader<T>;
  /** The first block, if it came along already, for the first loader. */
  firstRows?: T[] | undefined;
  /** Every row at once, when the main thread has them all: nothing is fetched then. */
  local?: ((index: number) => T | undefined) | undefined;
}

/** Rows drawn beyond each edge of the viewport, so a short scroll shows drawn rows. */
const OVERSCAN = 4;

/**
 * A virtualised list of equally tall rows whose data comes from the worker a window at a time.
 * Equal heights make the window arithmetic, so a million rows cost what a screenful does.
 * Until every row of a new window has arrived, the last complete window stays drawn (already
 * scrolled away, or showing the old rows for the instant an expand takes), so a jump costs one
 * render and one layout, with data, instead of two.
 */
export function useFixedRows<T>(
  scroller: RefObject<HTMLDivElement | null>,
  { count, rowHeight, loader, firstRows, local }: FixedRowsOptions<T>,
): FixedRows<T> {
  const { top, height } = useScrollWindow(scroller);
  const end = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const start = Math.min(end, Math.max(0, Math.floor(top / rowHeight) - OVERSCAN));
  const fetched = useWindowedRows(loader, start, end, firstRows, !local);
  const rowAt = local ?? fetched;
  const current: ShownRow<T>[] = [];
  for (let index = start; index < end; index++)
    // Keyed by slot, a row scrolling in reuses the elements of the one scrolling out.
    current.push({
      index,
      start: index * rowHeight,
      key: index % (end - start),
      row: rowAt(index),
    });
  const [complete, setComplete] = useState(current);
  const arrived = current.every((row) => row.row !== undefined);
  if (arrived && !sameRows(current, complete)) setComplete(current);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element) return;
      const rowTop = index * rowHeight;
      const { scrollTop, clientHeight } = element;
      if (rowTop < scrollTop) element.scrollTo({ top: rowTop });
      else if (rowTop + rowHeight > scrollTop + clientHeight)
        element.scrollTo({ top: rowTop + rowHeight - clientHeight });
    },
    [scroller, rowHeight],
  );

  return {
    totalSize: count * rowHeight,
    scrollToIndex,
    shown: arrived || current.length === 0 ? current : complete,
    rowAt,
  };
}

function sameRows<T>(a: ShownRow<T>[], b: ShownRow<T>[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, i) => row.index === b[i]?.index && row.start === b[i].start && row.row === b[i].row,
    )
  );
}
