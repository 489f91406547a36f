import { describe, expect, it } from 'vitest';
import type { Profile, Tab, Workspace } from '../../preload/contract';
import { compareTargets } from '../../renderer/compare/targets';

const draft = { method: 'GET' as const, path: '/products', query: [], headers: [] };
const tab = (id: string, profileId: string, perspectiveId?: string): Tab => ({
  id,
  profileId,
  perspectiveId,
  mode: 'operation',
  draft,
});

const profile = (id: string, name: string, perspectives: string[]) =>
  ({
    id,
    name,
    perspectives: perspectives.map((p) => ({ id: p, label: `${p} (label)` })),
  }) as unknown as Profile;

const lookups = {
  profiles: [
    profile('local', 'Local sandbox', ['admin', 'buyer', 'supplier']),
    profile('prod', 'Production', ['admin']),
  ],
  session: (_profileId: string, perspectiveId: string) =>
    perspectiveId === 'buyer' ? ({ username: 'buyer01' } as never) : undefined,
};

describe('compareTargets', () => {
  it('offers the other panes’ active tabs first, then every other open context once', () => {
    const tabs = [
      tab('t1', 'local', 'admin'),
      tab('t2', 'local', 'supplier'),
      tab('t3', 'local', 'buyer'),
      tab('t4', 'local', 'admin'),
      tab('t5', 'prod', 'admin'),
      tab('t6', 'local'),
    ];
    const workspace: Workspace = {
      version: 1,
      orientation: 'horizontal',
      focusedPaneId: 'p1',
      panes: [
        { id: 'p1', tabIds: ['t1', 't2'], activeTabId: 't1' },
        { id: 'p2', tabIds: ['t4', 't5', 't3', 't6'], activeTabId: 't3' },
      ],
      tabs: Object.fromEntries(tabs.map((t) => [t.id, t])),
    };
    expect(compareTargets(workspace, tabs[0]!, lookups)).toEqual([
      { profileId: 'local', perspectiveId: 'buyer', label: 'buyer01', where: 'pane 2' },
      { profileId: 'local', perspectiveId: 'supplier', label: 'supplier (label)', where: 'pane 1' },
      {
        profileId: 'prod',
        perspectiveId: 'admin',
        label: 'admin (label) on Production',
        where: 'pane 2',
      },
    ]);
  });
});
