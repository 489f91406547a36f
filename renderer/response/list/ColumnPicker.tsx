import {
  Button,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  type Selection,
} from 'react-aria-components';
import type { ColumnPath } from '../../workers/protocol';

export const columnLabel = (path: ColumnPath) => path.join('.');

interface ColumnPickerProps {
  columns: readonly ColumnPath[];
  selected: readonly ColumnPath[];
  onChange: (selected: ColumnPath[]) => void;
}

/** Pick the table's columns from every field the items have, xp.* included. */
export function ColumnPicker({ columns, selected, onChange }: ColumnPickerProps) {
  const choose = (keys: Selection) => {
    const chosen = keys === 'all' ? columns : columns.filter((path) => keys.has(columnLabel(path)));
    onChange([...chosen]);
  };
  return (
    <MenuTrigger>
      <Button className="rv-button">Columns ({selected.length})</Button>
      <Popover className="rv-popover" placement="bottom start">
        <Menu
          className="rv-menu column-menu"
          aria-label="Columns"
          selectionMode="multiple"
          shouldCloseOnSelect={false}
          selectedKeys={selected.map(columnLabel)}
          onSelectionChange={choose}
        >
          {columns.map((path) => (
            <MenuItem
              key={columnLabel(path)}
              id={columnLabel(path)}
              className="rv-menu-item checkable"
            >
              {columnLabel(path)}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
