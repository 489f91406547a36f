import type { KeyboardEvent } from 'react';
import type { TreeRow } from '../../workers/protocol';

export interface TreeKeyboardTarget {
  activeRow: number;
  rowCount: number;
  /** Rows that fit on one screen, for Page Up and Page Down. */
  pageSize: number;
  rowAt: (index: number) => TreeRow | undefined;
  moveTo: (index: number) => void;
  moveToParent: (index: number) => void;
  setExpanded: (row: TreeRow, expanded: boolean) => void;
  openMenu: () => void;
  showFullValue: (row: TreeRow) => void;
  copyValue: (row: TreeRow) => void;
}

/** The WAI-ARIA tree pattern's keys, plus Enter for long strings and Ctrl+C to copy. */
export function handleTreeKey(event: KeyboardEvent<HTMLElement>, target: TreeKeyboardTarget): void {
  const { activeRow, rowCount, pageSize, rowAt, moveTo } = target;
  const row = rowAt(activeRow);
  const clamp = (index: number) => Math.max(0, Math.min(rowCount - 1, index));

  const actions: Record<string, (() => void) | undefined> = {
    ArrowDown: () => moveTo(clamp(activeRow + 1)),
    ArrowUp: () => moveTo(clamp(activeRow - 1)),
    Home: () => moveTo(0),
    End: () => moveTo(rowCount - 1),
    PageDown: () => moveTo(clamp(activeRow + pageSize)),
    PageUp: () => moveTo(clamp(activeRow - pageSize)),
    ArrowRight:
      row && (() => (row.expanded ? moveTo(clamp(activeRow + 1)) : target.setExpanded(row, true))),
    ArrowLeft:
      row &&
      (() => (row.expanded ? target.setExpanded(row, false) : target.moveToParent(activeRow))),
    Enter:
      row &&
      (() => (row.truncated ? target.showFullValue(row) : target.setExpanded(row, !row.expanded))),
    ContextMenu: target.openMenu,
  };

  const selectingText = Boolean(window.getSelection()?.toString());
  const copy = (event.ctrlKey || event.metaKey) && event.key === 'c' && !selectingText;
  const menu = event.shiftKey && event.key === 'F10';
  const action =
    copy && row ? () => target.copyValue(row) : menu ? target.openMenu : actions[event.key];
  if (!action || event.altKey) return;
  event.preventDefault();
  action();
}
