import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TreeRow, TreeShape } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import { useFixedRows } from '../document/use-fixed-rows';
import { FullValueDialog } from './FullValueDialog';
import { RowMenu } from './RowMenu';
import { handleTreeKey } from './tree-keys';
import { TreeRowView, TREE_ROW_HEIGHT } from './TreeRowView';
import { TreeToolbar } from './TreeToolbar';
import { useRowActions } from './use-row-actions';
import { useTreeModel } from './use-tree-model';
import { useTreeSearch } from './use-tree-search';

interface JsonTreeProps {
  client: DocumentClient;
  initialShape: TreeShape;
  firstRows?: TreeRow[];
}

/** The active row, and whether making it active should scroll it into view. */
interface Active {
  row: number;
  scroll: boolean;
}

/**
 * The body as a collapsible, virtualised tree. The worker owns the document and the expansion
 * state; this component holds only the rows on screen. Focus stays on the tree, and
 * aria-activedescendant names the active row, so rows can come and go as it scrolls.
 */
export function JsonTree({ client, initialShape, firstRows }: JsonTreeProps) {
  const baseId = useId();
  const tree = useTreeModel(client, initialShape);
  const actions = useRowActions(client);
  const [active, setActive] = useState<Active>({ row: 0, scroll: false });
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useFixedRows(scroller, {
    count: tree.shape.rowCount,
    rowHeight: TREE_ROW_HEIGHT,
    loader: tree.loadRows,
    firstRows,
  });
  const { scrollToIndex, rowAt } = rows;
  const activeRow = rowAt(active.row);

  const reveal = useCallback((row: number) => setActive({ row, scroll: true }), []);
  const search = useTreeSearch(client, {
    showShape: tree.showShape,
    refresh: tree.refresh,
    reveal,
  });

  useEffect(() => {
    if (active.scroll) scrollToIndex(active.row);
  }, [active, scrollToIndex]);

  const rowDomId = (index: number) => `${baseId}-row-${index}`;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) =>
    handleTreeKey(event, {
      activeRow: active.row,
      rowCount: tree.shape.rowCount,
      pageSize: Math.max(1, rows.shown.length - 2),
      rowAt,
      moveTo: reveal,
      moveToParent: (row) =>
        void client.call('parentRow', { row }).then((parent) => parent >= 0 && reveal(parent)),
      setExpanded: tree.setExpanded,
      openMenu: () => actions.openMenu(activeRow, document.getElementById(rowDomId(active.row))),
      showFullValue: actions.showFullValue,
      copyValue: (row) => actions.copy(row, 'value'),
    });

  return (
    <div className="json-tree-view">
      <TreeToolbar
        search={search}
        busy={tree.busy}
        canCopy={activeRow !== undefined}
        onExpandAll={tree.expandAll}
        onCollapseAll={tree.collapseAll}
        onCopyPath={() => activeRow && actions.copy(activeRow, 'path')}
        onCopyValue={() => activeRow && actions.copy(activeRow, 'value')}
      />
      <div
        ref={scroller}
        className="json-tree"
        role="tree"
        aria-label="Response body"
        aria-busy={tree.busy || undefined}
        aria-activedescendant={activeRow ? rowDomId(active.row) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div role="none" className="virtual-sizer" style={{ height: rows.totalSize }}>
          {rows.shown.map(({ key, index, start, row }) =>
            row ? (
              <TreeRowView
                key={key}
                row={row}
                domId={rowDomId(index)}
                active={index === active.row}
                top={start}
                onToggle={(target) => tree.setExpanded(target, !target.expanded)}
                onSelect={() => setActive({ row: index, scroll: false })}
                onContextMenu={(event) => {
                  event.preventDefault();
                  setActive({ row: index, scroll: false });
                  actions.openMenu(row, event.currentTarget);
                }}
                onShowMore={actions.showFullValue}
              />
            ) : (
              <div
                key={key}
                role="none"
                className="tree-row"
                style={{ transform: `translateY(${start}px)` }}
              />
            ),
          )}
        </div>
      </div>
      <p className="copy-status" role="status">
        {actions.announcement}
      </p>
      <RowMenu
        row={actions.menu.row}
        anchor={actions.menu.anchor}
        onAction={actions.runMenuAction}
        onClose={actions.closeMenu}
      />
      {actions.fullValue && (
        <FullValueDialog
          path={actions.fullValue.path}
          text={actions.fullValue.text}
          onCopy={actions.copyFullValue}
          onClose={actions.closeFullValue}
        />
      )}
    </div>
  );
}
