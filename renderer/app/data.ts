import type { Profile, SessionSummary, VaultStatus } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { createStore, useStore } from '../state/store';

/** What main knows and the whole UI reads: marketplaces, live sessions, the vault's state. */
export const profilesStore = createStore<Profile[]>([]);
export const sessionsStore = createStore<Map<string, SessionSummary>>(new Map());
export const vaultStore = createStore<VaultStatus | undefined>(undefined);

export const sessionKey = (profileId: string, perspectiveId: string) =>
  `${profileId}/${perspectiveId}`;

function putSession(session: SessionSummary) {
  sessionsStore.set((current) =>
    new Map(current).set(sessionKey(session.profileId, session.perspectiveId), session),
  );
}

/** Loads once and follows main's events from then on. */
export async function connectAppData(): Promise<void> {
  ocx.profiles.onChanged((profiles) => profilesStore.set(profiles));
  ocx.sessions.onChanged(({ session }) => putSession(session));
  ocx.vault.onChanged((status) => vaultStore.set(status));
  const [profiles, sessions, vault] = await Promise.all([
    ocx.profiles.list(),
    ocx.sessions.list(),
    ocx.vault.status(),
  ]);
  if (profiles.ok) profilesStore.set(profiles.value);
  if (sessions.ok) sessions.value.forEach(putSession);
  if (vault.ok) vaultStore.set(vault.value);
}

export function recordSession(session: SessionSummary): void {
  putSession(session);
}

export const useProfiles = () => useStore(profilesStore);
export const useVault = () => useStore(vaultStore);

export function useProfile(profileId: string | undefined): Profile | undefined {
  return useStore(profilesStore, (profiles) =>
    profiles.find((profile) => profile.id === profileId),
  );
}

export function useSession(
  profileId: string | undefined,
  perspectiveId: string | undefined,
): SessionSummary | undefined {
  return useStore(sessionsStore, (sessions) =>
    profileId && perspectiveId ? sessions.get(sessionKey(profileId, perspectiveId)) : undefined,
  );
}
