import type {
  BridgeError,
  ExecuteRequest,
  ExecutedResponse,
  RequestDraft,
  Tab,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { createStore, useStore } from '../state/store';

/** The last request of a tab and what came back. Kept in memory only: never re-rendered at start-up. */
export type Exchange =
  | { status: 'sending'; requestId: string; draft: RequestDraft; previous?: ExecutedResponse }
  | { status: 'done'; draft: RequestDraft; response: ExecutedResponse }
  | { status: 'failed'; draft: RequestDraft; error: BridgeError };

/** A request slower than this tells the user when it ends, if they have looked away. */
const SLOW_REQUEST_MS = 10_000;

const exchanges = createStore<ReadonlyMap<string, Exchange>>(new Map());

function put(tabId: string, exchange: Exchange) {
  exchanges.set((current) => new Map(current).set(tabId, exchange));
}

export function useExchange(tabId: string): Exchange | undefined {
  return useStore(exchanges, (all) => all.get(tabId));
}

export function toExecuteRequest(tab: Tab, draft: RequestDraft, requestId: string): ExecuteRequest {
  const enabled = (pairs: RequestDraft['query']) =>
    pairs
      .filter((pair) => pair.enabled && pair.name.trim())
      .map(({ name, value }) => ({ name, value }));
  const hasBody =
    draft.body !== undefined && draft.body.trim() !== '' && !['GET', 'HEAD'].includes(draft.method);
  return {
    requestId,
    profileId: tab.profileId,
    perspectiveId: tab.perspectiveId ?? '',
    method: draft.method,
    path: draft.path,
    query: enabled(draft.query),
    headers: enabled(draft.headers),
    body: hasBody ? { kind: 'json', text: draft.body ?? '' } : undefined,
  };
}

/** Sends a tab's draft as its session; the answer (or the failure) lands in the tab's exchange. */
export async function send(tab: Tab, draft: RequestDraft): Promise<Exchange> {
  const requestId = crypto.randomUUID();
  const previous = exchanges.get().get(tab.id);
  put(tab.id, {
    status: 'sending',
    requestId,
    draft,
    previous: previous?.status === 'done' ? previous.response : undefined,
  });
  const result = await ocx.requests.send(toExecuteRequest(tab, draft, requestId));
  const current = exchanges.get().get(tab.id);
  const exchange: Exchange = result.ok
    ? { status: 'done', draft, response: result.value }
    : { status: 'failed', draft, error: result.error };
  if (result.ok && result.value.timings.total > SLOW_REQUEST_MS) {
    void ocx.desktop.notify({
      title: `${draft.method} ${draft.path} answered ${result.value.status}`,
      body: 'The slow request has finished.',
    });
  }
  // A newer send (or a cancel) owns the tab now.
  if (current?.status === 'sending' && current.requestId === requestId) put(tab.id, exchange);
  return exchange;
}

export function cancel(tabId: string): void {
  const current = exchanges.get().get(tabId);
  if (current?.status !== 'sending') return;
  void ocx.requests.cancel({ requestId: current.requestId });
  put(tabId, {
    status: 'failed',
    draft: current.draft,
    error: { code: 'Cancelled', message: 'You cancelled the request.' },
  });
}

export function forgetExchange(tabId: string): void {
  exchanges.set((current) => {
    const next = new Map(current);
    next.delete(tabId);
    return next;
  });
}
