import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ROW_BLOCK_SIZE as BLOCK_SIZE } from '../../workers/protocol';

/** Fetches rows [from, to). A new function means the rows changed: everything is refetched. */
export type RowLoader<T> = (from: number, to: number) => Promise<T[]>;

const KEPT_BLOCKS = 24;

interface Block<T> {
  loader: RowLoader<T>;
  rows: T[];
}

/**
 * The rows of a virtualised list that are on screen, fetched in blocks as the window moves.
 * Only rows from the current loader are returned.
 */
export function useWindowedRows<T>(
  loader: RowLoader<T>,
  start: number,
  end: number,
  /** The first block, if it came along already, for the first loader. */
  firstRows?: T[],
  /** False while the rows come from elsewhere: nothing is fetched. */
  fetching = true,
): (index: number) => T | undefined {
  const [blocks, setBlocks] = useState<ReadonlyMap<number, Block<T>>>(
    () => new Map(firstRows ? [[0, { loader, rows: firstRows }]] : []),
  );
  const inFlight = useRef(new WeakMap<RowLoader<T>, Set<number>>());

  // Asking before the browser paints saves a frame: the rows can arrive while it paints.
  useLayoutEffect(() => {
    if (!fetching) return;
    const asked = inFlight.current.get(loader) ?? new Set<number>();
    inFlight.current.set(loader, asked);
    const first = Math.floor(start / BLOCK_SIZE);
    const last = Math.floor(Math.max(start, end - 1) / BLOCK_SIZE);
    for (let index = first; index <= last; index++) {
      if (blocks.get(index)?.loader === loader || asked.has(index)) continue;
      asked.add(index);
      loader(index * BLOCK_SIZE, (index + 1) * BLOCK_SIZE)
        .then((rows) =>
          setBlocks((current) => keepNear(new Map(current).set(index, { loader, rows }), index)),
        )
        // A block that failed is asked for again when the window next moves.
        .catch(() => undefined)
        .finally(() => asked.delete(index));
    }
  }, [loader, start, end, blocks, fetching]);

  return useCallback(
    (index: number) => {
      const block = blocks.get(Math.floor(index / BLOCK_SIZE));
      return block?.loader === loader ? block.rows[index % BLOCK_SIZE] : undefined;
    },
    [blocks, loader],
  );
}

/** Drops the blocks farthest from the one just loaded once too many are kept. */
function keepNear<T>(blocks: Map<number, Block<T>>, center: number): Map<number, Block<T>> {
  if (blocks.size <= KEPT_BLOCKS) return blocks;
  const byDistance = [...blocks.keys()].sort((a, b) => Math.abs(b - center) - Math.abs(a - center));
  for (const index of byDistance.slice(0, blocks.size - KEPT_BLOCKS)) blocks.delete(index);
  return blocks;
}
