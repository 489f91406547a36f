import { useCallback, useState } from 'react';
import type { TreeRow, TreeShape } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import type { RowLoader } from '../document/use-windowed-rows';

export interface TreeModel {
  shape: TreeShape;
  loadRows: RowLoader<TreeRow>;
  /** A whole-tree operation (expand all) is running in the worker. */
  busy: boolean;
  setExpanded: (row: TreeRow, expanded: boolean) => void;
  expandAll: () => void;
  collapseAll: () => void;
  /** Takes a shape the worker returned; rows are refetched even if the count did not change. */
  showShape: (shape: TreeShape) => void;
  /** Refetches the rows, whose marks changed (a new search). */
  refresh: () => void;
}

/** The tree's shape lives in the worker; this mirrors its row count and asks for changes. */
export function useTreeModel(client: DocumentClient, initialShape: TreeShape): TreeModel {
  const [shape, setShape] = useState(initialShape);
  const [busy, setBusy] = useState(false);

  const loadRows = useCallback<RowLoader<TreeRow>>(
    (from, to) => client.call('treeRows', { from, to: Math.min(to, shape.rowCount) }),
    [client, shape],
  );

  const setExpanded = useCallback(
    (row: TreeRow, expanded: boolean) => {
      if (row.childCount === 0 || row.expanded === expanded) return;
      void client.call('setExpanded', { id: row.id, expanded }).then(setShape);
    },
    [client],
  );

  const runWholeTree = useCallback(
    (method: 'expandAll' | 'collapseAll') => {
      setBusy(true);
      void client
        .call(method, undefined)
        .then(setShape)
        .finally(() => setBusy(false));
    },
    [client],
  );

  return {
    shape,
    loadRows,
    busy,
    setExpanded,
    expandAll: useCallback(() => runWholeTree('expandAll'), [runWholeTree]),
    collapseAll: useCallback(() => runWholeTree('collapseAll'), [runWholeTree]),
    showShape: setShape,
    refresh: useCallback(() => setShape((current) => ({ ...current })), []),
  };
}
