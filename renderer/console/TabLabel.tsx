import type { Tab } from '../../preload/contract';
import { UserTypeIcon } from '../sessions/UserTypeIcon';
import { profilesStore, sessionKey, sessionsStore, useProfile, useSession } from '../app/data';

/** A tab as the strip shows it: marketplace colour, who it speaks as, and what it asks. */
export function TabLabel({ tab }: { tab: Tab }) {
  const profile = useProfile(tab.profileId);
  const session = useSession(tab.profileId, tab.perspectiveId);
  const perspective = profile?.perspectives.find((candidate) => candidate.id === tab.perspectiveId);
  const who = session?.username ?? perspective?.username ?? perspective?.label ?? 'no perspective';
  return (
    <>
      <span className="color-dot" style={{ background: profile?.color }} aria-hidden="true" />
      {session?.userType && <UserTypeIcon userType={session.userType} />}
      <span className="tab-who">{who}</span>
      <span className="tab-what mono">
        {tab.draft.method} {tab.draft.path}
      </span>
    </>
  );
}

/** The tab's accessible name: what a screen reader and the end-to-end tests find it by. */
export function describeTab(tab: Tab): string {
  const profile = profilesStore.get().find((candidate) => candidate.id === tab.profileId);
  const session = tab.perspectiveId
    ? sessionsStore.get().get(sessionKey(tab.profileId, tab.perspectiveId))
    : undefined;
  const perspective = profile?.perspectives.find((candidate) => candidate.id === tab.perspectiveId);
  const who = session?.username ?? perspective?.label ?? 'no perspective';
  return `${tab.draft.method} ${tab.draft.path} as ${who} on ${profile?.name ?? 'a deleted marketplace'}`;
}
