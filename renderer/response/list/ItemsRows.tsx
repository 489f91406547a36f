import { useCallback, useRef, type CSSProperties } from 'react';
import type { ColumnPath, ListSummary } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import { useFixedRows } from '../document/use-fixed-rows';
import { columnLabel } from './ColumnPicker';
import { TableRow } from './TableRow';
import { useTableCells } from './use-table-cells';

const ROW_HEIGHT = 28;

interface ItemsRowsProps {
  client: DocumentClient;
  list: ListSummary;
  columns: ColumnPath[];
}

/**
 * The table itself, apart from its toolbar: a scroll re-renders this component within the
 * scroll event, and only this, so the frame that shows the new position has its rows.
 */
export function ItemsRows({ client, list, columns }: ItemsRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const loadRows = useCallback(
    (from: number, to: number) => client.call('tableRows', { from, to, columns }),
    [client, columns],
  );
  const { totalSize, shown } = useFixedRows(scroller, {
    count: list.itemCount,
    rowHeight: ROW_HEIGHT,
    loader: loadRows,
    // The first rows came with the summary, for the default columns (the first loader's).
    firstRows: list.firstRows,
    local: useTableCells(client, columns, list.itemCount),
  });

  const layout = { '--columns': columns.length } as CSSProperties;
  return (
    <div
      ref={scroller}
      className="items-table"
      role="table"
      aria-label="Items"
      aria-rowcount={list.itemCount + 1}
      aria-colcount={columns.length + 1}
      style={layout}
      tabIndex={0}
    >
      <div role="rowgroup" className="table-head">
        <div role="row" aria-rowindex={1} className="table-row">
          <span role="columnheader" className="row-number">
            #
          </span>
          {columns.map((path) => (
            <span key={columnLabel(path)} role="columnheader" className="table-cell">
              {columnLabel(path)}
            </span>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="virtual-sizer" style={{ height: totalSize }}>
        {shown.map(({ key, index, start, row }) => (
          <TableRow key={key} index={index} top={start} columnCount={columns.length} cells={row} />
        ))}
      </div>
    </div>
  );
}
