import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { TreeRow, TreeShape } from '../../workers/protocol';
import { copyToClipboard, useAnnouncement } from '../clipboard';
import type { DocumentClient } from '../document/document-client';
import { useFixedRows } from '../document/use-fixed-rows';
import { FullValueDialog } from './FullValueDialog';
import { RowMenu, type RowAction } from './RowMenu';
import { TreeRowView, TREE_ROW_HEIGHT } from './TreeRowView';
import { TreeToolbar } from './TreeToolbar';
import { handleTreeKey } from './tree-keys';
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
 * state; this component holds only the rows on screen.
 */
export function JsonTree({ client, initialShape, firstRows }: JsonTreeProps) {
  const baseId = useId();
  const tree = useTreeModel(client, initialShape);
  const [active, setActive] = useState<Active>({ row: 0, scroll: false });
  const [menuRow, setMenuRow] = useState<TreeRow>();
  const [fullValue, setFullValue] = useState<{ path: string; text: string }>();
  const [announcement, announce] = useAnnouncement();
  const scroller = useRef<HTMLDivElement>(null);
  const menuAnchor = useRef<HTMLElement | null>(null);

  const { virtualizer, rowAt } = useFixedRows(
    scroller,
    tree.shape.rowCount,
    TREE_ROW_HEIGHT,
    tree.loadRows,
    firstRows,
  );
  const items = virtualizer.getVirtualItems();
  const activeRow = rowAt(active.row);

  const reveal = useCallback((row: number) => setActive({ row, scroll: true }), []);
  const search = useTreeSearch(client, {
    showShape: tree.showShape,
    refresh: tree.refresh,
    reveal,
  });

  useEffect(() => {
    if (active.scroll) virtualizer.scrollToIndex(active.row, { align: 'auto' });
  }, [active, virtualizer]);

  const copy = async (row: TreeRow, part: 'value' | 'path') => {
    const text = await client.call('nodeText', { id: row.id, part });
    const copied = await copyToClipboard(text);
    if (!copied) announce('Could not copy to the clipboard');
    else announce(part === 'path' ? `Copied path ${text}` : 'Copied value');
  };

  const showFullValue = async (row: TreeRow) => {
    const [path, text] = await Promise.all([
      client.call('nodeText', { id: row.id, part: 'path' }),
      client.call('nodeText', { id: row.id, part: 'value' }),
    ]);
    setFullValue({ path, text });
  };

  const openMenu = (row: TreeRow | undefined, element: HTMLElement | null) => {
    if (!row || !element) return;
    menuAnchor.current = element;
    setMenuRow(row);
  };

  const runRowAction = (row: TreeRow, action: RowAction) => {
    if (action === 'show-full') void showFullValue(row);
    else void copy(row, action === 'copy-path' ? 'path' : 'value');
  };

  const rowDomId = (index: number) => `${baseId}-row-${index}`;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) =>
    handleTreeKey(event, {
    activeRow: active.row,
    rowCount: tree.shape.rowCount,
    pageSize: Math.max(1, items.length - 2),
    rowAt,
    moveTo: reveal,
    moveToParent: (row) =>
      void client.call('parentRow', { row }).then((parent) => parent >= 0 && reveal(parent)),
    setExpanded: tree.setExpanded,
    openMenu: () => openMenu(activeRow, document.getElementById(rowDomId(active.row))),
    showFullValue: (row) => void showFullValue(row),
    copyValue: (row) => void copy(row, 'value'),
    });

  return (
    <div className="json-tree-view">
      <TreeToolbar
        search={search}
        busy={tree.busy}
        canCopy={activeRow !== undefined}
        onExpandAll={tree.expandAll}
        onCollapseAll={tree.collapseAll}
        onCopyPath={() => activeRow && void copy(activeRow, 'path')}
        onCopyValue={() => activeRow && void copy(activeRow, 'value')}
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
        <div role="none" className="virtual-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row)
              return (
                <div
                  key={item.key}
                  role="none"
                  className="tree-row placeholder"
                  style={{ transform: `translateY(${item.start}px)` }}
                />
              );
            return (
              <TreeRowView
                key={item.key}
                row={row}
                domId={rowDomId(item.index)}
                active={item.index === active.row}
                top={item.start}
                onToggle={(target) => tree.setExpanded(target, !target.expanded)}
                onSelect={() => setActive({ row: item.index, scroll: false })}
                onContextMenu={(event: MouseEvent<HTMLElement>) => {
                  event.preventDefault();
                  setActive({ row: item.index, scroll: false });
                  openMenu(row, event.currentTarget);
                }}
                onShowMore={(target) => void showFullValue(target)}
              />
            );
          })}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <RowMenu
        row={menuRow}
        anchor={menuAnchor}
        onAction={runRowAction}
        onClose={() => setMenuRow(undefined)}
      />
      {fullValue && (
        <FullValueDialog
          path={fullValue.path}
          text={fullValue.text}
          onCopy={() =>
            void copyToClipboard(fullValue.text).then((copied) =>
              announce(copied ? 'Copied value' : 'Could not copy to the clipboard'),
            )
          }
          onClose={() => setFullValue(undefined)}
        />
      )}
    </div>
  );
}
