import { useEffect, useRef } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { OperationDetail, Tab } from '../../preload/contract';
import { sessionsStore, useProfiles } from '../app/data';
import { useStore } from '../state/store';
import { workspaceStore } from '../workspace/store';
import { answerCompareCommand, compareInFocusedPane } from './compare-command';
import { compare, draftToCompare, lookups } from './comparisons';
import { compareTargets, targetOf, type CompareTarget } from './targets';

interface CompareMenuProps {
  tab: Tab;
  paneId: string;
  operation: OperationDetail | undefined;
}

/**
 * "Compare with…": sends this tab's request as this tab's context and as another open one,
 * and diffs the answers. Ctrl/Cmd+Shift+D compares with the first choice (the other pane).
 */
export function CompareMenu({ tab, paneId, operation }: CompareMenuProps) {
  useProfiles(); // labels follow renamed marketplaces and perspectives
  useStore(sessionsStore);
  const workspace = useStore(workspaceStore);
  const focused = workspace?.focusedPaneId === paneId;
  const targets = workspace ? compareTargets(workspace, tab, lookups()) : [];

  const run = (target: CompareTarget) => {
    void compare(
      tab,
      draftToCompare(tab, operation),
      targetOf(tab, lookups(), tab.profileId),
      target,
    );
  };

  const first = targets[0];
  const runFirst = useRef<() => void>(undefined);
  useEffect(() => {
    runFirst.current = first ? () => run(first) : undefined;
  });
  useEffect(() => {
    if (!focused) return;
    const stopAnswering = answerCompareCommand(() => runFirst.current?.());
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || !event.shiftKey || event.key.toLowerCase() !== 'd') return;
      event.preventDefault();
      compareInFocusedPane();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stopAnswering();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [focused]);

  const disabledReason = 'Open another perspective in a second pane (or tab) to compare with it';
  return (
    <MenuTrigger>
      <Button
        className="secondary-button compare-trigger"
        isDisabled={targets.length === 0}
        aria-keyshortcuts="Control+Shift+D"
        aria-description={targets.length === 0 ? disabledReason : undefined}
      >
        Compare with…
      </Button>
      <Popover className="select-popover" placement="bottom end">
        <Menu
          className="rv-menu"
          aria-label="Compare with"
          items={targets}
          onAction={(key) => {
            const target = targets.find((candidate) => targetKey(candidate) === key);
            if (target) run(target);
          }}
        >
          {(target) => (
            <MenuItem id={targetKey(target)} className="rv-menu-item" textValue={target.label}>
              <span>{target.label}</span>
              {target.where && <span className="muted"> · {target.where}</span>}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function targetKey(target: CompareTarget): string {
  return `${target.profileId}|${target.perspectiveId ?? ''}`;
}
