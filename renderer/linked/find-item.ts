/** Finding one entity in an answer, to point at it after a refresh. */

export interface FoundItem {
  /** 0-based position in the page's Items; -1 when the answer is that entity itself. */
  index: number;
  /** A few of its fields, to show it without opening the list. */
  fields: Array<[name: string, value: string]>;
}

/** Larger answers are left alone: locating is a courtesy, not worth blocking the page. */
const MAX_PARSED_BYTES = 2 * 1024 * 1024;
const SHOWN_FIELDS = ['Name', 'Status', 'Total', 'DateSubmitted', 'Username', 'FromCompanyID'];

export function parseSmallJson(body: Uint8Array): unknown {
  if (body.byteLength === 0 || body.byteLength > MAX_PARSED_BYTES) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameId = (item: unknown, id: string) =>
  isRecord(item) && (item.ID === id || (typeof item.ID === 'number' && String(item.ID) === id));

export function findItem(body: unknown, id: string): FoundItem | undefined {
  if (!isRecord(body)) return undefined;
  if (Array.isArray(body.Items)) {
    const index = body.Items.findIndex((item) => sameId(item, id));
    return index < 0 ? undefined : { index, fields: fieldsOf(body.Items[index]) };
  }
  return sameId(body, id) ? { index: -1, fields: fieldsOf(body) } : undefined;
}

function fieldsOf(item: unknown): FoundItem['fields'] {
  if (!isRecord(item)) return [];
  return SHOWN_FIELDS.filter((name) =>
    ['string', 'number', 'boolean'].includes(typeof item[name]),
  ).map((name) => [name, String(item[name])]);
}
