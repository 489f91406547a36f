import type {
  BridgeError,
  ListPage,
  PagingProgress,
  RequestDraft,
  Tab,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { createStore, useStore, withEntry } from '../state/store';
import { toExecuteRequest } from './exchanges';

/** "All pages" of a tab's list: pages stream in as events while main's paging helper runs. */
export interface AllPages {
  requestId: string;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  progress?: PagingProgress;
  /** Appended in place as pages arrive (progress events re-render); read it once done. */
  pages: ListPage[];
  error?: BridgeError;
}

const runs = createStore<ReadonlyMap<string, AllPages>>(new Map());
/** The pages array of each running listing, so a page is one push: nothing is copied per page. */
const arriving = new Map<string, ListPage[]>();
let listening = false;

function update(requestId: string, change: (run: AllPages) => AllPages) {
  runs.set((current) => {
    for (const [tabId, run] of current) {
      if (run.requestId === requestId) return new Map(current).set(tabId, change(run));
    }
    return current;
  });
}

function listen() {
  if (listening) return;
  listening = true;
  ocx.requests.onPage((page) => arriving.get(page.requestId)?.push(page));
  ocx.requests.onProgress((progress) =>
    update(progress.requestId, (run) => ({ ...run, progress })),
  );
}

export function useAllPages(tabId: string): AllPages | undefined {
  return useStore(runs, (all) => all.get(tabId));
}

export async function fetchAllPages(tab: Tab, draft: RequestDraft): Promise<void> {
  listen();
  const requestId = crypto.randomUUID();
  const pages: ListPage[] = [];
  arriving.set(requestId, pages);
  runs.set((current) => new Map(current).set(tab.id, { requestId, status: 'running', pages }));
  const { method: _method, body: _body, ...request } = toExecuteRequest(tab, draft, requestId);
  const result = await ocx.requests.listAll(request);
  arriving.delete(requestId);
  if (result.ok) {
    // Shown only while the window is not focused (main decides).
    void ocx.desktop.notify({
      title: 'All pages fetched',
      body: `${result.value.items} items from ${draft.path}`,
    });
  }
  update(requestId, (run) =>
    run.status === 'cancelled'
      ? run
      : result.ok
        ? { ...run, status: 'done' }
        : { ...run, status: 'failed', error: result.error },
  );
}

export function cancelAllPages(tabId: string): void {
  const run = runs.get().get(tabId);
  if (run?.status !== 'running') return;
  arriving.delete(run.requestId);
  void ocx.requests.cancel({ requestId: run.requestId });
  update(run.requestId, (current) => ({ ...current, status: 'cancelled' }));
}

export function clearAllPages(tabId: string): void {
  runs.set((current) => withEntry(current, tabId, undefined));
}
