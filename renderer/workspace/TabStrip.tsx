import { useRef, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Pane, Tab } from '../../preload/contract';
import { closeTab, moveTab, selectTab } from './model';
import { updateWorkspace } from './store';

const TAB_MIME = 'application/x-ocx-tab';

interface TabStripProps {
  pane: Pane;
  paneLabel: string;
  tabs: Tab[];
  renderLabel: (tab: Tab) => ReactNode;
  describe: (tab: Tab) => string;
  actions?: ReactNode;
}

/** A pane's tabs: select, close, reorder and drag to another pane. */
export function TabStrip({ pane, paneLabel, tabs, renderLabel, describe, actions }: TabStripProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    updateWorkspace((w) => selectTab(w, pane.id, next.id));
    listRef.current?.querySelector<HTMLElement>(`[data-tab-id="${next.id}"]`)?.focus();
  };

  const onDrop = (event: DragEvent, index?: number) => {
    const tabId = event.dataTransfer.getData(TAB_MIME);
    if (!tabId) return;
    event.preventDefault();
    updateWorkspace((w) => moveTab(w, tabId, pane.id, index));
  };

  return (
    <div
      className="tab-strip"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => onDrop(event)}
    >
      <div ref={listRef} role="tablist" aria-label={`Tabs of ${paneLabel}`} className="ws-tab-list">
        {tabs.map((tab, index) => {
          const selected = tab.id === pane.activeTabId;
          return (
            <div key={tab.id} className="ws-tab" data-selected={selected || undefined}>
              <button
                type="button"
                role="tab"
                data-tab-id={tab.id}
                aria-selected={selected}
                aria-label={describe(tab)}
                title={describe(tab)}
                tabIndex={selected ? 0 : -1}
                draggable
                onDragStart={(event) => event.dataTransfer.setData(TAB_MIME, tab.id)}
                onDrop={(event) => {
                  event.stopPropagation();
                  onDrop(event, index);
                }}
                onClick={() => updateWorkspace((w) => selectTab(w, pane.id, tab.id))}
                onKeyDown={(event) => onKeyDown(event, index)}
                className="ws-tab-button"
              >
                {renderLabel(tab)}
              </button>
              <button
                type="button"
                className="ws-tab-close"
                aria-label={`Close ${describe(tab)}`}
                title="Close tab"
                onClick={() => updateWorkspace((w) => closeTab(w, tab.id))}
              >
                ×
              </button>
            </div>
          );
        })}
      </div>
      <div className="tab-strip-actions">{actions}</div>
    </div>
  );
}
