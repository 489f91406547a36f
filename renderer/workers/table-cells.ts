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
 * Every cell of the table, in the given columns, as UTF-16 code units end to end with offsets:
 * what the main thread needs to draw any row in the frame a scroll jump lands in, without a
 * round trip. Two typed arrays are handed over without a copy, where a string would be copied
 * on the main thread, and 100,000 row arrays would fill its heap with small strings.
 */
export async function tableCells(
  items: unknown[],
  columns: ColumnPath[],
  /** False once the document is gone: the work stops. */
  isLive: () => boolean,
): Promise<TableCells | undefined> {
  const offsets = new Int32Array(items.length * columns.length + 1);
  let codes = new Uint16Array(Math.max(1024, offsets.length * 16));
  let length = 0;
  let cell = 0;
  for (let from = 0; from < items.length; from += CHUNK_ITEMS) {
    if (from > 0) await nextTask();
    if (!isLive()) return undefined;
    for (const row of tableRows(items, columns, from, from + CHUNK_ITEMS))
      for (const text of row) {
        if (length + text.length > MAX_TEXT_CHARS) return undefined;
        if (length + text.length > codes.length) codes = grown(codes, length + text.length);
        for (let index = 0; index < text.length; index++)
          codes[length + index] = text.charCodeAt(index);
        length += text.length;
        offsets[++cell] = length;
      }
  }
  return { codes: codes.slice(0, length), offsets };
}

function grown(codes: Uint16Array<ArrayBuffer>, needed: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(Math.max(needed, codes.length * 2));
  next.set(codes);
  return next;
}
