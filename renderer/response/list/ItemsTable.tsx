import { useState } from 'react';
import { Button, Toolbar } from 'react-aria-components';
import type { ColumnPath, ExportFormat, ListSummary } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import { downloadBlob } from '../download';
import { formatCount } from '../format';
import { ColumnPicker } from './ColumnPicker';
import { ItemsRows } from './ItemsRows';

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

  const exportAs = (format: ExportFormat) => {
    setExporting(true);
    void client
      .call('exportItems', { format, columns })
      .then((blob) => downloadBlob(blob, `${fileBaseName}.${format}`))
      .finally(() => setExporting(false));
  };

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
      <ItemsRows client={client} list={list} columns={columns} />
    </div>
  );
}
