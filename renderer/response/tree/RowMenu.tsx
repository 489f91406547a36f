import type { RefObject } from 'react';
import { Menu, MenuItem, Popover, type Key } from 'react-aria-components';
import type { TreeRow } from '../../workers/protocol';

export type RowAction = 'copy-value' | 'copy-path' | 'show-full';

interface RowMenuProps {
  row: TreeRow | undefined;
  anchor: RefObject<HTMLElement | null>;
  onAction: (row: TreeRow, action: RowAction) => void;
  onClose: () => void;
}

/** The context menu of a tree row (right click, Shift+F10 or the Menu key). */
export function RowMenu({ row, anchor, onAction, onClose }: RowMenuProps) {
  const act = (key: Key) => {
    if (row) onAction(row, key as RowAction);
    onClose();
  };
  return (
    <Popover
      className="rv-popover"
      triggerRef={anchor}
      isOpen={row !== undefined}
      onOpenChange={(open) => !open && onClose()}
      placement="bottom start"
    >
      <Menu className="rv-menu" aria-label="Row actions" autoFocus="first" onAction={act}>
        <MenuItem className="rv-menu-item" id="copy-value">
          Copy value
        </MenuItem>
        <MenuItem className="rv-menu-item" id="copy-path">
          Copy path
        </MenuItem>
        {row?.truncated && (
          <MenuItem className="rv-menu-item" id="show-full">
            Show full value
          </MenuItem>
        )}
      </Menu>
    </Popover>
  );
}
