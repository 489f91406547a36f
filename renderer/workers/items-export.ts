import { cellText, columnLabel, valueAt } from './items-table';
import type { ColumnPath, ExportFormat } from './protocol';

/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function itemsCsv(items: unknown[], columns: ColumnPath[]): string {
  const lines = [columns.map((path) => csvField(columnLabel(path))).join(',')];
  for (const item of items)
    lines.push(columns.map((path) => csvField(cellText(valueAt(item, path)))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function exportItems(items: unknown[], format: ExportFormat, columns: ColumnPath[]): Blob {
  if (format === 'csv') return new Blob([itemsCsv(items, columns)], { type: 'text/csv' });
  return new Blob([JSON.stringify(items, null, 2)], { type: 'application/json' });
}
