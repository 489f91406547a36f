/**
 * What the response viewer's harness page offers its tests and benchmarks (as
 * `window.viewerHarness`). Plain types only: the Node side imports them too.
 */

export type HarnessBody =
  | { kind: 'text'; text: string }
  | { kind: 'json'; value: unknown }
  /** An OrderCloud product list; `page`, `pageSize` and `totalCount` shape its Meta. */
  | { kind: 'products'; count: number; page?: number; pageSize?: number; totalCount?: number }
  /** A product list of about this many megabytes. */
  | { kind: 'sized'; megabytes: number }
  /** The bytes kept by the last `bench.prepare*` call. */
  | { kind: 'prepared' };

export interface HarnessProgress {
  pagesDone: number;
  totalPages: number;
  itemsDone: number;
  totalItems: number;
}

export interface HarnessSpec {
  body: HarnessBody;
  contentType?: string;
  status?: number;
  statusText?: string;
  headers?: Record<string, string | string[]>;
  /** Overrides the size the policy sees, to try 100 MB without allocating it. */
  size?: number;
  errors?: Array<{ ErrorCode: string; Message: string; Data?: unknown }>;
  grantedRoles?: string[];
  autoRender?: boolean;
  /** Wire paging callbacks that record their calls. */
  paging?: boolean;
  allPagesProgress?: HarnessProgress;
  /** Hand the viewer this many product pages of `perPage` items as "all pages". */
  allPages?: { pages: number; perPage: number };
  /** Wire onSaveBody (recorded) instead of the browser download. */
  hostSave?: boolean;
}

export interface HarnessCall {
  name: 'onPage' | 'onAllPages' | 'onCancelAllPages' | 'onSaveBody';
  args: unknown[];
}

export interface StallReport {
  /** The longest the main thread was stuck, in ms: the heartbeat's longest gap or long task. */
  longestStallMs: number;
  /** Long tasks (over 50 ms) the browser reported, in ms. */
  longTasks: number[];
}

export interface ViewerBench {
  /** Keeps the bytes of a product list of about this many MB; returns their length. */
  prepareSized(megabytes: number): Promise<number>;
  /** Keeps the bytes of a product list with this many items; returns their length. */
  prepareList(itemCount: number): Promise<number>;
  /** `JSON.parse(new TextDecoder().decode(bytes))` of the kept bytes, in ms. */
  parseBaseline(): number;
  /** Mounts the viewer on the kept bytes; ms until the tree's first rows are painted. */
  treeFirstPaint(): Promise<{ ms: number } & StallReport>;
  /** Watches an idle page for `ms` with the same probe: the stall baseline. */
  idleStalls(ms: number): Promise<StallReport>;
  /** With the list mounted, ms from choosing the Table tab to its first painted rows. */
  tableFirstPaint(): Promise<number>;
  /** Jumps the table to random rows; ms from each jump until that row is painted. */
  tableScrollJumps(jumps: number): Promise<number[]>;
}

/** What the hostile-response tests check the page for. */
export interface DomAudit {
  /** Set by any payload that ran. */
  pwned: string | null;
  /** Content-Security-Policy violations: something tried to run or load. */
  violations: string[];
  /** Elements anywhere in the document with an on* attribute. */
  handlers: string[];
  /** Live markup inside the app's root (script, img, svg, a[href], …). */
  liveElements: string[];
  baseURI: string;
  scripts: number;
}

export interface ViewerHarness {
  mount(spec: HarnessSpec): Promise<void>;
  /** Re-renders with some fields changed (progress, all pages). */
  update(patch: Partial<HarnessSpec>): Promise<void>;
  unmount(): void;
  calls(): HarnessCall[];
  setTheme(theme: 'light' | 'dark'): void;
  /** Long tasks (ms) since the last call or mount. */
  longTasks(): number[];
  audit(): DomAudit;
  /** Puts markup into the page as live HTML, around the viewer: the control for `audit`. */
  injectHtml(markup: string): void;
  clipboardText(): Promise<string>;
  bench: ViewerBench;
}

/** How code that runs in the page reaches the harness. */
export interface HarnessWindow {
  viewerHarness: ViewerHarness;
}
