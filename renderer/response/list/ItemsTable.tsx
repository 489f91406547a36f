import { useCallback, useRef, useState, type CSSProperties } from 'react';
import { Button, Toolbar } from 'react-aria-components';
import type { ColumnPath, ExportFormat, ListSummary } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import { useFixedRows } from '../document/use-fixed-rows';
import { downloadBlob } from '../download';
import { formatCount } from '../format';
import { ColumnPicker, columnLabel } from './ColumnPicker';
import { TableRow } from './TableRow';
import { useTableCells } from './use-table-cells';

const ROW_HEIGHT = 28;

interface ItemsTableProps {
  client: DocumentClient;
  list: ListSummary;
  /** Names the exported files: `<base>.csv`, `<base>.json`. */
  fileBaseName: string;
}

/** The list's Items as a virtualised table: 100,000 rows cost what a screenful does. */
export function ItemsTable({ client, list, fileBaseName }: ItemsTableProps) {
  const [columns, setColumns] = useState<ColumnPath[]>(list.defaultColumns);
  const [exporting, setExporting] = useState(false);
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

  const exportAs = (format: ExportFormat) => {
    setExporting(true);
    void client
      .call('exportItems', { format, columns })
      .then((blob) => downloadBlob(blob, `${fileBaseName}.${format}`))
      .finally(() => setExporting(false));
  };

  const layout = { '--columns': columns.length } as CSSProperties;
  return (
    <div className="items-view">
      <Toolbar className="viewer-toolbar" aria-label="Table tools">
        <ColumnPicker columns={list.columns} selected={columns} onChange={setColumns} />
        <span className="toolbar-note">{formatCount(list.itemCount)} rows</span>
        <span className="toolbar-spacer" />
        <Button className="rv-button" isDisabled={exporting} onPress={() => exportAs('csv')}>
          Export CSV
        </Button>
        <Button className="rv-button" isDisabled={exporting} onPress={() => exportAs('json')}>
          Export JSON
        </Button>
      </Toolbar>
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
            <TableRow
              key={key}
              index={index}
              top={start}
              columnCount={columns.length}
              cells={row}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
