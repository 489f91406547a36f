import type { CSSProperties, MouseEvent } from 'react';
import { Button } from 'react-aria-components';
import type { TreeRow } from '../../workers/protocol';

export const TREE_ROW_HEIGHT = 22;
const INDENT_PX = 16;

interface TreeRowViewProps {
  row: TreeRow;
  domId: string;
  active: boolean;
  top: number;
  onToggle: (row: TreeRow) => void;
  onSelect: () => void;
  onContextMenu: (event: MouseEvent<HTMLElement>) => void;
  onShowMore: (row: TreeRow) => void;
}

function childSummary(row: TreeRow): string {
  const noun = row.kind === 'array' ? 'item' : 'key';
  return `${row.childCount.toLocaleString('en-US')} ${noun}${row.childCount === 1 ? '' : 's'}`;
}

export function TreeRowView({
  row,
  domId,
  active,
  top,
  onToggle,
  onSelect,
  onContextMenu,
  onShowMore,
}: TreeRowViewProps) {
  const expandable = row.childCount > 0;
  const style: CSSProperties = {
    transform: `translateY(${top}px)`,
    paddingLeft: (row.level - 1) * INDENT_PX + 4,
  };
  return (
    <div
      id={domId}
      role="treeitem"
      aria-level={row.level}
      aria-expanded={expandable ? row.expanded : undefined}
      aria-posinset={row.position}
      aria-setsize={row.siblingCount}
      aria-selected={active}
      className="tree-row"
      data-active={active || undefined}
      data-matched={row.matched || undefined}
      style={style}
      onClick={onSelect}
      onDoubleClick={() => onToggle(row)}
      onContextMenu={onContextMenu}
    >
      <span
        className="tree-chevron"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          onSelect();
          onToggle(row);
        }}
      >
        {expandable ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      {row.key !== undefined && (
        <>
          <span className={typeof row.key === 'number' ? 'tree-index' : 'tree-key'}>{row.key}</span>
          <span className="tree-colon">: </span>
        </>
      )}
      <span className="tree-value" data-kind={row.kind}>
        {row.preview}
      </span>
      {expandable && <span className="tree-count">{childSummary(row)}</span>}
      {row.truncated && (
        <Button className="rv-link-button" excludeFromTabOrder onPress={() => onShowMore(row)}>
          show more
        </Button>
      )}
    </div>
  );
}
