import type { Workspace } from '../../../preload/contract';
import { activeTab } from '../../workspace/model';
import { useProfile } from '../data';
import { useEndpoints } from '../endpoints';
import type { DropTarget } from './run-import';

/** The marketplace and API of the focused tab: where a dropped spec is shown. */
export function useDropTarget(workspace: Workspace | undefined): DropTarget {
  const tab = workspace ? activeTab(workspace) : undefined;
  const profile = useProfile(tab?.profileId);
  const endpoints = useEndpoints(profile?.id, JSON.stringify(profile?.environment));
  return { apiUrl: endpoints?.apiUrl, marketplaceName: profile?.name };
}
