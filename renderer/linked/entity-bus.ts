import type { EntityChange } from './entity-change';

/** An answered write, as the tab that sent it tells the others. */
export interface EntityEvent {
  changes: EntityChange[];
  source: {
    tabId: string;
    paneId: string;
    profileId: string;
    /** "buyer01 in pane 2", for the follower's notice. */
    label: string;
  };
}

type Listener = (event: EntityEvent) => void;
const listeners = new Set<Listener>();

/** The renderer's own bus: no channel to main, since every pane lives in this page. */
export function publishEntityEvent(event: EntityEvent): void {
  for (const listener of listeners) listener(event);
}

export function onEntityEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
