import type { Profile, SessionSummary, Tab, Workspace } from '../../preload/contract';

/** A context a request can be compared against: a marketplace and a perspective of it. */
export interface CompareTarget {
  profileId: string;
  perspectiveId?: string;
  /** "admin01 (admin)", with the marketplace when it differs from the tab's. */
  label: string;
  /** Where it is open: "pane 2". */
  where?: string;
}

interface Lookups {
  profiles: readonly Profile[];
  session: (profileId: string, perspectiveId: string) => SessionSummary | undefined;
}

const sameContext = (a: Pick<Tab, 'profileId' | 'perspectiveId'>, b: typeof a) =>
  a.profileId === b.profileId && a.perspectiveId === b.perspectiveId;

export function targetOf(
  context: Pick<Tab, 'profileId' | 'perspectiveId'>,
  lookups: Lookups,
  home?: string,
): CompareTarget {
  const profile = lookups.profiles.find((candidate) => candidate.id === context.profileId);
  const perspective = profile?.perspectives.find((p) => p.id === context.perspectiveId);
  const session = context.perspectiveId
    ? lookups.session(context.profileId, context.perspectiveId)
    : undefined;
  const who = session?.username ?? perspective?.label ?? 'no perspective';
  const marketplace =
    home === context.profileId ? '' : ` on ${profile?.name ?? 'a deleted marketplace'}`;
  return {
    profileId: context.profileId,
    perspectiveId: context.perspectiveId,
    label: `${who}${marketplace}`,
  };
}

/**
 * The open contexts this tab can be compared with: the other panes' active tabs first (the
 * usual "buyer on the left, seller on the right"), then every other tab's context; each once.
 */
export function compareTargets(workspace: Workspace, tab: Tab, lookups: Lookups): CompareTarget[] {
  const seen: Array<Pick<Tab, 'profileId' | 'perspectiveId'>> = [tab];
  const targets: CompareTarget[] = [];
  const add = (candidate: Tab | undefined, where: string) => {
    if (!candidate?.perspectiveId || seen.some((context) => sameContext(context, candidate)))
      return;
    seen.push(candidate);
    targets.push({ ...targetOf(candidate, lookups, tab.profileId), where });
  };
  const paneOf = (tabId: string) =>
    workspace.panes.findIndex((pane) => pane.tabIds.includes(tabId));
  const ownPane = paneOf(tab.id);
  workspace.panes.forEach((pane, index) => {
    if (index !== ownPane && pane.activeTabId)
      add(workspace.tabs[pane.activeTabId], `pane ${index + 1}`);
  });
  workspace.panes.forEach((pane, index) => {
    for (const tabId of pane.tabIds) add(workspace.tabs[tabId], `pane ${index + 1}`);
  });
  return targets;
}
