import type { Tab, Workspace } from '../../preload/contract';
import type { EntityEvent } from './entity-bus';
import { followedEntity, matchingChange, type EntityChange } from './entity-change';

/**
 * The tabs an event should refresh, each with the change it shows: Follow on, in another pane,
 * on the same marketplace, showing that kind of entity (or that very one).
 */
export function followersOf(
  workspace: Workspace,
  event: EntityEvent,
): Array<{ tab: Tab; change: EntityChange }> {
  return workspace.panes
    .filter((pane) => pane.id !== event.source.paneId)
    .flatMap((pane) => pane.tabIds.map((tabId) => workspace.tabs[tabId]))
    .flatMap((tab) => {
      if (!tab?.follow || tab.profileId !== event.source.profileId) return [];
      const followed = followedEntity(tab.draft);
      const change = followed && matchingChange(followed, event.changes);
      return change ? [{ tab, change }] : [];
    });
}
