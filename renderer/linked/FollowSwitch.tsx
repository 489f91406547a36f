import { Switch } from 'react-aria-components';
import type { Tab } from '../../preload/contract';
import { updateTab } from '../workspace/model';
import { updateWorkspace } from '../workspace/store';
import { followedEntity, kindLabel } from './entity-change';

/** On a tab that lists (or shows) entities: refresh when another pane changes one of them. */
export function FollowSwitch({ tab }: { tab: Tab }) {
  const followed = followedEntity(tab.draft);
  if (!followed) return null;
  const what = followed.id
    ? `${kindLabel(followed.kind)} ${followed.id}`
    : `a ${kindLabel(followed.kind)}`;
  return (
    <Switch
      className="follow-switch"
      aria-label="Follow entities from other panes"
      isSelected={!!tab.follow}
      onChange={(follow) =>
        updateWorkspace((workspace) => updateTab(workspace, tab.id, { follow }))
      }
    >
      <span className="follow-track" aria-hidden="true">
        <span className="follow-thumb" />
      </span>
      <span title={`Send this request again when ${what} changes in another pane`}>Follow</span>
    </Switch>
  );
}
