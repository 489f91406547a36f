import { tableRows } from './items-table';
import type { ColumnPath, TableCells } from './protocol';

/** Past this many characters the table stays windowed: its text would weigh on the page. */
const MAX_TEXT_CHARS = 32 * 1024 * 1024;
/** Items packed per task, so that row requests are answered in between. */
const CHUNK_ITEMS = 8192;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Every cell of the table, in the given columns, as one string with offsets: what the main
 * thread needs to draw any row in the frame a scroll jump lands in, without a round trip.
 * One string and one typed array clone in a few milliseconds, where 100,000 row arrays would
 * cost the main thread a garbage-collected heap of small strings.
 */
export async function tableCells(
  items: unknown[],
  columns: ColumnPath[],
  /** False once the document is gone: the work stops. */
  isLive: () => boolean,
): Promise<TableCells | undefined> {
  const offsets = new Int32Array(items.length * columns.length + 1);
  const parts: string[] = [];
  let length = 0;
  let cell = 0;
  for (let from = 0; from < items.length; from += CHUNK_ITEMS) {
    if (from > 0) await nextTask();
    if (!isLive()) return undefined;
    for (const row of tableRows(items, columns, from, from + CHUNK_ITEMS))
      for (const text of row) {
        parts.push(text);
        length += text.length;
        offsets[++cell] = length;
      }
    if (length > MAX_TEXT_CHARS) return undefined;
  }
  return { text: parts.join(''), offsets };
}
