import type { Pane, RequestDraft, Tab, Workspace } from '../../preload/contract';

/** Pure transitions of the workspace: panes, their tabs, and each tab's context and draft. */

const MAX_PANES = 4;

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export function blankDraft(): RequestDraft {
  return { method: 'GET', path: '/me', query: [], headers: [], operationId: 'Me.Get' };
}

export function initialWorkspace(profileId: string, perspectiveId?: string): Workspace {
  const tab = createTab(profileId, perspectiveId);
  const pane: Pane = { id: newId('pane'), tabIds: [tab.id], activeTabId: tab.id };
  return {
    version: 1,
    orientation: 'horizontal',
    panes: [pane],
    focusedPaneId: pane.id,
    tabs: { [tab.id]: tab },
  };
}

export function createTab(profileId: string, perspectiveId?: string, draft = blankDraft()): Tab {
  return { id: newId('tab'), profileId, perspectiveId, mode: 'operation', draft };
}

function mapPane(workspace: Workspace, paneId: string, change: (pane: Pane) => Pane): Workspace {
  return {
    ...workspace,
    panes: workspace.panes.map((pane) => (pane.id === paneId ? change(pane) : pane)),
  };
}

export function focusedPane(workspace: Workspace): Pane {
  return workspace.panes.find((pane) => pane.id === workspace.focusedPaneId) ?? workspace.panes[0]!;
}

export function activeTab(workspace: Workspace, pane = focusedPane(workspace)): Tab | undefined {
  return pane.activeTabId ? workspace.tabs[pane.activeTabId] : undefined;
}

/** Opens a tab in a pane, next to the active one, and selects it. */
export function openTab(workspace: Workspace, paneId: string, tab: Tab): Workspace {
  const withTab = {
    ...workspace,
    tabs: { ...workspace.tabs, [tab.id]: tab },
    focusedPaneId: paneId,
  };
  return mapPane(withTab, paneId, (pane) => {
    const at = pane.activeTabId ? pane.tabIds.indexOf(pane.activeTabId) + 1 : pane.tabIds.length;
    const tabIds = [...pane.tabIds.slice(0, at), tab.id, ...pane.tabIds.slice(at)];
    return { ...pane, tabIds, activeTabId: tab.id };
  });
}

export function selectTab(workspace: Workspace, paneId: string, tabId: string): Workspace {
  return {
    ...mapPane(workspace, paneId, (pane) => ({ ...pane, activeTabId: tabId })),
    focusedPaneId: paneId,
  };
}

export function updateTab(
  workspace: Workspace,
  tabId: string,
  change: Partial<Omit<Tab, 'id'>>,
): Workspace {
  const tab = workspace.tabs[tabId];
  if (!tab) return workspace;
  return { ...workspace, tabs: { ...workspace.tabs, [tabId]: { ...tab, ...change } } };
}

/** Closes a tab; a pane left empty closes too, unless it is the last one. */
export function closeTab(workspace: Workspace, tabId: string): Workspace {
  const owner = workspace.panes.find((pane) => pane.tabIds.includes(tabId));
  if (!owner) return workspace;
  const { [tabId]: _closed, ...tabs } = workspace.tabs;
  const index = owner.tabIds.indexOf(tabId);
  const tabIds = owner.tabIds.filter((id) => id !== tabId);
  const activeTabId =
    owner.activeTabId === tabId
      ? (tabIds[Math.min(index, tabIds.length - 1)] ?? undefined)
      : owner.activeTabId;
  const next = mapPane({ ...workspace, tabs }, owner.id, (pane) => ({
    ...pane,
    tabIds,
    activeTabId,
  }));
  return tabIds.length === 0 && next.panes.length > 1 ? closePane(next, owner.id) : next;
}

/** Splits the window: a new pane to the right (or below) with a copy of the active tab's context. */
export function splitPane(workspace: Workspace, paneId: string): Workspace {
  if (workspace.panes.length >= MAX_PANES) return workspace;
  const source = workspace.panes.find((pane) => pane.id === paneId);
  const template = source?.activeTabId ? workspace.tabs[source.activeTabId] : undefined;
  const tab = template
    ? createTab(template.profileId, template.perspectiveId, template.draft)
    : undefined;
  const pane: Pane = { id: newId('pane'), tabIds: tab ? [tab.id] : [], activeTabId: tab?.id };
  const at = workspace.panes.findIndex((candidate) => candidate.id === paneId) + 1;
  return {
    ...workspace,
    tabs: tab ? { ...workspace.tabs, [tab.id]: tab } : workspace.tabs,
    panes: [...workspace.panes.slice(0, at), pane, ...workspace.panes.slice(at)],
    focusedPaneId: pane.id,
  };
}

export function closePane(workspace: Workspace, paneId: string): Workspace {
  if (workspace.panes.length === 1) return workspace;
  const closing = workspace.panes.find((pane) => pane.id === paneId);
  const panes = workspace.panes.filter((pane) => pane.id !== paneId);
  const tabs = { ...workspace.tabs };
  for (const tabId of closing?.tabIds ?? []) delete tabs[tabId];
  const focusedPaneId = workspace.focusedPaneId === paneId ? panes[0]!.id : workspace.focusedPaneId;
  return { ...workspace, panes, tabs, focusedPaneId };
}

/** Moves a tab to another pane (drag and drop, or the keyboard shortcut), at an index. */
export function moveTab(
  workspace: Workspace,
  tabId: string,
  toPaneId: string,
  index?: number,
): Workspace {
  const from = workspace.panes.find((pane) => pane.tabIds.includes(tabId));
  if (!from || !workspace.panes.some((pane) => pane.id === toPaneId)) return workspace;
  let next = mapPane(workspace, from.id, (pane) => {
    const tabIds = pane.tabIds.filter((id) => id !== tabId);
    return {
      ...pane,
      tabIds,
      activeTabId: pane.activeTabId === tabId ? tabIds[0] : pane.activeTabId,
    };
  });
  next = mapPane(next, toPaneId, (pane) => {
    const at = index ?? pane.tabIds.length;
    return {
      ...pane,
      tabIds: [...pane.tabIds.slice(0, at), tabId, ...pane.tabIds.slice(at)],
      activeTabId: tabId,
    };
  });
  next = { ...next, focusedPaneId: toPaneId };
  const emptied = next.panes.find((pane) => pane.id === from.id);
  return emptied && emptied.tabIds.length === 0 && from.id !== toPaneId
    ? closePane(next, from.id)
    : next;
}

export function focusPane(workspace: Workspace, paneId: string): Workspace {
  return workspace.panes.some((pane) => pane.id === paneId)
    ? { ...workspace, focusedPaneId: paneId }
    : workspace;
}

export function setOrientation(
  workspace: Workspace,
  orientation: Workspace['orientation'],
): Workspace {
  return { ...workspace, orientation };
}
