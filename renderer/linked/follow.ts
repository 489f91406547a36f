import type { ExecutedResponse, Tab } from '../../preload/contract';
import { clearAllPages } from '../console/all-pages';
import { send, type Exchange } from '../console/exchanges';
import { createStore, useStore, withEntry } from '../state/store';
import { lookups } from '../compare/comparisons';
import { targetOf } from '../compare/targets';
import { workspaceStore } from '../workspace/store';
import { onEntityEvent, publishEntityEvent, type EntityEvent } from './entity-bus';
import { entityChanges, type EntityChange } from './entity-change';
import { followersOf } from './followers';
import { findItem, parseSmallJson, type FoundItem } from './find-item';

/** What a following tab shows after it refreshed for another pane's change. */
export interface FollowNotice {
  event: EntityEvent;
  change: EntityChange;
  status: 'refreshing' | 'done' | 'failed';
  /** Where the changed entity is in the refreshed list, once it answered. */
  found?: FoundItem;
}

const notices = createStore<ReadonlyMap<string, FollowNotice>>(new Map());

function setNotice(tabId: string, notice: FollowNotice | undefined) {
  notices.set((current) => withEntry(current, tabId, notice));
}

export function useFollowNotice(tabId: string): FollowNotice | undefined {
  return useStore(notices, (all) => all.get(tabId));
}

export function dismissFollowNotice(tabId: string): void {
  setNotice(tabId, undefined);
}

/** Tells the other panes what a tab's answered write changed (nothing for reads or errors). */
export function publishExchange(tab: Tab, paneId: string, exchange: Exchange): void {
  if (exchange.status !== 'done') return;
  const { response, draft } = exchange;
  const changes = entityChanges({
    method: draft.method,
    path: draft.path,
    status: response.status,
    body: parseSmallJson(response.body),
  });
  if (changes.length === 0) return;
  const paneIndex = workspaceStore.get()?.panes.findIndex((pane) => pane.id === paneId) ?? -1;
  const who = targetOf(tab, lookups(), tab.profileId).label;
  publishEntityEvent({
    changes,
    source: {
      tabId: tab.id,
      paneId,
      profileId: tab.profileId,
      label: paneIndex >= 0 ? `${who} in pane ${paneIndex + 1}` : who,
    },
  });
}

/**
 * Following tabs in other panes of the same marketplace re-send their request when a change
 * concerns what they show: a refresh for a reason, never a poll. Returns the unsubscribe.
 */
export function startFollowing(): () => void {
  return onEntityEvent((event) => {
    const workspace = workspaceStore.get();
    if (!workspace) return;
    for (const { tab, change } of followersOf(workspace, event)) void refresh(tab, event, change);
  });
}

async function refresh(tab: Tab, event: EntityEvent, change: EntityChange): Promise<void> {
  const notice: FollowNotice = { event, change, status: 'refreshing' };
  setNotice(tab.id, notice);
  clearAllPages(tab.id);
  const exchange = await send(tab, tab.draft);
  // A later change may have started another refresh meanwhile; it owns the notice.
  if (notices.get().get(tab.id) !== notice) return;
  setNotice(tab.id, {
    ...notice,
    status: exchange.status === 'done' ? 'done' : 'failed',
    ...(exchange.status === 'done' ? { found: locate(exchange.response, change.id) } : {}),
  });
}

function locate(response: ExecutedResponse, id: string): FoundItem | undefined {
  return findItem(parseSmallJson(response.body), id);
}
