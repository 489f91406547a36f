import { useCallback, useEffect, useState } from 'react';
import type { SearchResult, TreeShape } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';

const TYPING_PAUSE_MS = 200;
const NOTHING_SEARCHED = { query: '', result: { matchCount: 0, capped: false } };

export interface TreeSearchState {
  query: string;
  setQuery: (query: string) => void;
  /** The finished search for the current query; undefined while it runs. */
  result: SearchResult | undefined;
  /** 0-based index of the match shown. */
  matchIndex: number;
  next: () => void;
  previous: () => void;
}

/** What the search needs from the tree. All three must keep their identity across renders. */
export interface SearchTarget {
  /** The worker expanded a match's ancestors: this is the tree's new shape. */
  showShape: (shape: TreeShape) => void;
  /** Match marks changed but the shape did not: refetch the rows. */
  refresh: () => void;
  /** Make this row the active one and scroll to it. */
  reveal: (row: number) => void;
}

/** Searches keys and values in the worker as the user types, and reveals the first match. */
export function useTreeSearch(client: DocumentClient, target: SearchTarget): TreeSearchState {
  const { showShape, refresh, reveal } = target;
  const [query, setQuery] = useState('');
  const [finished, setFinished] = useState(NOTHING_SEARCHED);
  const [matchIndex, setMatchIndex] = useState(0);

  const show = useCallback(
    (index: number) => {
      setMatchIndex(index);
      void client.call('revealMatch', { index }).then(({ row, shape }) => {
        showShape(shape);
        reveal(row);
      });
    },
    [client, showShape, reveal],
  );

  useEffect(() => {
    if (finished.query === query) return;
    let current = true;
    const timer = setTimeout(
      () => {
        void client.call('search', { query }).then((result) => {
          if (!current) return;
          setFinished({ query, result });
          setMatchIndex(0);
          if (result.matchCount > 0) show(0);
          else refresh();
        });
      },
      query ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, query, finished.query, show, refresh]);

  const result = finished.query === query ? finished.result : undefined;
  const count = result?.matchCount ?? 0;
  return {
    query,
    setQuery,
    result,
    matchIndex,
    next: () => count && show((matchIndex + 1) % count),
    previous: () => count && show((matchIndex - 1 + count) % count),
  };
}
