import { Fragment, type ReactNode } from 'react';
import type { Pane, Tab, Workspace } from '../../preload/contract';
import { closePane, focusPane, setOrientation, splitPane } from './model';
import { PaneResizer, usePaneSizes } from './pane-sizes';
import { updateWorkspace } from './store';
import { TabStrip } from './TabStrip';

interface WorkspaceViewProps {
  workspace: Workspace;
  renderTab: (tab: Tab, pane: Pane) => ReactNode;
  renderTabLabel: (tab: Tab) => ReactNode;
  describeTab: (tab: Tab) => string;
  newTabButton: (pane: Pane) => ReactNode;
}

/** Panes side by side (or stacked), each with its own tabs and its own context per tab. */
export function WorkspaceView({
  workspace,
  renderTab,
  renderTabLabel,
  describeTab,
  newTabButton,
}: WorkspaceViewProps) {
  const [sizes, resize] = usePaneSizes(workspace.panes.length);
  const vertical = workspace.orientation === 'vertical';
  const several = workspace.panes.length > 1;

  return (
    <div className="workspace" data-orientation={workspace.orientation}>
      {workspace.panes.map((pane, index) => {
        const label = several ? `pane ${index + 1}` : 'the workspace';
        const tabs = pane.tabIds.map((id) => workspace.tabs[id]).filter((tab): tab is Tab => !!tab);
        const active = pane.activeTabId ? workspace.tabs[pane.activeTabId] : undefined;
        const focused = pane.id === workspace.focusedPaneId;
        return (
          <Fragment key={pane.id}>
            {index > 0 && <PaneResizer index={index - 1} vertical={vertical} onResize={resize} />}
            <section
              className="pane"
              aria-label={several ? `Pane ${index + 1}` : 'Workspace'}
              data-focused={(several && focused) || undefined}
              style={{ flexGrow: sizes[index] ?? 1 }}
              onFocusCapture={() => !focused && updateWorkspace((w) => focusPane(w, pane.id))}
              onMouseDown={() => !focused && updateWorkspace((w) => focusPane(w, pane.id))}
            >
              <TabStrip
                pane={pane}
                paneLabel={label}
                tabs={tabs}
                renderLabel={renderTabLabel}
                describe={describeTab}
                actions={
                  <>
                    {newTabButton(pane)}
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Split ${label}`}
                      title="Split (Ctrl+\)"
                      disabled={workspace.panes.length >= 4}
                      onClick={() => updateWorkspace((w) => splitPane(w, pane.id))}
                    >
                      ◫
                    </button>
                    {several && index === 0 && (
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={vertical ? 'Place panes side by side' : 'Stack panes'}
                        onClick={() =>
                          updateWorkspace((w) =>
                            setOrientation(w, vertical ? 'horizontal' : 'vertical'),
                          )
                        }
                      >
                        {vertical ? '⇆' : '⇅'}
                      </button>
                    )}
                    {several && (
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={`Close ${label}`}
                        onClick={() => updateWorkspace((w) => closePane(w, pane.id))}
                      >
                        ✕
                      </button>
                    )}
                  </>
                }
              />
              <div
                className="pane-body"
                role="tabpanel"
                aria-label={active ? describeTab(active) : 'No tab open'}
              >
                {active ? (
                  renderTab(active, pane)
                ) : (
                  <p className="empty-note">No tab open in this pane.</p>
                )}
              </div>
            </section>
          </Fragment>
        );
      })}
    </div>
  );
}
