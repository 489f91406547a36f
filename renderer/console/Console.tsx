import { useCallback, useEffect, useState } from 'react';
import type {
  MenuCommand,
  OperationSummary,
  Pane,
  Profile,
  Tab,
  Workspace,
} from '../../preload/contract';
import { useEndpoints } from '../app/endpoints';
import { useProfile, useProfiles, useSession } from '../app/data';
import { useCatalog, useCatalogAccess } from '../catalog/catalog-store';
import { CatalogTree } from '../catalog/CatalogTree';
import { CommandPalette } from '../catalog/CommandPalette';
import {
  activeTab,
  closeTab,
  createTab,
  focusedPane,
  openTab,
  splitPane,
  updateTab,
} from '../workspace/model';
import { useWorkspaceShortcuts } from '../workspace/shortcuts';
import { updateWorkspace } from '../workspace/store';
import { WorkspaceView } from '../workspace/WorkspaceView';
import { ConsoleDialogs, type ConsoleDialog } from './ConsoleDialogs';
import { HistoryPanel } from '../history/HistoryPanel';
import { startFollowing } from '../linked/follow';
import { compareInFocusedPane } from '../compare/compare-command';
import { MarketplacesSection } from './MarketplacesSection';
import { useMenuCommands } from './menu-commands';
import { TabContainer } from './TabContainer';
import { TabLabel, describeTab } from './TabLabel';

interface ConsoleProps {
  workspace: Workspace;
  renderFrame: (parts: { sidebar: React.ReactNode; main: React.ReactNode }) => React.ReactNode;
}

/** The screen users live in: marketplaces and the catalog on the left, tabs of requests on the right. */
export function Console({ workspace, renderFrame }: ConsoleProps) {
  const [dialog, setDialog] = useState<ConsoleDialog>();
  const [paletteOpen, setPaletteOpen] = useState(false);
  useWorkspaceShortcuts();
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  usePaletteShortcut(openPalette);
  useEffect(() => startFollowing(), []);

  const pane = focusedPane(workspace);
  const tab = activeTab(workspace, pane);
  const profiles = useProfiles();
  const profile = useProfile(tab?.profileId);
  const session = useSession(tab?.profileId, tab?.perspectiveId);
  const endpoints = useEndpoints(profile?.id, JSON.stringify(profile?.environment));
  const [catalog, reloadCatalog] = useCatalog(endpoints?.apiUrl);
  const catalogId = catalog.status === 'ready' ? catalog.catalog.catalogId : undefined;
  const signedIn = session?.state === 'signed-in' || session?.state === 'refreshing';
  const access = useCatalogAccess(catalogId, signedIn ? session.grantedRoles : undefined);

  const selectOperation = (operation: OperationSummary) => {
    if (!tab) return;
    const draft = {
      method: operation.method,
      path: operation.path,
      query: [],
      headers: [],
      operationId: operation.id,
    };
    updateWorkspace((current) => updateTab(current, tab.id, { draft, mode: 'operation' }));
  };

  const newTab = (target: Pane) => {
    const template = target.activeTabId ? workspace.tabs[target.activeTabId] : tab;
    const profileId = template?.profileId ?? profiles[0]?.id;
    if (!profileId) return;
    updateWorkspace((current) =>
      openTab(current, target.id, createTab(profileId, template?.perspectiveId)),
    );
  };

  const openMarketplace = (target: Profile) => {
    if (!tab) return;
    const perspectiveId = target.perspectives[0]?.id;
    updateWorkspace((current) =>
      updateTab(current, tab.id, { profileId: target.id, perspectiveId }),
    );
  };

  useMenuCommands(
    useCallback(
      (command: MenuCommand) => {
        const focused = focusedPane(workspace);
        if (command === 'palette.open') setPaletteOpen(true);
        if (command === 'tab.new') newTab(focused);
        if (command === 'tab.close' && focused.activeTabId) {
          const tabId = focused.activeTabId;
          updateWorkspace((current) => closeTab(current, tabId));
        }
        if (command === 'pane.split') updateWorkspace((current) => splitPane(current, focused.id));
        if (command === 'request.compare') compareInFocusedPane();
        // The builder sends on Ctrl/Cmd+Enter wherever focus is inside it.
        if (command === 'request.send')
          document.activeElement?.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: 'Enter',
              ctrlKey: true,
              metaKey: true,
              bubbles: true,
            }),
          );
      },
      // eslint-disable-next-line react-hooks/exhaustive-deps -- newTab reads the latest workspace through it
      [workspace],
    ),
  );

  const sidebar = (
    <>
      <MarketplacesSection activeId={tab?.profileId} onOpen={openMarketplace} />
      {catalog.status === 'ready' && (
        <CatalogTree
          catalog={catalog.catalog}
          access={access}
          preferMe={session?.userType === 'buyer' || session?.userType === 'supplier'}
          selectedOperationId={tab?.draft.operationId}
          onSelect={selectOperation}
        />
      )}
      {tab && (
        <HistoryPanel
          profileId={tab.profileId}
          onReplay={(draft, perspectiveId) =>
            updateWorkspace((current) =>
              updateTab(current, tab.id, {
                draft,
                mode: draft.operationId ? 'operation' : 'raw',
                ...(perspectiveId ? { perspectiveId } : {}),
              }),
            )
          }
        />
      )}
      {catalog.status === 'loading' && (
        <p className="empty-note" role="status">
          Loading the API catalog…
        </p>
      )}
      {catalog.status === 'failed' && (
        <div className="sidebar-problem" role="alert">
          <p>{catalog.error.message}</p>
          <button type="button" className="secondary-button" onClick={reloadCatalog}>
            Try again
          </button>
        </div>
      )}
    </>
  );

  const main = (
    <>
      <WorkspaceView
        workspace={workspace}
        renderTab={(current: Tab, currentPane: Pane) => (
          <TabContainer
            tab={current}
            pane={currentPane}
            onSignIn={(target) => setDialog({ kind: 'sign-in', tab: target })}
            onShowSession={(target) => setDialog({ kind: 'session', tab: target })}
            onActAs={(target) => setDialog({ kind: 'act-as', tab: target })}
          />
        )}
        renderTabLabel={(current) => <TabLabel tab={current} />}
        describeTab={describeTab}
        newTabButton={(target) => (
          <button
            type="button"
            className="icon-button"
            aria-label="New tab"
            title="New tab (Ctrl+T)"
            onClick={() => newTab(target)}
          >
            +
          </button>
        )}
      />
      <CommandPalette
        isOpen={paletteOpen}
        onOpenChange={setPaletteOpen}
        catalogId={catalogId}
        operations={catalog.status === 'ready' ? catalog.operations : new Map()}
        onSelect={selectOperation}
      />
      <ConsoleDialogs dialog={dialog} onClose={() => setDialog(undefined)} />
    </>
  );

  return renderFrame({ sidebar, main });
}

function usePaletteShortcut(open: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}
