import { describe, expect, it } from 'vitest';
import type { Tab, Workspace } from '../../preload/contract';
import type { EntityEvent } from '../../renderer/linked/entity-bus';
import { followersOf } from '../../renderer/linked/followers';

const tab = (id: string, path: string, extra: Partial<Tab> = {}): Tab => ({
  id,
  profileId: 'local',
  perspectiveId: 'admin',
  mode: 'operation',
  draft: { method: 'GET', path, query: [], headers: [] },
  follow: true,
  ...extra,
});

const tabs = [
  tab('buyer-tab', '/orders/Outgoing/o1/submit', { perspectiveId: 'buyer' }),
  tab('buyer-list', '/orders/Outgoing', { perspectiveId: 'buyer' }),
  tab('incoming', '/orders/Incoming'),
  tab('not-following', '/orders/Incoming', { follow: false }),
  tab('other-marketplace', '/orders/Incoming', { profileId: 'production' }),
  tab('products', '/products'),
  tab('that-order', '/orders/Incoming/o1'),
  tab('another-order', '/orders/Incoming/o2'),
];

const workspace: Workspace = {
  version: 1,
  orientation: 'horizontal',
  focusedPaneId: 'right',
  panes: [
    { id: 'right', tabIds: ['buyer-tab', 'buyer-list'], activeTabId: 'buyer-tab' },
    {
      id: 'left',
      tabIds: tabs.slice(2).map((t) => t.id),
      activeTabId: 'incoming',
    },
  ],
  tabs: Object.fromEntries(tabs.map((t) => [t.id, t])),
};

const submitted: EntityEvent = {
  changes: [{ kind: 'Order', id: 'o1', verb: 'submitted' }],
  source: { tabId: 'buyer-tab', paneId: 'right', profileId: 'local', label: 'buyer01 in pane 1' },
};

describe('followersOf', () => {
  it('refreshes following tabs of other panes on the same marketplace that show the entity', () => {
    expect(followersOf(workspace, submitted).map(({ tab }) => tab.id)).toEqual([
      'incoming',
      'that-order',
    ]);
  });

  it('leaves the source pane alone, even its following lists', () => {
    expect(followersOf(workspace, submitted).some(({ tab }) => tab.id === 'buyer-list')).toBe(
      false,
    );
  });

  it('hands each follower the change it shows', () => {
    const lineItem: EntityEvent = {
      ...submitted,
      changes: [
        { kind: 'LineItem', id: 'li1', verb: 'created' },
        { kind: 'Order', id: 'o1', verb: 'changed' },
      ],
    };
    expect(followersOf(workspace, lineItem).map(({ change }) => change.kind)).toEqual([
      'Order',
      'Order',
    ]);
  });
});
