import type {
  ExecutedResponse,
  ListPage,
  PagingProgress,
  ResponseTimings,
} from '../../preload/contract/requests';

/**
 * What the viewer reads of a response: main's ExecutedResponse (preload/contract/requests.ts)
 * is one, so the host passes it straight through. `body` holds the raw bytes after
 * decompression; the viewer never modifies them.
 */
export type ApiResponse = Pick<
  ExecutedResponse,
  'requestId' | 'status' | 'statusText' | 'headers' | 'body' | 'size' | 'timings' | 'errors'
>;

export type { OrderCloudError } from '../../preload/contract/requests';

/** How long each phase of the exchange took, in milliseconds; absent phases did not happen. */
export type TimingPhases = Omit<ResponseTimings, 'total'>;

/** Paging for OrderCloud list responses; the host wires these to the request and to main. */
export interface ListPaging {
  /** Re-send the request for this page (1-based) and page size. */
  onPage: (page: number, pageSize: number) => void;
  /** Start main's paging helper (requests.listAll). */
  onAllPages?: () => void;
  onCancelAllPages?: () => void;
  /** The latest requests.progress event, while every page is being fetched. */
  allPagesProgress?: Pick<PagingProgress, 'pagesDone' | 'totalPages' | 'itemsDone' | 'totalItems'>;
  /** Every page once all arrived (requests.page events, any order): shown as one list. */
  allPages?: ReadonlyArray<Pick<ListPage, 'page' | 'body'>>;
  /** Choices for the page size; OrderCloud allows up to 100. */
  pageSizes?: readonly number[];
}

/** A header's value however it arrived (repeated headers come as arrays), case-insensitively. */
export function headerValue(headers: ApiResponse['headers'], name: string): string | undefined {
  const wanted = name.toLowerCase();
  const found = Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
  return Array.isArray(found) ? found.join(', ') : found;
}
