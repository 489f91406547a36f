import type { HistoryPage, HistorySummary } from '../../preload/contract/history';

export interface PageRequest {
  search: string;
  offset: number;
  limit: number;
}

/** Pinned entries first, then the rest; newest first within each. */
export function listOrder<T extends Pick<HistorySummary, 'pinned'>>(
  oldestFirst: readonly T[],
): T[] {
  const newestFirst = [...oldestFirst].reverse();
  return [
    ...newestFirst.filter((entry) => entry.pinned),
    ...newestFirst.filter((entry) => !entry.pinned),
  ];
}

/**
 * Every word of the search must match the method, the status (`404`, `4xx`), the path or the
 * perspective (label or username): `post orders 4xx buyer01`.
 */
export function matchesSearch(entry: HistorySummary, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => matchesWord(entry, word));
}

export function pageOf(
  ordered: readonly HistorySummary[],
  { search, offset, limit }: PageRequest,
): HistoryPage {
  const matching = search.trim()
    ? ordered.filter((entry) => matchesSearch(entry, search))
    : ordered;
  const items = matching.slice(offset, offset + limit);
  const next = offset + items.length;
  return next < matching.length
    ? { items, total: matching.length, nextOffset: next }
    : { items, total: matching.length };
}

function matchesWord(entry: HistorySummary, word: string): boolean {
  if (entry.method.toLowerCase() === word) return true;
  if (matchesStatus(entry.status, word)) return true;
  const fields = [entry.path, entry.perspective?.label, entry.perspective?.username];
  return fields.some((field) => field?.toLowerCase().includes(word));
}

function matchesStatus(status: number | undefined, word: string): boolean {
  if (status === undefined) return false;
  const statusClass = /^([1-5])xx$/.exec(word);
  if (statusClass) return Math.floor(status / 100) === Number(statusClass[1]);
  return String(status) === word;
}
