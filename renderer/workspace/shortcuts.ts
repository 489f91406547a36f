import { useEffect } from 'react';
import type { Workspace } from '../../preload/contract';
import { closeTab, createTab, focusPane, focusedPane, moveTab, openTab, splitPane } from './model';
import { updateWorkspace, workspaceStore } from './store';

const isMac = () => navigator.platform.toLowerCase().includes('mac');

/** The workspace's keyboard: split, focus a pane, move or open or close a tab. */
export const WORKSPACE_SHORTCUTS = [
  { keys: 'Mod+\\', description: 'Split the focused pane' },
  { keys: 'Mod+1 … Mod+4', description: 'Focus pane 1 to 4' },
  { keys: 'Mod+Alt+→ / ←', description: 'Move the tab to the next / previous pane' },
  { keys: 'Mod+T', description: 'New tab with the same marketplace and perspective' },
  { keys: 'Mod+W', description: 'Close the tab' },
] as const;

export function useWorkspaceShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      const workspace = workspaceStore.get();
      if (!mod || !workspace) return;
      const change = shortcutFor(event, workspace);
      if (!change) return;
      event.preventDefault();
      updateWorkspace(change);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function shortcutFor(
  event: KeyboardEvent,
  workspace: Workspace,
): ((w: Workspace) => Workspace) | undefined {
  const pane = focusedPane(workspace);
  const paneIndex = workspace.panes.indexOf(pane);
  if (event.key === '\\') return (w) => splitPane(w, pane.id);
  if (/^[1-4]$/.test(event.key) && !event.altKey) {
    const target = workspace.panes[Number(event.key) - 1];
    return target ? (w) => focusPane(w, target.id) : undefined;
  }
  if (
    event.altKey &&
    (event.key === 'ArrowRight' || event.key === 'ArrowLeft') &&
    pane.activeTabId
  ) {
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const target = workspace.panes[paneIndex + step];
    const tabId = pane.activeTabId;
    return target ? (w) => moveTab(w, tabId, target.id) : undefined;
  }
  if (event.key.toLowerCase() === 't' && !event.shiftKey) {
    const template = pane.activeTabId ? workspace.tabs[pane.activeTabId] : undefined;
    if (!template) return undefined;
    return (w) => openTab(w, pane.id, createTab(template.profileId, template.perspectiveId));
  }
  if (event.key.toLowerCase() === 'w' && pane.activeTabId) {
    const tabId = pane.activeTabId;
    return (w) => closeTab(w, tabId);
  }
  return undefined;
}
