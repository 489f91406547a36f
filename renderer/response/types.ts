/** How long each phase of the exchange took, in milliseconds (got's timings.phases). */
export interface TimingPhases {
  dns?: number;
  tcp?: number;
  tls?: number;
  request?: number;
  firstByte?: number;
  download?: number;
}

export interface ResponseTimings {
  total: number;
  phases?: TimingPhases;
}

/** One entry of OrderCloud's `{ "Errors": [...] }` body, parsed by main. */
export interface OrderCloudError {
  ErrorCode: string;
  Message: string;
  Data?: unknown;
}

/** A response as the executor in main hands it over the bridge. */
export interface ApiResponse {
  requestId: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** The raw bytes after decompression, not parsed. The viewer never modifies them. */
  body: Uint8Array;
  /** Size of the body in bytes after decompression. */
  size: number;
  contentType?: string;
  timings: ResponseTimings;
  errors?: OrderCloudError[];
}

/** Paging for OrderCloud list responses; the host wires these to the request and to main. */
export interface ListPaging {
  /** Re-send the request for this page (1-based) and page size. */
  onPage: (page: number, pageSize: number) => void;
  /** Start fetching every page (main's paging helper); progress comes back as a prop. */
  onAllPages?: () => void;
  onCancelAllPages?: () => void;
  /** Present while all pages are being fetched. */
  allPagesProgress?: { loadedItems: number; totalItems: number };
  /** Choices for the page size; OrderCloud allows up to 100. */
  pageSizes?: readonly number[];
}
